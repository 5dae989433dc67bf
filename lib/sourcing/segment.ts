// Sentence segmentation over the token stream. A sentence ends at . ! ? (with
// any closing quotes or brackets right after it) when a space and then a
// capital, a digit or an opening quote follow; a newline always ends one
// (headlines and blocks). Abbreviations ("Mr.", "Jan.", "U.S."), initials and
// decimals ("3.5" is one token) do not end a sentence.
import { ABBREVIATIONS, REPORTING_VERBS, SENTENCE_STARTERS } from './lexicon/index.ts';
import {
  ASCII,
  CAP,
  CURLY,
  hashWord,
  MARKED,
  NL_BEFORE,
  QUOTED,
  SPACE_BEFORE,
  WORD,
  scanTokens,
  type TokenStream,
} from './scan.ts';

export interface Sentences {
  /** Number of sentences: every array below holds this many. */
  count: number;
  /** Start offsets (UTF-16) of each sentence, in order. */
  starts: Int32Array;
  /** End offsets (exclusive). */
  ends: Int32Array;
  /** 1 when the sentence starts inside an open quotation. */
  quoted: Uint8Array;
  /** First token of each sentence, and one past its last. */
  tok0: Int32Array;
  tok1: Int32Array;
  /** 1 when a token of the sentence is MARKED (see scanTokens). */
  marked: Uint8Array;
}

const isTerminator = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
// closing quotes and brackets that belong to the sentence they end
const isCloser = (c: number) =>
  c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
const isLowerStart = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  if (c < 0xc0) return false;
  const ch = text[at];
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
};

/** After a quoted question or exclamation, its speaker and a verb of saying
 * ('"Why now?" Obama asked.', '"No!" Mr. Smith said.') go on the same
 * sentence: a name opens no new one there. Up to this many words before the
 * verb ("Mr." and its dot are two). */
const SPEAKER_REACH = 4;

function speakerFollows(text: string, ts: TokenStream, j: number): boolean {
  for (let n = j; n < ts.count && n <= j + SPEAKER_REACH; n++) {
    const f = ts.flags[n];
    const w = text.slice(ts.start[n], ts.end[n]);
    if (!(f & WORD)) {
      if (w !== '.' || n === j) return false;
      continue;
    }
    if (f & CAP) continue;
    return n > j && REPORTING_VERBS.has(w);
  }
  return false;
}

const ABBREVIATION_HASHES = new Set([...ABBREVIATIONS].map((a) => hashWord(a, 0, a.length)));

