// What the learned tagger sees at each token of a sentence: the word and its
// neighbours, their shape and suffixes, quotation marks, colons and dashes
// nearby, the project's word lists, and what the hand-written rules found
// there. Every feature is a 32-bit hash of (template, value), computed from
// the tokens the analyzer already made, so the trainer and the analyzer see
// exactly the same features. Pure integer work: no string is built per token.
import type { Token } from '../tokens.ts';
import {
  ANONYMOUS_PEOPLE,
  DOCUMENT_NOUNS,
  GIVEN_NAMES,
  INSTITUTION_NOUNS,
  OUTLET_NOUNS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  ROLE_WORDS,
  THING_PRONOUNS,
  VAGUE_PEOPLE,
} from '../lexicon/index.ts';

/** The tags of the tagger: outside, begin/inside a cue, begin/inside a source. */
export const TAGS = ['O', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC'] as const;
export const NTAGS = TAGS.length;
export const O = 0;
export const B_CUE = 1;
export const I_CUE = 2;
export const B_SRC = 3;
export const I_SRC = 4;

/** Features emitted per token: every template gives exactly one value. */
export const FEATURES_PER_TOKEN = 53;

// one bit per word list a token is on
const L_VERB = 1;
const L_DOC = 2;
const L_RNOUN = 4;
const L_INST = 8;
const L_PEOPLE = 16;
const L_ROLE = 32;
const L_PRON = 64;
const L_GIVEN = 128;
const L_OUTLET = 256;

function lists(t: Token | undefined): number {
  if (!t) return 1 << 12;
  if (!t.word) return 1 << 11;
  let m = 0;
  if (REPORTING_VERBS.has(t.lower)) m |= L_VERB;
  if (DOCUMENT_NOUNS.has(t.base)) m |= L_DOC;
  if (REPORTING_NOUNS.has(t.base)) m |= L_RNOUN;
  if (INSTITUTION_NOUNS.has(t.base)) m |= L_INST;
  if (ANONYMOUS_PEOPLE.has(t.base) || VAGUE_PEOPLE.has(t.base)) m |= L_PEOPLE;
  if (ROLE_WORDS.has(t.base)) m |= L_ROLE;
  if (PERSON_PRONOUNS.has(t.base) || PLURAL_PRONOUNS.has(t.base) || THING_PRONOUNS.has(t.base))
    m |= L_PRON;
  if (GIVEN_NAMES.has(t.base)) m |= L_GIVEN;
  if (OUTLET_NOUNS.has(t.base)) m |= L_OUTLET;
  return m;
}

/** The word's identity: its hash, or its character for punctuation (all
 * quotation marks alike, all dashes alike). */
function ident(t: Token | undefined): number {
  if (!t) return 0x7fffffff;
  if (t.word) return t.hash;
  const c = t.text.charCodeAt(0);
  if (c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb) return 0x40000022;
  if (c === 0x2014 || c === 0x2013 || c === 45) return 0x4000002d;
  return 0x40000000 | c;
}

/** Shape: capitals, digits, length class, possessive. */
function shape(t: Token | undefined): number {
  if (!t) return 99;
  if (!t.word) return 98;
  const s = t.text;
  let upper = 0;
  let digit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digit++;
  }
  let k = t.cap ? (upper === s.length && s.length > 1 ? 3 : 1) : 0;
  if (digit) k = 4;
  return k * 8 + (s.length <= 2 ? 0 : s.length <= 4 ? 1 : 2) + (t.poss ? 4 : 0);
}

