// Token objects for one sentence, made from the flat token stream only for
// sentences that hold a cue word.
import { ASCII, CAP, CURLY, PLAIN, QUOTED, WORD, hashWord, type TokenStream } from './scan.ts';
import { ANY_LIST, listBitsOf } from './wordlists.ts';

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
  /** Bits of the word lists `base` may be on (see wordlists.ts). */
  lists: number;
}

export function isOpenQuote(t: Token): boolean {
  return t.text === '“' || t.text === '«';
}
export function isCloseQuote(t: Token): boolean {
  return t.text === '”' || t.text === '»';
}
export function isQuoteMark(t: Token): boolean {
  return t.text === '"' || t.text === '“' || t.text === '”' || t.text === '«' || t.text === '»';
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

/** Token objects for stream tokens [k0, k1). With `pool`, the objects are
 * taken from it (and added to it) rather than made: a caller that drops one
 * sentence's tokens before asking for the next one's passes the same pool
 * each time, and a long page then allocates only strings per sentence. */
export function materialize(
  text: string,
  ts: TokenStream,
  k0: number,
  k1: number,
  pool?: Token[],
): Token[] {
  const out: Token[] = new Array(k1 - k0);
  for (let k = k0; k < k1; k++) {
    const s = ts.start[k];
    const e = ts.end[k];
    const f = ts.flags[k];
    const t = text.slice(s, e);
    const word = (f & WORD) !== 0;
    let lower = t;
    if (word && !(f & PLAIN)) {
      lower = t.toLowerCase();
      if (f & CURLY) lower = straighten(lower);
    }
    // ends in "'s" (char codes: no string made to compare)
    const len = lower.length;
    const poss =
      word && len > 2 && lower.charCodeAt(len - 1) === 115 && lower.charCodeAt(len - 2) === 39;
    const base = poss ? lower.slice(0, -2) : lower;
    const cap = (f & CAP) !== 0;
    const quoted = (f & QUOTED) !== 0;
    const hash = ts.hash[k];
    const exact = (f & ASCII) !== 0;
    // by the hash of `base`: the scan's for a word in ASCII, one made here
    // for a possessive and for punctuation (whose base is its text)
    const lists = !word
      ? listBitsOf(hashWord(text, s, e))
      : !exact
        ? ANY_LIST
        : listBitsOf(poss ? hashWord(text, s, e - 2) : hash);
    const i = k - k0;
    const o = pool !== undefined && i < pool.length ? pool[i] : undefined;
    if (o !== undefined) {
      o.start = s;
      o.end = e;
      o.text = t;
      o.lower = lower;
      o.base = base;
      o.word = word;
      o.cap = cap;
      o.poss = poss;
      o.quoted = quoted;
      o.hash = hash;
      o.exact = exact;
      o.lists = lists;
      out[i] = o;
      continue;
    }
    const made: Token = {
      start: s,
      end: e,
      text: t,
      lower,
      base,
      word,
      cap,
      poss,
      quoted,
      hash,
      exact,
      lists,
    };
    if (pool !== undefined) pool.push(made);
    out[i] = made;
  }
  return out;
}

/** Tokens of text[start, end) on their own (tests and tools). */
export { scanTokens } from './scan.ts';
