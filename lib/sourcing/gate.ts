// Which sentences can hold a cue, read from the token stream alone: only those
// get token objects and the detector. Two tests, both on the hashes the scan
// made. The first: the sentence holds a trigger word, a word that can start a
// cue (one array read per word, and a Set look-up on the few marked words).
// The second: one of the detector's cues can really start there. Half the
// sentences with a trigger word have none ("the United States", "a new study
// shows", "“I said no”"), and on 1 MB of news a fifth of the tokens given to
// the detector were in sentences it could find nothing in.
//
// The second test restates, as necessary conditions, what detectSentence()
// asks of a word before it makes a draft; it may let through a sentence that
// holds no cue, never the other way round.
import { ASCII, CAP, hashWord, LISTED, MARKED, QUOTED, WORD, type TokenStream } from './scan.ts';
import { rarestWord, triggerWords } from './detect.ts';
import {
  DOCUMENT_NOUNS,
  OPINION_PARTICIPLES,
  PHRASES,
  PUBLISH_PARTICIPLES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
} from './lexicon.ts';

/** What the detector can find in a sentence. */
export const NO_CUE = 0;
/** No cue, but a document noun, which later sentences may refer back to. */
export const DOCUMENT_ONLY = 1;
/** Maybe a cue: the sentence goes to the detector. */
export const MAYBE_CUE = 2;
export type Gate = typeof NO_CUE | typeof DOCUMENT_ONLY | typeof MAYBE_CUE;

// What a word may be, as bits of a table slot by the low bits of its hash (of
// the base form): a slot holds the bits of every listed word that lands on it,
// so a bit says "maybe", and the lack of one "no".
const VERB = 1; // a reporting verb: its own cue, and "confirmed by X"
const PUBLISH = 2; // "published by X", "a study published in"
const OPINION = 4; // "seen as", "regarded by many as"
const REPORTING_NOUN = 8; // "the minister's comments"
const DOCUMENT = 16; // "a report released by", "data from the ministry"

const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

interface GateTables {
  /** Hashes of the trigger words (the first test). */
  triggers: Set<number>;
  /** The table for scanTokens, by low hash bits: MARKED where a trigger word
   * may land, LISTED where a word of `kinds` may. */
  slots: Uint8Array;
  /** Indexed by low hash bits: what a word landing there may be (see VERB). */
  kinds: Uint8Array;
  /** The cue phrases by the hash of their rarest word (a trigger word): each
   * as the hashes of its words and the rarest word's place among them. */
  phrases: Map<number, { words: Int32Array; at: number }[]>;
  /** Hashes of "by" and "by's" (a possessive's base is the word). */
  by: Int32Array;
  as: Int32Array;
  from: Int32Array;
}

let tables: GateTables | null = null;

const hashOf = (w: string) => hashWord(w, 0, w.length);
const wordAndPossessive = (w: string) => Int32Array.of(hashOf(w), hashOf(`${w}'s`));

/** Built at the first analysis, or by prepare(). */
export function gateTables(): GateTables {
  if (tables) return tables;
  const triggers = new Set(triggerWords().map(hashOf));
  const kinds = new Uint8Array(SLOT_MASK + 1);
  // by the hash of the word as written, so a possessive ("the minister's")
  // gets the bits of its base form too
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      kinds[hashOf(w) & SLOT_MASK] |= bit;
      kinds[hashOf(`${w}'s`) & SLOT_MASK] |= bit;
    }
  };
  mark(REPORTING_VERBS.keys(), VERB);
  mark(PUBLISH_PARTICIPLES, PUBLISH);
  mark(OPINION_PARTICIPLES, OPINION);
  mark(REPORTING_NOUNS, REPORTING_NOUN);
  mark(DOCUMENT_NOUNS, DOCUMENT);
  const slots = new Uint8Array(SLOT_MASK + 1);
  for (const h of triggers) slots[h & SLOT_MASK] = MARKED;
  for (let i = 0; i < kinds.length; i++) if (kinds[i]) slots[i] |= LISTED;
  const phrases = new Map<number, { words: Int32Array; at: number }[]>();
  for (const p of PHRASES) {
    const words = p.phrase.toLowerCase().split(/\s+/).filter(Boolean);
    const key = rarestWord(p.phrase);
    const h = hashOf(key);
    const list = phrases.get(h) ?? [];
    list.push({ words: Int32Array.from(words, hashOf), at: words.indexOf(key) });
    phrases.set(h, list);
  }
  return (tables = {
    triggers,
    slots,
    kinds,
    phrases,
    by: wordAndPossessive('by'),
    as: wordAndPossessive('as'),
    from: wordAndPossessive('from'),
  });
}

