// Finds the cues of one sentence and the source each one names, by trying
// the cue constructions of cues/ at each word in turn, then merging what
// they found (merge.ts: chains, channels, echoes).
import { CONSTRUCTIONS } from './cues/index.ts';
import type { CueConstruction, Ctx, Draft } from './cues/draft.ts';
import { merge } from './merge.ts';
import type { NameBook } from './names.ts';
import type { Token } from './tokens.ts';

/** All cues of the sentence made of tokens [lo, hi). */
export function detectSentence(
  toks: readonly Token[],
  lo: number,
  hi: number,
  book: NameBook,
  constructions: readonly CueConstruction[] = CONSTRUCTIONS,
): Draft[] {
  const ctx: Ctx = { toks, lo, hi, book };
  const drafts: Draft[] = [];
  for (let i = lo; i < hi; i++) {
    const t = toks[i];
    if (!t.word) continue;
    for (const c of constructions) {
      if (!c.mayStart(t)) continue;
      const last = c.detect(ctx, i, drafts);
      if (last >= 0) {
        i = last;
        break;
      }
    }
  }
  return merge(drafts);
}
