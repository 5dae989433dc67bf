// The sentences the tagger reads, made the same way at training and at run
// time: the analyzer's own tokens and sentences, and per token the tag the
// hand-written rules gave it (what they took for a cue or a source).
import type { Attribution } from '../types.ts';
import { materialize, type Token } from '../tokens.ts';
import type { TokenStream } from '../scan.ts';
import type { Sentences } from '../segment.ts';
import { hasTrigger } from '../triggers.ts';
import type { ModelScope } from './model.ts';
import { maySpeak } from './speech.ts';
import { B_CUE, B_SRC, FEATURES_PER_TOKEN, I_CUE, I_SRC, O, sentenceFeatures } from './features.ts';

/** Longest sentence the tagger reads (in tokens); longer ones are a list or
 * a table, not prose, and are left to the rules. */
export const MAX_TOKENS = 400;

export interface TaggedSentence {
  /** Index of the sentence in the text's Sentences. */
  s: number;
  toks: Token[];
  /** The rules' tag per token. */
  rules: Uint8Array;
  feats: Uint32Array;
  /** The rules' attributions whose cue is in the sentence. */
  found: Attribution[];
}

/** Marks tokens starting inside [start, end) with begin/inside, where still O. */
export function markSpan(
  toks: readonly Token[],
  tags: Uint8Array,
  start: number,
  end: number,
  begin: number,
  inside: number,
): void {
  let first = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start < start || t.start >= end) continue;
    if (tags[i] === O) tags[i] = first ? begin : inside;
    first = false;
  }
}

/** The rules' tags for a sentence's tokens, from their attributions in it. */
export function ruleTags(toks: readonly Token[], found: readonly Attribution[]): Uint8Array {
  const tags = new Uint8Array(toks.length);
  for (const a of found) markSpan(toks, tags, a.cue.start, a.cue.end, B_CUE, I_CUE);
  for (const a of found)
    if (a.source) markSpan(toks, tags, a.source.start, a.source.end, B_SRC, I_SRC);
  return tags;
}

/** Whether [start, end) of the text holds a colon or a quotation mark. */
function quotesOrColon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb)
      return true;
  }
  return false;
}

/**
 * Every sentence of the text with its tokens, rule tags and features.
 * `attributions` are the rules' findings. `scope` says which sentences can
 * matter (see TaggerModel.scope): in 'spans' only those where the rules found
 * a cue, since only their starts may move; in 'taxonomy' also those with a
 * word a cue can start on, a quotation mark or a colon, since an added cue
 * must hold a word of speech or be a colon (on the held-out tenth of PolNeAR
 * train the same figures, from a third of the sentences); in 'all' (and for
 * training) every one. With `reuse`, each sentence's `feats` is the same
 * buffer, good only until the next sentence (the analyzer's case: a fresh
 * one per sentence cost a tenth of the tagger's time, 2026-12-06); the
 * trainer keeps them all.
 */
export function* taggedSentences(
  text: string,
  ts: TokenStream,
  sentences: Sentences,
  attributions: readonly Attribution[],
  scope: ModelScope = 'all',
  reuse = false,
): Generator<TaggedSentence> {
  let buffer = new Uint32Array(0);
  const byCue = [...attributions].sort((x, y) => x.cue.start - y.cue.start);
  let a = 0;
  for (let s = 0; s < sentences.count; s++) {
    const k0 = sentences.tok0[s];
    const k1 = sentences.tok1[s];
    const start = sentences.starts[s];
    const end = sentences.ends[s];
    while (a < byCue.length && byCue[a].cue.start < start) a++;
    const found: Attribution[] = [];
    for (let b = a; b < byCue.length && byCue[b].cue.start < end; b++) found.push(byCue[b]);
    if (k1 - k0 < 2 || k1 - k0 > MAX_TOKENS) continue;
    if (scope !== 'all' && !found.length) {
      if (scope === 'spans') continue;
      if (!hasTrigger(ts, k0, k1) && !quotesOrColon(text, start, end)) continue;
    }
    const toks = materialize(text, ts, k0, k1);
    // with no rule cue to adjust, a sentence matters only if it can hold a
    // cue the tagger may add (a fifth of the tagged tokens go, 2026-12-06)
    if (scope === 'taxonomy' && !found.length && !maySpeak(toks)) continue;
    const rules = ruleTags(toks, found);
    const size = toks.length * FEATURES_PER_TOKEN;
    let feats: Uint32Array;
    if (!reuse) feats = new Uint32Array(size);
    else {
      if (buffer.length < size) buffer = new Uint32Array(Math.max(size, 64 * FEATURES_PER_TOKEN));
      feats = buffer;
    }
    sentenceFeatures(toks, rules, feats);
    yield { s, toks, rules, feats, found };
  }
}