/** Does the full stop at token `k` close an abbreviation, given the next word? */
function isAbbreviation(text: string, ts: TokenStream, k: number, next: number): boolean {
  const w = k - 1;
  if (w < 0 || !(ts.flags[w] & WORD) || ts.end[w] !== ts.start[k]) return false;
  const len = ts.end[w] - ts.start[w];
  if (len > 12) return false;
  // an initial: "J. K. Rowling", "George W. Bush"
  if (len === 1 && ts.flags[w] & CAP) return true;
  // most full stops follow an ordinary word: ruled out by its hash, with no
  // string made (the hash is that of the lower-case word when it is ASCII)
  if (
    (ts.flags[w] & (ASCII | CURLY)) === ASCII &&
    !ABBREVIATION_HASHES.has(ts.hash[w]) &&
    text.indexOf('.', ts.start[w]) >= ts.end[w]
  )
    return false;
  const lower = text.slice(ts.start[w], ts.end[w]).toLowerCase();
  const dotted = lower.includes('.');
  if (!ABBREVIATIONS.has(lower) && !(dotted && /^(?:[a-z]\.)+[a-z]$/.test(lower))) return false;
  // "in the U.S. The next day": an acronym or "Inc." can still end a sentence
  if (
    dotted ||
    lower === 'inc' ||
    lower === 'co' ||
    lower === 'corp' ||
    lower === 'ltd' ||
    lower === 'etc'
  ) {
    const nextWord =
      next < ts.count && ts.flags[next] & WORD
        ? text.slice(ts.start[next], ts.end[next]).toLowerCase()
        : '';
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

// Typed arrays, grown by doubling: a plain array pushed past ~16k entries
// (a 10 MB page has ~90k sentences) costs ~20x more per push in V8, which made
// segmentation grow faster than the text.
class SentenceBuilder {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoted = new Uint8Array(64);
  tok0 = new Int32Array(64);
  tok1 = new Int32Array(64);
  marked = new Uint8Array(64);

  /** Adds tokens [first, stop) as a sentence, if not empty. */
  add(ts: TokenStream, first: number, stop: number, marked: boolean): void {
    if (stop <= first) return;
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = ts.start[first];
    this.ends[i] = ts.end[stop - 1];
    this.quoted[i] = ts.flags[first] & QUOTED ? 1 : 0;
    this.tok0[i] = first;
    this.tok1[i] = stop;
    this.marked[i] = marked ? 1 : 0;
    this.count = i + 1;
  }

  private grow(): void {
    const cap = this.starts.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(cap);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts, Int32Array);
    this.ends = more(this.ends, Int32Array);
    this.quoted = more(this.quoted, Uint8Array);
    this.tok0 = more(this.tok0, Int32Array);
    this.tok1 = more(this.tok1, Int32Array);
    this.marked = more(this.marked, Uint8Array);
  }

  /** The sentences, each array cut to the count. */
  done(): Sentences {
    const n = this.count;
    return {
      count: n,
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      quoted: this.quoted.subarray(0, n),
      tok0: this.tok0.subarray(0, n),
      tok1: this.tok1.subarray(0, n),
      marked: this.marked.subarray(0, n),
    };
  }
}

export function segmentStream(text: string, ts: TokenStream): Sentences {
  const out = new SentenceBuilder();
  const { count, start, end, flags } = ts;
  let first = 0;
  // every word passes through the loop below (only punctuation is skipped over)
  let marked = false;
  for (let k = 0; k < count; k++) {
    const f = flags[k];
    // most tokens are plain words inside a line: one test lets them by
    if ((f & (WORD | NL_BEFORE | MARKED)) === WORD) continue;
    if (k > first && f & NL_BEFORE) {
      out.add(ts, first, k, marked);
      first = k;
      marked = false;
    }
    if (f & MARKED) marked = true;
    if (f & WORD || end[k] - start[k] !== 1) continue;
    const c = text.charCodeAt(start[k]);
    if (!isTerminator(c)) continue;
    let j = k + 1;
    while (j < count && !(flags[j] & SPACE_BEFORE) && end[j] - start[j] === 1) {
      const d = text.charCodeAt(start[j]);
      if (!isTerminator(d) && !isCloser(d)) break;
      j++;
    }
    if (j >= count) break;
    if (flags[j] & NL_BEFORE) {
      k = j - 1;
      continue;
    }
    if (!(flags[j] & SPACE_BEFORE)) continue; // "U.S.-led", "Yahoo!Finance"
    if (isLowerStart(text, start[j])) continue; // '"Really?" he asked'
    if (
      c !== 46 &&
      j > k + 1 &&
      text.charCodeAt(start[j - 1]) !== 41 &&
      speakerFollows(text, ts, j)
    )
      continue; // '"Really?" Obama asked'
    if (c === 46 && j === k + 1 && isAbbreviation(text, ts, k, j)) continue;
    out.add(ts, first, j, marked);
    first = j;
    marked = false;
    k = j - 1;
  }
  out.add(ts, first, count, marked);
  return out.done();
}

/** Sentences of a text: their offsets into it (tests and tools). */
export function segmentSentences(text: string): { starts: number[]; ends: number[] } {
  const { starts, ends } = segmentStream(text, scanTokens(text));
  return { starts: Array.from(starts), ends: Array.from(ends) };
}
