// Sentence segmentation in one linear pass over the characters. A sentence
// ends at . ! ? (with any closing quotes or brackets after it) when a space and
// then a capital, digit or opening quote follow; a newline always ends one
// (headlines and blocks). Abbreviations ("Mr.", "Jan.", "U.S."), initials and
// decimals do not end a sentence.
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon.ts';

export interface Sentences {
  /** Start offsets (UTF-16) of each sentence, in order. */
  starts: number[];
  /** End offsets (exclusive), trailing spaces trimmed. */
  ends: number[];
  /** Whether the sentence starts inside an open quotation. */
  quoted: boolean[];
}

const isNewline = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
// closing quotes and brackets that belong to the sentence they end
const isCloser = (c: number) =>
  c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLetterish = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c >= 0xc0;

/** The word just before position `dot` (letters and inner dots), lower case. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && dot - k < 16 && isLetterish(text.charCodeAt(k - 1))) k--;
  return text.slice(k, dot);
}

/** The word starting at `at` (letters only), lower case. */
function wordAt(text: string, at: number): string {
  let k = at;
  while (k < text.length && k - at < 16) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k++;
  }
  return text.slice(at, k).toLowerCase();
}

/** Does a full stop at `dot` belong to an abbreviation, given what follows at `next`? */
function isAbbreviationStop(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  // an initial: "J. K. Rowling", "George W. Bush"
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  const dotted = lower.includes('.');
  if (ABBREVIATIONS.has(lower) || (dotted && /^(?:[a-z]\.)+[a-z]$/.test(lower))) {
    // "in the U.S. The next day": an acronym can still end a sentence
    if (
      dotted ||
      lower === 'inc' ||
      lower === 'co' ||
      lower === 'corp' ||
      lower === 'ltd' ||
      lower === 'etc'
    ) {
      return !SENTENCE_STARTERS.has(wordAt(text, next));
    }
    return true;
  }
  return false;
}

export function segmentSentences(text: string): Sentences {
  const starts: number[] = [];
  const ends: number[] = [];
  const quoted: boolean[] = [];
  const n = text.length;
  let start = -1;
  let inQuote = false;
  let quoteAtStart = false;

  const close = (end: number) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) {
      starts.push(start);
      ends.push(e);
      quoted.push(quoteAtStart);
    }
    start = -1;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      if (start >= 0) close(i);
      inQuote = false; // a quotation never runs across blocks here
      continue;
    }
    if (start < 0) {
      if (isSpace(c)) continue;
      start = i;
      quoteAtStart = inQuote;
    }
    if (c === 0x201c) inQuote = true;
    else if (c === 0x201d) inQuote = false;
    else if (c === 34) inQuote = !inQuote;
    if (!isTerminator(c)) continue;

    let j = i + 1;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    while (j < n && isCloser(text.charCodeAt(j))) {
      const q = text.charCodeAt(j);
      if (q === 0x201d) inQuote = false;
      else if (q === 34) inQuote = !inQuote;
      j++;
    }
    if (j >= n) {
      close(j);
      i = j - 1;
      continue;
    }
    if (!isSpace(text.charCodeAt(j)) && !isNewline(text.charCodeAt(j))) {
      i = j - 1; // "3.5", "U.S.-led", "Yahoo!Finance"
      continue;
    }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || isNewline(text.charCodeAt(k))) {
      close(j);
      i = k - 1;
      continue;
    }
    const next = text.charCodeAt(k);
    if (isLower(next)) {
      i = j - 1; // '"Really?" he asked', "e.g. this"
      continue;
    }
    if (c === 46 && j === i + 1 && isAbbreviationStop(text, i, k)) {
      i = j - 1;
      continue;
    }
    close(j);
    i = k - 1;
  }
  if (start >= 0) close(n);
  return { starts, ends, quoted };
}
