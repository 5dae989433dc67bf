// One pass over the characters that cuts the text into tokens (words and
// punctuation) stored flat in typed arrays. No Unicode regex runs here: this is
// the hot loop on a 10 MB page. Each word also gets a hash of its lower-case
// form so that cue words are found without making a string per word.

/** Token flags. */
export const WORD = 1;
export const CAP = 2;
/** A word inside a quotation. */
export const QUOTED = 4;
/** A newline (or the text start) comes before this token. */
export const NL_BEFORE = 8;
/** Whitespace comes before this token. */
export const SPACE_BEFORE = 16;
/** A word written in lower-case ASCII only: its lower-case form is its text,
 * so no lower-case copy need be made of it. */
export const PLAIN = 32;
/** Set through the table given to scanTokens: a word gets the MARKED of the
 * slot its hash lands on (may be a trigger word, see triggers.ts). */
export const MARKED = 64;
/** A word of ASCII characters (and ’) only: its hash is exactly that of its
 * lower-case form, so a table indexed by the hash can rule words out for it
 * as well as for PLAIN words (capitalized words are most of the rest). */
export const ASCII = 256;
/** A word written with a curly apostrophe (’): only these need it made
 * straight in their lower-case form. */
export const CURLY = 512;

export interface TokenStream {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  /** Hash of the lower-case word (0 for punctuation). */
  hash: Int32Array;
}

const isNewline = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 11 ||
  c === 12 ||
  c === 0xa0 ||
  c === 0xfeff ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x205f;

/** Letters and digits, ASCII or not (any other non-ASCII character that is not
 * a known punctuation or space counts as a letter: accents, CJK, emoji). */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1 || c === 0xb7)
    return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: quotes, dashes, spaces
  if (c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x85) return false;
  return true;
}

/** Characters that join two word parts: "don't", "U.S", "co-founder", "AT&T". */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;

const isUpper = (c: number, text: string, i: number) => {
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xc0) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

// What an ASCII character is, read from a table: the scan below asks this of
// every character of the page, and one array read beats a chain of compares.
// 0: punctuation (the table's default)
const LOWER = 1; // a-z and 0-9: part of a word, already lower case
const UPPER = 2; // A-Z
const SPACE = 3;
const NEWLINE = 4;
const JOINER = 5; // ' . - & (see isJoiner): punctuation that may join word parts
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isNewline(c)) ASCII_CLASS[c] = NEWLINE;
  else if (isSpace(c)) ASCII_CLASS[c] = SPACE;
  else if (c >= 65 && c <= 90) ASCII_CLASS[c] = UPPER;
  else if (isWordChar(c)) ASCII_CLASS[c] = LOWER;
  else if (isJoiner(c)) ASCII_CLASS[c] = JOINER;
}

// The lower case of Latin letters with accents (U+00C0 to U+024F), as the
// hash reads them: the first code unit of the character's toLowerCase().
// Lower-cased as one string (one call, not 400, when the script loads): only
// U+0130 (İ) lower-cases to two code units, "i" and a combining dot.
const LATIN_LOWER = new Uint16Array(0x250 - 0xc0);
{
  const codes: number[] = [];
  for (let c = 0xc0; c < 0x250; c++) if (c !== 0x130) codes.push(c);
  const lower = String.fromCharCode(...codes).toLowerCase();
  for (let i = 0; i < codes.length; i++) LATIN_LOWER[codes[i] - 0xc0] = lower.charCodeAt(i);
  LATIN_LOWER[0x130 - 0xc0] = 0x69;
}

// FNV-1a over lower-case code units, with ’ read as '
export function hashWord(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c === 0x2019) c = 39;
    else if (c >= 0xc0 && c < 0x250) c = LATIN_LOWER[c - 0xc0];
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  // kept within 30 bits so that it stays a small integer for the engine
  return h & 0x3fffffff;
}

/** Tokens of the text. `marks`, if given, is a table (its length a power of
 * two) indexed by the low bits of a word's hash: a word gets the MARKED flag
 * of its slot, so that a caller looking for a few words need not read every
 * hash again (the scan has each one at hand). */
