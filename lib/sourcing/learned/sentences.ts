// The sentences the tagger reads, made the same way at training and at run
// time: the analyzer's own tokens and sentences, and per token the tag the
// hand-written rules gave it (what they took for a cue or a source).
import type { Attribution } from '../types.ts';
import { materialize, type Token } from '../tokens.ts';
import type { TokenStream } from '../scan.ts';
import type { Sentences } from '../segment.ts';
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

/**
 * Every sentence of the text with its tokens, rule tags and features.
 * `attributions` are the rules' findings.
 */
export function* taggedSentences(
  text: string,
  ts: TokenStream,
  sentences: Sentences,
  attributions: readonly Attribution[],
): Generator<TaggedSentence> {
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
    const toks = materialize(text, ts, k0, k1);
    const rules = ruleTags(toks, found);
    const feats = new Uint32Array(toks.length * FEATURES_PER_TOKEN);
    sentenceFeatures(toks, rules, feats);
    yield { s, toks, rules, feats, found };
  }
}
