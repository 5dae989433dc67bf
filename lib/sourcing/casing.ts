// How the article writes the words that may open a sentence as the modifier
// of a people noun ("Whale experts say"): in lower case elsewhere ("the
// whale"), or capitalized after a lower-case word or a comma, i.e. inside a
// sentence where only a name is capitalized ("the Whale Trust"). Answered from
// one pass over the token stream, built on the first question: a search of the
// whole text per word costs a full read of a 10 MB page each.
import { ANONYMOUS_PEOPLE, VAGUE_PEOPLE } from './lexicon/index.ts';
import { ASCII, CAP, WORD, hashWord, type TokenStream } from './scan.ts';
import type { Sentences } from './segment.ts';

/** Bits per written form: seen in lower case; seen capitalized inside a sentence. */
const LOWER_SEEN = 1;
const CAP_INSIDE = 2;

/** Written forms (possessive aside) of the candidate words, with their bits. */
export type CaseIndex = Map<string, number>;

const hashOf = (w: string) => hashWord(w, 0, w.length);
const PEOPLE_HASHES = new Set([...ANONYMOUS_PEOPLE, ...VAGUE_PEOPLE].map(hashOf));

/** End of the word without a possessive "'s" / "’s". */
function coreEnd(text: string, s: number, e: number): number {
  if (e - s > 2 && text.charCodeAt(e - 1) === 115) {
    const ap = text.charCodeAt(e - 2);
    if (ap === 39 || ap === 0x2019) return e - 2;
  }
  return e;
}

/** Hash of word `k` without its possessive. */
function coreHash(text: string, ts: TokenStream, k: number): number {
  const s = ts.start[k];
  const e = ts.end[k];
  const ce = coreEnd(text, s, e);
  return ce === e ? ts.hash[k] : hashWord(text, s, ce);
}

/** A lower-case letter, a comma or a semicolon: what comes before a name
 * capitalized inside a sentence ("the Whale Trust", "…, Whale Trust"). */
const insideSentence = (c: number) => (c >= 97 && c <= 122) || c === 44 || c === 59;

// A one-byte-per-slot table over the low bits of the candidates' hashes: most
// tokens of the page miss it with one array read.
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** A word of letters only, capitalized like "Whale" (a capital, then a-z). */
function titleWord(text: string, s: number, e: number): boolean {
  let c = text.charCodeAt(s);
  if (c < 65 || c > 90 || e - s < 2) return false;
  for (let i = s + 1; i < e; i++) {
    c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `skip` holds the (lower-case) words the caller answers without asking. */
export function newCaseIndex(
  text: string,
  ts: TokenStream,
  sentences: Sentences,
  skip: ReadonlySet<string>,
): CaseIndex {
  const { count, flags, hash, start, end } = ts;
  // the candidates: the first word of a sentence with a cue word, a plain
  // capitalized word, before a lower-case people noun (all commonModifier asks about)
  const slots = new Uint8Array(1 << SLOT_BITS);
  const { tok0, tok1, marked } = sentences;
  for (let s = 0; s < tok0.length; s++) {
    if (!marked[s]) continue;
    let k = tok0[s];
    while (k < tok1[s] && !(flags[k] & WORD)) k++;
    if (k + 1 >= tok1[s] || (flags[k + 1] & (WORD | CAP)) !== WORD) continue;
    if (!PEOPLE_HASHES.has(coreHash(text, ts, k + 1)) || !titleWord(text, start[k], end[k]))
      continue;
    if (skip.has(text.slice(start[k], end[k]).toLowerCase())) continue;
    const h = hash[k];
    slots[h & SLOT_MASK] = 1;
    // the possessive ("whale's", "whale’s") hashes differently
    slots[hashWord(text.slice(start[k], end[k]) + "'s", 0, end[k] - start[k] + 2) & SLOT_MASK] = 1;
  }
  const index: CaseIndex = new Map();
  for (let k = 0; k < count; k++) {
    if (!slots[hash[k] & SLOT_MASK]) continue;
    const f = flags[k];
    if ((f & (WORD | ASCII)) !== (WORD | ASCII)) continue;
    const s = start[k];
    let bit = LOWER_SEEN;
    if (f & CAP) {
      if (!(s >= 2 && text.charCodeAt(s - 1) === 32 && insideSentence(text.charCodeAt(s - 2))))
        continue;
      bit = CAP_INSIDE;
    }
    // keyed by the exact form: "WHALE" is neither "whale" nor "Whale"
    const form = text.slice(s, coreEnd(text, s, end[k]));
    index.set(form, (index.get(form) ?? 0) | bit);
  }
  return index;
}

/** A candidate `word` (letters only, capitalized like "Whale") is written in
 * lower case somewhere (possessive aside) and never capitalized after a
 * lower-case word, a comma or a semicolon. */
export function lowerElsewhere(index: CaseIndex, word: string): boolean {
  return (
    ((index.get(word.toLowerCase()) ?? 0) & LOWER_SEEN) !== 0 &&
    ((index.get(word) ?? 0) & CAP_INSIDE) === 0
  );
}