/** Whether token k is a word that may be `w` or its possessive (hashes in
 * `h`, see GateTables.by): a word not in ASCII may be anything, its hash is
 * not exactly that of its lower case. */
function wordMayBe(ts: TokenStream, k: number, h: Int32Array): boolean {
  const f = ts.flags[k];
  if (!(f & WORD)) return false;
  return !(f & ASCII) || ts.hash[k] === h[0] || ts.hash[k] === h[1];
}

/** Whether one of the cue phrases keyed by token k's word lies on the words
 * around it, in [k0, k1): the phrase trie matches whole words only. */
function phraseAt(ts: TokenStream, k: number, k0: number, k1: number, t: GateTables): boolean {
  const list = t.phrases.get(ts.hash[k]);
  if (list === undefined) return false;
  for (let p = 0; p < list.length; p++) {
    const { words, at } = list[p];
    const a = k - at;
    if (a < k0 || a + words.length > k1) continue;
    let q = 0;
    for (; q < words.length; q++) {
      const f = ts.flags[a + q];
      if (!(f & WORD) || (f & ASCII && ts.hash[a + q] !== words[q])) break;
    }
    if (q === words.length) return true;
  }
  return false;
}

/** What the detector can find in sentence tokens [k0, k1) (see Gate). */
export function cueGate(text: string, ts: TokenStream, k0: number, k1: number): Gate {
  const t = gateTables();
  const { flags, hash } = ts;
  // a trigger word, as before this gate: a sentence without one is never
  // analysed, whatever else it holds
  let trigger = false;
  let maybe = false;
  let document = -1;
  let opening = true;
  for (let k = k0; k < k1; k++) {
    const f = flags[k];
    if (!(f & WORD)) continue;
    if (!trigger && f & MARKED && t.triggers.has(hash[k])) trigger = true;
    // the first word may lose its capital (uncapitalizeFirst): whatever it
    // may be, the detector decides
    const first = opening;
    opening = false;
    if (maybe || !(f & ASCII) || (f & LISTED && !(f & QUOTED) && cueWord(ts, k, k1, first, t)))
      maybe = true;
    else if (f & MARKED && phraseAt(ts, k, k0, k1, t)) maybe = true;
    else if (document < 0 && f & LISTED && !(f & (QUOTED | CAP)) && !first) {
      if (t.kinds[hash[k] & SLOT_MASK] & DOCUMENT) document = k;
    }
    if (maybe && trigger) return MAYBE_CUE;
  }
  if (!trigger) return NO_CUE;
  if (document < 0) return NO_CUE;
  // a document is mentioned only by a word of DOCUMENT_NOUNS itself: the
  // table's maybe is confirmed, and when it is wrong the detector decides
  return isDocumentNoun(text, ts, document) ? DOCUMENT_ONLY : MAYBE_CUE;
}

/** Whether the detector may start a cue of its own at word k (not quoted, in
 * ASCII, LISTED), by what it asks of the word and the one after it. */
function cueWord(ts: TokenStream, k: number, k1: number, first: boolean, t: GateTables): boolean {
  const kind = t.kinds[ts.hash[k] & SLOT_MASK];
  if (kind === 0) return false;
  if (first) return true;
  const cap = (ts.flags[k] & CAP) !== 0;
  // a reporting verb, never capitalized; "the minister's comments"
  if (kind & (VERB | REPORTING_NOUN) && !cap) return true;
  if (k + 1 >= k1) return false;
  const next = k + 1;
  // "was confirmed by", "were published by"
  if (kind & (VERB | PUBLISH) && wordMayBe(ts, next, t.by)) return true;
  // "seen as", "regarded by ... as"
  if (kind & OPINION && (wordMayBe(ts, next, t.as) || wordMayBe(ts, next, t.by))) return true;
  // "a report released by", "data from the ministry"
  return (
    (kind & DOCUMENT) !== 0 && !cap && (wordMayBe(ts, next, t.from) || mayBePublish(ts, next, t))
  );
}

function mayBePublish(ts: TokenStream, k: number, t: GateTables): boolean {
  const f = ts.flags[k];
  if (!(f & WORD)) return false;
  if (!(f & ASCII)) return true;
  return (f & LISTED) !== 0 && (t.kinds[ts.hash[k] & SLOT_MASK] & PUBLISH) !== 0;
}

function isDocumentNoun(text: string, ts: TokenStream, k: number): boolean {
  let base = text.slice(ts.start[k], ts.end[k]).toLowerCase().replaceAll('’', "'");
  if (base.length > 2 && base.endsWith("'s")) base = base.slice(0, -2);
  return DOCUMENT_NOUNS.has(base);
}
