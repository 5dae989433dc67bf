// The reason a learned attribution carries, in a reader's words; apart from
// merge.ts so that the reader's labels (reason-effects.ts) need not bring in
// the tagger.
export const LEARNED_REASON = 'found by a pattern learned from annotated news';
