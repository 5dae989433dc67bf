// What the learned tagger sees at each token of a sentence: the word and its
// neighbours, their shape and suffixes, quotation marks, colons and dashes
// nearby, the project's word lists, and what the hand-written rules found
// there. Every feature is a 32-bit hash of (template, value), computed from
// the tokens the analyzer already made, so the trainer and the analyzer see
// exactly the same features. Pure integer work: no string is built per token.
import type { Token } from '../tokens.ts';
import { isColon } from './speech.ts';
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

/** Per base form, the bits of the lists it is on (but the verbs, asked by
 * the lower-case form): one lookup where there were ten (made at first use). */
let onLists: Map<string, number> | null = null;

function listsByBase(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(DOCUMENT_NOUNS, L_DOC);
  add(REPORTING_NOUNS, L_RNOUN);
  add(INSTITUTION_NOUNS, L_INST);
  add(ANONYMOUS_PEOPLE, L_PEOPLE);
  add(VAGUE_PEOPLE, L_PEOPLE);
  add(ROLE_WORDS, L_ROLE);
  add(PERSON_PRONOUNS, L_PRON);
  add(PLURAL_PRONOUNS, L_PRON);
  add(THING_PRONOUNS, L_PRON);
  add(GIVEN_NAMES, L_GIVEN);
  add(OUTLET_NOUNS, L_OUTLET);
  return m;
}

function lists(t: Token): number {
  if (!t.word) return 1 << 11;
  onLists ??= listsByBase();
  const m = onLists.get(t.base) ?? 0;
  return REPORTING_VERBS.has(t.lower) ? m | L_VERB : m;
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
  return mixed(Math.imul(template + 0x9e3779b9, 0x85ebca6b), value);
}

