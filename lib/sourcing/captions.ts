// Photo captions: a block that ends in a credit in brackets ("... (Reuters)",
// "(AP Photo/Jane Roe)", "(Getty Images)") describes a picture; the verbs in
// it ("pledged", "said") are not the article's sourcing.
import { NL_BEFORE, WORD, type TokenStream } from './scan.ts';
import type { Sentences } from './segment.ts';
import { OUTLET_NAMES } from './lexicon/index.ts';

/** Words that make a bracketed tail a picture credit, beside outlet names. */
const CREDIT_WORDS = new Set([
  'photo',
  'photos',
  'photograph',
  'picture',
  'pictures',
  'image',
  'images',
  'getty',
  'file',
  'handout',
  'credit',
  'epa',
  'shutterstock',
  'alamy',
]);
const MAX_CREDIT_WORDS = 6;

/** The character of punctuation token `q` (a word gives -1). */
const punct = (text: string, ts: TokenStream, q: number) =>
  ts.flags[q] & WORD ? -1 : text.charCodeAt(ts.start[q]);
const DOT = 46;
const OPEN = 40; // (
const CLOSE = 41; // )

/** Does sentence `s` end with a bracketed credit? Asked of every sentence,
 * so the common answer (no closing bracket at the end) costs two reads. */
function endsWithCredit(text: string, ts: TokenStream, sen: Sentences, s: number): boolean {
  let k = sen.tok1[s] - 1;
  const t0 = sen.tok0[s];
  if (k >= t0 && punct(text, ts, k) === DOT) k--;
  if (k < t0 || punct(text, ts, k) !== CLOSE) return false;
  const words: string[] = [];
  let q = k - 1;
  while (q >= t0 && punct(text, ts, q) !== OPEN && k - q <= MAX_CREDIT_WORDS * 2) {
    if (ts.flags[q] & WORD) words.unshift(text.slice(ts.start[q], ts.end[q]).toLowerCase());
    q--;
  }
  if (q < t0 || punct(text, ts, q) !== OPEN || !words.length) return false;
  return OUTLET_NAMES.has(words.join(' ')) || words.some((w) => CREDIT_WORDS.has(w));
}

/** Text ranges [start, end) of the blocks that are captions. */
export function captionRanges(text: string, ts: TokenStream, sen: Sentences): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < sen.starts.length; s++) {
    if (!endsWithCredit(text, ts, sen, s)) continue;
    // back to the first sentence of the block (the one after a newline)
    let b = s;
    while (b > 0 && !(ts.flags[sen.tok0[b]] & NL_BEFORE)) b--;
    out.push([sen.starts[b], sen.ends[s]]);
  }
  return out;
}
