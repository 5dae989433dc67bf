// Phrases whose source follows them: "according to X", "citing X" (a link in
// a chain), "was announced by X", "based on data from X". The phrases are in
// lexicon/phrases.ts with the roles 'according', 'citing' and 'by'; the
// phrase-cues construction finds them and hands the source over to here.
import { classifyPhrase } from '../classify.ts';
import { collectRight } from '../grammar/noun-phrase.ts';
import { type PhraseCue } from '../lexicon/index.ts';
import { type Ctx, type Draft } from './draft.ts';

/** Sets the source after the phrase ending at token `last`; false when there
 * is none (the phrase then is no cue). */
export function sourceAfterPhrase(ctx: Ctx, cue: PhraseCue, last: number, d: Draft): boolean {
  const { toks, hi, book } = ctx;
  const e = collectRight(toks, last + 1, hi);
  d.source = classifyPhrase(toks, last + 1, e, book);
  if (!d.source) return false;
  // "based on data from ...", not "based on the levels of ..."
  return !(
    cue.phrase === 'based on' &&
    d.source.kind !== 'document' &&
    d.source.kind !== 'secondhand'
  );
}