export function scanTokens(text: string, marks?: Uint8Array): TokenStream {
  const markMask = marks ? marks.length - 1 : 0;
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint16Array(cap);
  let hash = new Int32Array(cap);
  let count = 0;
  let inQuote = false;
  let pending = NL_BEFORE; // flags for the next token (space / newline seen)

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c] : -1;
    if (cls === NEWLINE || (cls < 0 && isNewline(c))) {
      pending |= NL_BEFORE | SPACE_BEFORE;
      inQuote = false; // a quotation never runs across blocks here
      i++;
      continue;
    }
    if (cls === SPACE || (cls < 0 && isSpace(c))) {
      pending |= SPACE_BEFORE;
      i++;
      continue;
    }
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const f2 = new Uint16Array(cap);
      f2.set(flags);
      flags = f2;
      const h2 = new Int32Array(cap);
      h2.set(hash);
      hash = h2;
    }
    if (cls === LOWER || cls === UPPER || (cls < 0 && isWordChar(c))) {
      const s = i;
      let h = 0x811c9dc5;
      let j = i;
      let plain = PLAIN;
      let ascii = ASCII;
      let curly = 0;
      // the character that ended the word part, and its class (-1: none or
      // not ASCII): read once, for the joiner test and the space after
      let stop: number;
      let stopCls: number;
      for (;;) {
        // one word part
        stop = -1;
        stopCls = -1;
        while (j < n) {
          let d = text.charCodeAt(j);
          // a-z first: most characters of a word are
          if (d - 97 < 26 && d >= 97) {
            // already lower case
          } else if (d < 128) {
            const k = ASCII_CLASS[d];
            if (k === UPPER) {
              d |= 32;
              plain = 0;
            } else if (k !== LOWER) {
              stop = d;
              stopCls = k;
              break;
            }
          } else {
            if (!isWordChar(d)) {
              stop = d;
              break;
            }
            plain = 0;
            ascii = 0;
            if (d >= 0xc0 && d < 0x250) d = LATIN_LOWER[d - 0xc0];
          }
          h ^= d;
          h = Math.imul(h, 0x01000193);
          j++;
        }
        // a joiner followed by another word part continues the word
        if (
          (stopCls === JOINER || stop === 0x2019) &&
          j + 1 < n &&
          isWordChar(text.charCodeAt(j + 1))
        ) {
          let d = stop;
          if (d === 0x2019) {
            d = 39;
            plain = 0;
            curly = CURLY;
          }
          h ^= d;
          h = Math.imul(h, 0x01000193);
          j++;
          continue;
        }
        break;
      }
      start[count] = s;
      end[count] = j;
      flags[count] =
        pending |
        WORD |
        plain |
        ascii |
        curly |
        (cls === UPPER || (cls < 0 && isUpper(c, text, s)) ? CAP : 0) |
        (inQuote ? QUOTED : 0) |
        (marks !== undefined ? marks[h & markMask] & MARKED : 0);
      hash[count] = h & 0x3fffffff;
      count++;
      pending = 0;
      i = j;
      // the usual single space after a word, taken here without going round
      if (stopCls === SPACE) {
        pending = SPACE_BEFORE;
        i++;
      }
      continue;
    }
    // punctuation: one character per token (a surrogate pair stays whole)
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    if (c === 0x201c || c === 0xab) inQuote = true;
    else if (c === 0x201d || c === 0xbb) inQuote = false;
    else if (c === 34) inQuote = !inQuote;
    else if (c === 39 && text.charCodeAt(j) === 39 && text.charCodeAt(j + 1) !== 39) {
      // two apostrophes are a quotation mark, as typewriter and wire text
      // write it (''Yes,'' he said): one token, like ". Of three, the last
      // two ('old-school,''' said): the first closes a quotation inside.
      j++;
      inQuote = !inQuote;
    }
    start[count] = i;
    end[count] = j;
    flags[count] = pending;
    hash[count] = 0;
    count++;
    pending = 0;
    i = j;
  }
  return { count, start, end, flags, hash };
}
