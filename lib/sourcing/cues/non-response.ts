// Non-responses: "declined to comment", "did not respond to a request for
// comment", "had no information to offer". The phrases are in
// lexicon/phrases.ts with the role 'nonresponse'; the phrase-cues
// construction finds them and asks here who did not answer.
import { classifyPhrase } from '../classify.ts';
import { collectLeft, skipAuxLeft } from '../grammar/noun-phrase.ts';
import { type PhraseCue } from '../lexicon/index.ts';
import { type Ctx, type Draft } from './draft.ts';

/** Marks the draft of the non-response phrase at token `i` and sets who did
 * not answer, the noun phrase before it ("The ministry declined to ..."). */
export function nonresponseSource(ctx: Ctx, cue: PhraseCue, i: number, d: Draft): void {
  const { toks, lo, book } = ctx;
  d.forced = 'non-response';
  // "for comment" alone only counts when nothing else in the sentence does
  d.weakNonresponse = cue.phrase === 'for comment';
  const j = skipAuxLeft(toks, i - 1, lo);
  if (j >= lo && toks[j].word && !toks[j].quoted) {
    const s = collectLeft(toks, j, lo);
    if (s <= j) d.source = classifyPhrase(toks, s, j + 1, book);
  }
}
