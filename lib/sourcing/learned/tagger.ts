// The tagger's decoder: each token's score per tag is the sum of its
// features' weights; Viterbi then picks the best tag sequence with the
// transition scores, never letting an inside tag follow anything but its own
// begin or inside tag.
import { B_CUE, B_SRC, FEATURES_PER_TOKEN, I_CUE, I_SRC, NTAGS } from './features.ts';
import type { TaggerModel } from './model.ts';

/** Whether tag `to` may follow tag `from` (-1: the sentence start). */
export function allowed(from: number, to: number): boolean {
  if (to === I_CUE) return from === B_CUE || from === I_CUE;
  if (to === I_SRC) return from === B_SRC || from === I_SRC;
  return true;
}

/** Fills scores[i * NTAGS + t] with the model's score of tag t at token i. */
export function emissions(m: TaggerModel, feats: Uint32Array, n: number, scores: Float32Array) {
  const shift = 32 - m.bits;
  const { index, weights, scale } = m;
  for (let i = 0; i < n; i++) {
    // sums of the quantized weights, scaled once per token
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    const fo = i * FEATURES_PER_TOKEN;
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      const r = index[feats[fo + f] >>> shift];
      if (r === 0) continue;
      const w = (r - 1) * NTAGS;
      s0 += weights[w];
      s1 += weights[w + 1];
      s2 += weights[w + 2];
      s3 += weights[w + 3];
      s4 += weights[w + 4];
    }
    const o = i * NTAGS;
    scores[o] = s0 * scale - m.outside;
    scores[o + 1] = s1 * scale;
    scores[o + 2] = s2 * scale;
    scores[o + 3] = s3 * scale;
    scores[o + 4] = s4 * scale;
  }
}

// Viterbi's tables, reused from sentence to sentence (the analyzer is
// synchronous), and the transitions with -Infinity where a tag may not follow.
let best = new Float64Array(0);
let back = new Uint8Array(0);
const moves = new Float64Array((NTAGS + 1) * NTAGS);

/** Best tag sequence for n tokens given emission scores and transitions
 * (row 0: from the start; row 1 + t: from tag t). */
export function viterbi(
  scores: ArrayLike<number>,
  n: number,
  trans: ArrayLike<number>,
  out: Uint8Array,
): void {
  if (n === 0) return;
  if (best.length < n * NTAGS) {
    best = new Float64Array(n * NTAGS * 2);
    back = new Uint8Array(n * NTAGS * 2);
  }
  for (let p = -1; p < NTAGS; p++)
    for (let t = 0; t < NTAGS; t++)
      moves[(1 + p) * NTAGS + t] = allowed(p, t) ? trans[(1 + p) * NTAGS + t] : -Infinity;
  for (let t = 0; t < NTAGS; t++) best[t] = scores[t] + moves[t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      let b = best[prev] + moves[NTAGS + t];
      let arg = 0;
      for (let p = 1; p < NTAGS; p++) {
        const v = best[prev + p] + moves[(1 + p) * NTAGS + t];
        if (v > b) {
          b = v;
          arg = p;
        }
      }
      best[i * NTAGS + t] = b + scores[i * NTAGS + t];
      back[i * NTAGS + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < NTAGS; t++)
    if (best[(n - 1) * NTAGS + t] > best[(n - 1) * NTAGS + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NTAGS + arg];
  }
}

/** Tags of one sentence whose features are in `feats`. */
export function tagTokens(m: TaggerModel, feats: Uint32Array, n: number, out: Uint8Array): void {
  const scores = new Float32Array(n * NTAGS);
  emissions(m, feats, n, scores);
  viterbi(scores, n, m.trans, out);
}

/** Spans [first, last] token indices of each run begun by `begin` and continued by `inside`. */
export function spansOf(
  tags: Uint8Array,
  n: number,
  begin: number,
  inside: number,
): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (tags[i] !== begin) continue;
    let j = i;
    while (j + 1 < n && tags[j + 1] === inside) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}