/** Hash of the last `n` characters of the word (lower case). */
function suffix(t: Token, n: number): number {
  const w = t.lower;
  if (!t.word || w.length <= n) return 0;
  let h = 0x811c9dc5;
  for (let i = w.length - n; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

const bucket = (n: number, cap: number) => (n < cap ? n : cap);

/** Mixes a template number and a value into one feature hash. */
export function mix(template: number, value: number): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const mix2 = (template: number, a: number, b: number) => mix(template, mix(a, b));

const isColon = (t: Token | undefined) => !!t && !t.word && t.text === ':';
const isDash = (t: Token | undefined) =>
  !!t && !t.word && (t.text === '—' || t.text === '–' || t.text === '-');
const isQuote = (t: Token | undefined) => !!t && !t.word && /^["“”«»]$/.test(t.text);

/**
 * Fills `out` (FEATURES_PER_TOKEN entries per token) with the features of the
 * sentence `toks`; `rules` holds, per token, the tag the hand-written rules
 * gave it (O, B-CUE, I-CUE, B-SRC, I-SRC).
 */
export function sentenceFeatures(
  toks: readonly Token[],
  rules: Uint8Array,
  out: Uint32Array,
): void {
  const n = toks.length;
  const lex = new Int32Array(n);
  const id = new Int32Array(n);
  const sh = new Int32Array(n);
  // where the nearest quotation mark, colon and rule cue stand
  let quotes = 0;
  let ruleCues = 0;
  for (let i = 0; i < n; i++) {
    lex[i] = lists(toks[i]);
    id[i] = ident(toks[i]);
    sh[i] = shape(toks[i]);
    if (isQuote(toks[i])) quotes++;
    if (rules[i] === B_CUE) ruleCues++;
  }
  const lastQuoteBefore = new Int32Array(n);
  const ruleCueBefore = new Int32Array(n);
  const colonBefore = new Uint8Array(n);
  let q = -1;
  let rc = -1;
  let colon = 0;
  for (let i = 0; i < n; i++) {
    lastQuoteBefore[i] = q < 0 ? 9 : bucket(i - q, 8);
    ruleCueBefore[i] = rc < 0 ? 9 : bucket(i - rc, 8);
    colonBefore[i] = colon;
    if (isQuote(toks[i])) q = i;
    if (rules[i] === B_CUE) rc = i;
    if (isColon(toks[i])) colon = 1;
  }
  // how far the nearest word on the reporting-verb list stands, each side
  const verbBefore = new Int32Array(n);
  const verbAfter = new Int32Array(n);
  let v = -1;
  for (let i = 0; i < n; i++) {
    verbBefore[i] = v < 0 ? 9 : bucket(i - v, 8);
    if (lex[i] & L_VERB) v = i;
  }
  v = -1;
  for (let i = n - 1; i >= 0; i--) {
    verbAfter[i] = v < 0 ? 9 : bucket(v - i, 8);
    if (lex[i] & L_VERB) v = i;
  }
  const nextQuoteAfter = new Int32Array(n);
  const ruleCueAfter = new Int32Array(n);
  const colonAfter = new Uint8Array(n);
  q = -1;
  rc = -1;
  colon = 0;
  for (let i = n - 1; i >= 0; i--) {
    nextQuoteAfter[i] = q < 0 ? 9 : bucket(q - i, 8);
    ruleCueAfter[i] = rc < 0 ? 9 : bucket(rc - i, 8);
    colonAfter[i] = colon;
    if (isQuote(toks[i])) q = i;
    if (rules[i] === B_CUE) rc = i;
    if (isColon(toks[i])) colon = 1;
  }
  const sentenceKind = (quotes ? 1 : 0) + (ruleCues ? 2 : 0) + bucket(n >> 3, 6) * 4;
  const ID = (k: number) => (k < 0 || k >= n ? (k < 0 ? 0x7ffffffe : 0x7ffffffd) : id[k]);
  const LX = (k: number) => (k < 0 || k >= n ? 1 << 13 : lex[k]);
  const SH = (k: number) => (k < 0 || k >= n ? 97 : sh[k]);
  const RT = (k: number) => (k < 0 || k >= n ? 7 : rules[k]);
  const QF = (k: number) => (k < 0 || k >= n ? 2 : toks[k].quoted ? 1 : 0);

  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const o = i * FEATURES_PER_TOKEN;
    let f = 0;
    const w0 = id[i];
    out[o + f++] = mix(0, 0); // bias
    out[o + f++] = mix(1, w0);
    out[o + f++] = mix(2, ID(i - 1));
    out[o + f++] = mix(3, ID(i + 1));
    out[o + f++] = mix(4, ID(i - 2));
    out[o + f++] = mix(5, ID(i + 2));
    out[o + f++] = mix2(6, ID(i - 1), w0);
    out[o + f++] = mix2(7, w0, ID(i + 1));
    out[o + f++] = mix2(8, ID(i - 2), ID(i - 1));
    out[o + f++] = mix2(9, ID(i + 1), ID(i + 2));
    out[o + f++] = mix(10, suffix(t, 3));
    out[o + f++] = mix(11, suffix(t, 2));
    out[o + f++] = mix(12, suffix(t, 4));
    out[o + f++] = mix(13, SH(i));
    out[o + f++] = mix(14, SH(i - 1) * 128 + SH(i));
    out[o + f++] = mix(15, SH(i) * 128 + SH(i + 1));
    out[o + f++] = mix(16, QF(i - 1) * 9 + QF(i) * 3 + QF(i + 1));
    out[o + f++] = mix(17, bucket(i, 5));
    out[o + f++] = mix(18, bucket(n - 1 - i, 5));
    out[o + f++] = mix(19, lastQuoteBefore[i] * 16 + nextQuoteAfter[i]);
    out[o + f++] = mix(20, colonBefore[i] * 2 + colonAfter[i]);
    out[o + f++] = mix(21, (isColon(toks[i + 1]) ? 1 : 0) + (isColon(toks[i - 1]) ? 2 : 0));
    out[o + f++] = mix(22, (isDash(toks[i + 1]) ? 1 : 0) + (isDash(toks[i - 1]) ? 2 : 0));
    out[o + f++] = mix(23, ID(i - 1) === 0x4000002c ? 1 : ID(i + 1) === 0x4000002c ? 2 : 0); // commas
    out[o + f++] = mix(24, LX(i));
    out[o + f++] = mix(25, LX(i - 1));
    out[o + f++] = mix(26, LX(i + 1));
    out[o + f++] = mix2(27, LX(i - 1), LX(i));
    out[o + f++] = mix2(28, LX(i), LX(i + 1));
    out[o + f++] = mix(29, LX(i - 2));
    out[o + f++] = mix(30, LX(i + 2));
    out[o + f++] = mix(31, RT(i));
    out[o + f++] = mix(32, RT(i - 1));
    out[o + f++] = mix(33, RT(i + 1));
    out[o + f++] = mix2(34, RT(i), w0);
    out[o + f++] = mix(35, RT(i - 1) * 8 + RT(i) + RT(i + 1) * 64);
    out[o + f++] = mix(36, RT(i) * 16 + ruleCueBefore[i]);
    out[o + f++] = mix(37, RT(i) * 16 + ruleCueAfter[i]);
    out[o + f++] = mix(38, sentenceKind);
    out[o + f++] = mix2(39, RT(i), LX(i));
    out[o + f++] = mix2(40, SH(i), LX(i - 1));
    out[o + f++] = mix2(41, w0, QF(i - 1) * 9 + QF(i) * 3 + QF(i + 1));
    out[o + f++] = mix2(42, w0, lastQuoteBefore[i] < 3 ? 1 : nextQuoteAfter[i] < 3 ? 2 : 0);
    out[o + f++] = mix2(43, ID(i - 1), ID(i + 1));
    out[o + f++] = mix2(44, suffix(t, 3), LX(i - 1));
    out[o + f++] = mix2(45, w0, bucket(i, 3));
    out[o + f++] = mix2(46, ruleCueBefore[i], ruleCueAfter[i]);
    out[o + f++] = mix2(47, w0, RT(i - 1) * 8 + RT(i + 1));
    out[o + f++] = mix(48, ID(i - 3));
    out[o + f++] = mix(49, ID(i + 3));
    out[o + f++] = mix(50, verbBefore[i] * 16 + verbAfter[i]);
    out[o + f++] = mix2(51, SH(i) * 16 + verbAfter[i], LX(i));
    out[o + f] = mix2(52, w0, verbAfter[i] * 16 + verbBefore[i]); // the last of FEATURES_PER_TOKEN
  }
}
