// A quotation its speaker introduces with a colon: 'Dairy farmer Jo Hale: "We
// cannot sell at these prices."'. The colon is the cue (as PolNeAR annotates
// it), the noun phrase before it the source, where that names a person, a
// role, an organisation or a document, and opens its clause ("The mayor was
// blunt:" names nobody; in "a message to Trump:" Trump is no speaker). A verb
// before the colon ("he told reporters:") is the reporting-verb
// construction's. Left out for precision: a speaker who is the object of a
// verb ("... doesn't surprise pollster Daron Shaw:"), which reads like "a
// message to Trump:" here. The colon is no word, so this construction has no
// trigger word: its gate lets a sentence through when a colon comes before a
// quotation mark (colonQuoteSentences).
import { classifyPhrase } from '../classify.ts';
import { collectLeft } from '../grammar/noun-phrase.ts';
import { REPORTING_VERBS } from '../lexicon/index.ts';
import type { Sentences } from '../segment.ts';
import { isQuoteMark } from '../tokens.ts';
import { type CueConstruction, newDraft } from './draft.ts';

export const colonQuote: CueConstruction = {
  name: 'colon-quote',
  triggers: () => [],
  gate: (text, sentences) => colonQuoteSentences(text, sentences),
  // the last word before the colon, outside quotation marks
  mayStart: (t) => t.word && !t.quoted,
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    if (i + 3 >= hi) return -1;
    const colon = toks[i + 1];
    if (colon.word || colon.text !== ':' || !isQuoteMark(toks[i + 2])) return -1;
    const first = toks[i + 3];
    if (!first.word || !first.quoted) return -1;
    const s = collectLeft(toks, i, lo);
    if (s > i) return -1;
    // the phrase opens its clause: not an object or a place ("a message to
    // Trump:", "said of Mr. Rubio:", "on Twitter:"), where the colon carries
    // an earlier cue's quotation or none at all
    if (s > lo && toks[s - 1].word) return -1;
    // an earlier cue of the sentence introduces the quotation ("he said,
    // then added for emphasis:")
    if (out.length) return -1;
    // an inverted verb opens the phrase ("Continued Stone:"): the verb's, not a name's
    for (let k = s; k <= i; k++) if (REPORTING_VERBS.has(toks[k].lower)) return -1;
    const src = classifyPhrase(toks, s, i + 1, book);
    if (!src || src.pronoun) return -1;
    const d = newDraft('verb', colon.start, colon.end, i + 1, src);
    d.verb = {};
    out.push(d);
    return i + 1;
  },
};

/** The characters a quotation mark after a colon may start with (tokens.ts isQuoteMark). */
const OPENING = new Set(['"', '“', '«', "'"]);

/**
 * Which sentences hold a colon followed by a quotation mark: one pass over
 * the text's colons (times, URLs and headings included, each a few steps).
 */
export function colonQuoteSentences(text: string, sentences: Sentences): Uint8Array {
  const { starts, ends } = sentences;
  const out = new Uint8Array(starts.length);
  let s = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let k = at + 1;
    while (text[k] === ' ' || text[k] === '\u00a0') k++;
    const c = text[k];
    if (!OPENING.has(c) || (c === "'" && text[k + 1] !== "'")) continue;
    while (s < starts.length && ends[s] <= at) s++;
    if (s < starts.length && starts[s] <= at) out[s] = 1;
  }
  return out;
}