/** mix() with its template's half done: TEMPLATE[t] for template t. */
function mixed(tm: number, value: number): number {
  let h = tm ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Each template's half of mix(), computed once. */
const TEMPLATE = Int32Array.from({ length: FEATURES_PER_TOKEN }, (_, t) =>
  Math.imul(t + 0x9e3779b9, 0x85ebca6b),
);
/** The templates of a pair of values (a, b), whose value is mix(a, b). */
const PAIRED = new Uint8Array(FEATURES_PER_TOKEN);
for (const t of [6, 7, 8, 9, 27, 28, 34, 39, 40, 41, 42, 43, 44, 45, 46, 47, 51, 52]) PAIRED[t] = 1;

const isDash = (t: Token | undefined) =>
  !!t && !t.word && (t.text === '—' || t.text === '–' || t.text === '-');
// the quotation marks the model was trained on (not two apostrophes: a retrain
// that added them was not kept, docs/learned-model.md)
const isQuote = (t: Token | undefined) => !!t && !t.word && /^["“”«»]$/.test(t.text);

/** Tokens beyond either end of a sentence that a feature looks at. */
const PAD = 3;
// Per-token values, PAD entries of padding each side, reused from sentence to
// sentence (the analyzer is synchronous): the feature loop then reads arrays
// with no bounds test and calls no closure. With closures and fresh arrays
// the features of the longest corpus article took 3.4 ms (2026-12-06).
let cap = 0;
let idP = new Int32Array(0);
let lexP = new Int32Array(0);
let shP = new Int32Array(0);
let rtP = new Int32Array(0);
let qfP = new Int32Array(0);
let punctP = new Int32Array(0); // 1: colon, 2: dash
let before = new Int32Array(0); // quote, rule cue, verb distance before; colon before
let after = new Int32Array(0);
let second = new Uint32Array(0); // a pair's second value, where `out` holds its first

function grow(n: number): void {
  if (n + 2 * PAD <= cap) return;
  cap = (n + 2 * PAD) * 2;
  idP = new Int32Array(cap);
  lexP = new Int32Array(cap);
  shP = new Int32Array(cap);
  rtP = new Int32Array(cap);
  qfP = new Int32Array(cap);
  punctP = new Int32Array(cap);
  before = new Int32Array(cap * 4);
  after = new Int32Array(cap * 4);
  second = new Uint32Array(cap * FEATURES_PER_TOKEN);
}

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
  grow(n);
  // padding: what a feature sees beyond the sentence's start, and its end
  for (let k = 0; k < PAD; k++) {
    idP[k] = 0x7ffffffe;
    idP[PAD + n + k] = 0x7ffffffd;
    lexP[k] = lexP[PAD + n + k] = 1 << 13;
    shP[k] = shP[PAD + n + k] = 97;
    rtP[k] = rtP[PAD + n + k] = 7;
    qfP[k] = qfP[PAD + n + k] = 2;
    punctP[k] = punctP[PAD + n + k] = 0;
  }
  let quotes = 0;
  let ruleCues = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const p = PAD + i;
    lexP[p] = lists(t);
    idP[p] = ident(t);
    shP[p] = shape(t);
    rtP[p] = rules[i];
    qfP[p] = t.quoted ? 1 : 0;
    punctP[p] = isColon(t) ? 1 : isDash(t) ? 2 : 0;
    if (isQuote(t)) quotes++;
    if (rules[i] === B_CUE) ruleCues++;
  }
  // how far the nearest quotation mark, rule cue and reporting verb stand
  // each side (bucketed; 9: none), and whether a colon does
  let q = -1;
  let rc = -1;
  let v = -1;
  let colon = 0;
  for (let i = 0; i < n; i++) {
    const b = i * 4;
    before[b] = q < 0 ? 9 : bucket(i - q, 8);
    before[b + 1] = rc < 0 ? 9 : bucket(i - rc, 8);
    before[b + 2] = v < 0 ? 9 : bucket(i - v, 8);
    before[b + 3] = colon;
    if (isQuote(toks[i])) q = i;
    if (rules[i] === B_CUE) rc = i;
    if (lexP[PAD + i] & L_VERB) v = i;
    if (punctP[PAD + i] === 1) colon = 1;
  }
  q = -1;
  rc = -1;
  v = -1;
  colon = 0;
  for (let i = n - 1; i >= 0; i--) {
    const b = i * 4;
    after[b] = q < 0 ? 9 : bucket(q - i, 8);
    after[b + 1] = rc < 0 ? 9 : bucket(rc - i, 8);
    after[b + 2] = v < 0 ? 9 : bucket(v - i, 8);
    after[b + 3] = colon;
    if (isQuote(toks[i])) q = i;
    if (rules[i] === B_CUE) rc = i;
    if (lexP[PAD + i] & L_VERB) v = i;
    if (punctP[PAD + i] === 1) colon = 1;
  }
  const sentenceKind = (quotes ? 1 : 0) + (ruleCues ? 2 : 0) + bucket(n >> 3, 6) * 4;

  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const o = i * FEATURES_PER_TOKEN;
    const p = PAD + i;
    const b = i * 4;
    const w0 = idP[p];
    const idM1 = idP[p - 1];
    const idP1 = idP[p + 1];
    const lx = lexP[p];
    const lxM1 = lexP[p - 1];
    const lxP1 = lexP[p + 1];
    const sh = shP[p];
    const rt = rtP[p];
    const rtM1 = rtP[p - 1];
    const rtP1 = rtP[p + 1];
    const qf = qfP[p - 1] * 9 + qfP[p] * 3 + qfP[p + 1];
    const quoteBefore = before[b];
    const quoteAfter = after[b];
    const cueBefore = before[b + 1];
    const cueAfter = after[b + 1];
    const verbBefore = before[b + 2];
    const verbAfter = after[b + 2];
    const s3 = suffix(t, 3);
    out[o] = 0; // bias
    out[o + 1] = w0;
    out[o + 2] = idM1;
    out[o + 3] = idP1;
    out[o + 4] = idP[p - 2];
    out[o + 5] = idP[p + 2];
    out[o + 6] = idM1;
    second[o + 6] = w0;
    out[o + 7] = w0;
    second[o + 7] = idP1;
    out[o + 8] = idP[p - 2];
    second[o + 8] = idM1;
    out[o + 9] = idP1;
    second[o + 9] = idP[p + 2];
    out[o + 10] = s3;
    out[o + 11] = suffix(t, 2);
    out[o + 12] = suffix(t, 4);
    out[o + 13] = sh;
    out[o + 14] = shP[p - 1] * 128 + sh;
    out[o + 15] = sh * 128 + shP[p + 1];
    out[o + 16] = qf;
    out[o + 17] = bucket(i, 5);
    out[o + 18] = bucket(n - 1 - i, 5);
    out[o + 19] = quoteBefore * 16 + quoteAfter;
    out[o + 20] = before[b + 3] * 2 + after[b + 3];
    out[o + 21] = (punctP[p + 1] === 1 ? 1 : 0) + (punctP[p - 1] === 1 ? 2 : 0);
    out[o + 22] = (punctP[p + 1] === 2 ? 1 : 0) + (punctP[p - 1] === 2 ? 2 : 0);
    out[o + 23] = idM1 === 0x4000002c ? 1 : idP1 === 0x4000002c ? 2 : 0; // commas
    out[o + 24] = lx;
    out[o + 25] = lxM1;
    out[o + 26] = lxP1;
    out[o + 27] = lxM1;
    second[o + 27] = lx;
    out[o + 28] = lx;
    second[o + 28] = lxP1;
    out[o + 29] = lexP[p - 2];
    out[o + 30] = lexP[p + 2];
    out[o + 31] = rt;
    out[o + 32] = rtM1;
    out[o + 33] = rtP1;
    out[o + 34] = rt;
    second[o + 34] = w0;
    out[o + 35] = rtM1 * 8 + rt + rtP1 * 64;
    out[o + 36] = rt * 16 + cueBefore;
    out[o + 37] = rt * 16 + cueAfter;
    out[o + 38] = sentenceKind;
    out[o + 39] = rt;
    second[o + 39] = lx;
    out[o + 40] = sh;
    second[o + 40] = lxM1;
    out[o + 41] = w0;
    second[o + 41] = qf;
    out[o + 42] = w0;
    second[o + 42] = quoteBefore < 3 ? 1 : quoteAfter < 3 ? 2 : 0;
    out[o + 43] = idM1;
    second[o + 43] = idP1;
    out[o + 44] = s3;
    second[o + 44] = lxM1;
    out[o + 45] = w0;
    second[o + 45] = bucket(i, 3);
    out[o + 46] = cueBefore;
    second[o + 46] = cueAfter;
    out[o + 47] = w0;
    second[o + 47] = rtM1 * 8 + rtP1;
    out[o + 48] = idP[p - 3];
    out[o + 49] = idP[p + 3];
    out[o + 50] = verbBefore * 16 + verbAfter;
    out[o + 51] = sh * 16 + verbAfter;
    second[o + 51] = lx;
    out[o + 52] = w0;
    second[o + 52] = verbAfter * 16 + verbBefore; // the last of FEATURES_PER_TOKEN
  }
  // the values made hashes, in a loop small enough for mixed() to be inlined
  // (written above as calls, the features took twice as long, 2026-12-06)
  for (let o = 0; o < n * FEATURES_PER_TOKEN; o += FEATURES_PER_TOKEN) {
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      let v = out[o + f];
      if (PAIRED[f]) v = mixed(Math.imul(v + 0x9e3779b9, 0x85ebca6b), second[o + f]);
      out[o + f] = mixed(TEMPLATE[f], v);
    }
  }
}
