// What a cue the tagger adds must hold (taxonomy scope): a word of speech,
// writing, reporting or a document, or be the colon that introduces a
// quotation. Not what someone wants or plans: PolNeAR annotates those too.
import { isQuoteMark, type Token } from '../tokens.ts';
import {
  DOCUMENT_NOUNS,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  STANCE_VERBS,
} from '../lexicon/index.ts';

/** A word of speech, writing, reporting or a document. */
export function isSpeechWord(t: Token): boolean {
  return (
    t.word &&
    (REPORTING_VERBS.has(t.lower) ||
      STANCE_VERBS.has(t.lower) ||
      REPORTING_NOUNS.has(t.base) ||
      DOCUMENT_NOUNS.has(t.base) ||
      t.base === 'according')
  );
}

export const isColon = (t: Token) => !t.word && t.text === ':';

const quotesOrColon = (toks: readonly Token[]) => toks.some((t) => isColon(t) || isQuoteMark(t));

/**
 * The cue [a, b] holds a word of speech, or is a colon alone. A verb that is
 * speech only beside a quotation ("asked", "continued") counts only where the
 * sentence gives what was said: a quotation or a colon ("asked a simple
 * question: Who ..."), or another attribution, its answer ("..., Christie
 * said when asked whether"). Alone it is a question or a request ("when I
 * asked him how many", "asked him to stay"): no claim.
 */
export function speaks(toks: readonly Token[], a: number, b: number, answered: boolean): boolean {
  if (a === b && isColon(toks[a])) return true;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (!answered && REPORTING_VERBS.get(t.lower)?.afterQuote && !quotesOrColon(toks)) continue;
    if (isSpeechWord(t)) return true;
  }
  return false;
}

/** The sentence could hold such a cue: a word of speech or a colon. */
export function maySpeak(toks: readonly Token[]): boolean {
  for (const t of toks) if (isColon(t) || isSpeechWord(t)) return true;
  return false;
}
