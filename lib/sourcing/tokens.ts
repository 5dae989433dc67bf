// Token objects for one sentence, made from the flat token stream only for
// sentences that hold a cue word.
import { ASCII, CAP, CURLY, PLAIN, QUOTED, WORD, type TokenStream } from './scan.ts';

export interface Token {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** Lower case, possessive "'s" removed. */
  base: string;
  /** A word (not punctuation). */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in a possessive "'s" / "’s". */
  poss: boolean;
  /** Inside a quotation (quote marks themselves count as outside). */
  quoted: boolean;
  /** Hash of `lower` (see scan.ts); exact only when `exact`. */
  hash: number;
  /** Written in ASCII (and ’) only: `hash` is exactly the hash of `lower`. */
  exact: boolean;
}

export function isOpenQuote(t: Token): boolean {
  return t.text === '“' || t.text === '«';
}
export function isCloseQuote(t: Token): boolean {
  return t.text === '”' || t.text === '»';
}
export function isQuoteMark(t: Token): boolean {
  const s = t.text;
  return s === '"' || s === '“' || s === '”' || s === '«' || s === '»' || s === "''";
}

/** The word with each ’ made '. Most such words have one ("don’t",
 * "Trump’s"): slices and a join of them cost a third of replaceAll(). */
function straighten(w: string): string {
  let at = w.indexOf('’');
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += w.slice(from, at) + "'";
    from = at + 1;
    at = w.indexOf('’', from);
  }
  return out + w.slice(from);
}

/** Token objects for stream tokens [k0, k1). */
export function materialize(text: string, ts: TokenStream, k0: number, k1: number): Token[] {
  const out: Token[] = new Array(k1 - k0);
  for (let k = k0; k < k1; k++) {
    const f = ts.flags[k];
    const t = text.slice(ts.start[k], ts.end[k]);
    const word = (f & WORD) !== 0;
    let lower = t;
    if (word && !(f & PLAIN)) {
      lower = t.toLowerCase();
      if (f & CURLY) lower = straighten(lower);
    }
    const poss = word && lower.length > 2 && lower.endsWith("'s");
    out[k - k0] = {
      start: ts.start[k],
      end: ts.end[k],
      text: t,
      lower,
      base: poss ? lower.slice(0, -2) : lower,
      word,
      cap: (f & CAP) !== 0,
      poss,
      quoted: (f & QUOTED) !== 0,
      hash: ts.hash[k],
      exact: (f & ASCII) !== 0,
    };
  }
  return out;
}

/** Tokens of text[start, end) on their own (tests and tools). */
export { scanTokens } from './scan.ts';
