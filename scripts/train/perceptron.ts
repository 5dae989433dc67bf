// A structured averaged perceptron (Collins 2002) over the tagger's hashed
// features: for each sentence, decode with the current weights (Viterbi, as
// at run time); where the best sequence differs from the annotation, add the
// annotated tags' features and subtract the predicted ones'. The averaged
// weights are then pruned and quantized into the model file's form. Every
// step is in a fixed order with a seeded shuffle: same data, same bytes.
import { FEATURES_PER_TOKEN, NTAGS } from '../../lib/sourcing/learned/features.ts';
import { viterbi } from '../../lib/sourcing/learned/tagger.ts';
import type { ModelData } from '../../lib/sourcing/learned/model.ts';

export interface Example {
  feats: Uint32Array;
  n: number;
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Buckets whose largest quantized weight is below this are left out. */
  prune: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: ModelData, mistakes: number) => void;
}

/** A small seeded generator (mulberry32): the shuffle is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: readonly Example[], o: TrainOptions): ModelData {
  const shift = 32 - o.bits;
  const size = (1 << o.bits) * NTAGS;
  const nt = (NTAGS + 1) * NTAGS;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c * update, for the average
  const tw = new Float64Array(nt);
  const tu = new Float64Array(nt);
  let c = 1;
  const order = examples.map((_, i) => i);
  const rnd = random(o.seed);
  let scores = new Float64Array(64 * NTAGS);
  let pred = new Uint8Array(64);
  let result: ModelData | null = null;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    // Fisher-Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const idx of order) {
      const ex = examples[idx];
      const n = ex.n;
      if (scores.length < n * NTAGS) {
        scores = new Float64Array(n * NTAGS * 2);
        pred = new Uint8Array(n * 2);
      }
      scores.fill(0, 0, n * NTAGS);
      for (let i = 0; i < n; i++) {
        const fo = i * FEATURES_PER_TOKEN;
        const so = i * NTAGS;
        for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
          const r = (ex.feats[fo + f] >>> shift) * NTAGS;
          for (let t = 0; t < NTAGS; t++) scores[so + t] += w[r + t];
        }
      }
      viterbi(scores, n, tw, pred);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i];
        const p = pred[i];
        const gPrev = i ? 1 + ex.gold[i - 1] : 0;
        const pPrev = i ? 1 + pred[i - 1] : 0;
        if (g !== p) {
          wrong = true;
          const fo = i * FEATURES_PER_TOKEN;
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            const r = (ex.feats[fo + f] >>> shift) * NTAGS;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * NTAGS + g] += 1;
          tu[gPrev * NTAGS + g] += c;
          tw[pPrev * NTAGS + p] -= 1;
          tu[pPrev * NTAGS + p] -= c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    result = compact(w, u, tw, tu, c, o.bits, o.prune);
    o.onEpoch?.(epoch, result, mistakes);
  }
  if (!result) throw new Error('no epoch to train');
  return result;
}

/** Averaged weights, quantized to -127..127; buckets whose largest weight
 * is below `prune` are left out (a fraction of a point on held-out data for
 * a file a tenth the size). */
function compact(
  w: Float64Array,
  u: Float64Array,
  tw: Float64Array,
  tu: Float64Array,
  c: number,
  bits: number,
  prune: number,
): ModelData {
  const avg = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
  // the scale: a weight at the 99.95th percentile of the non-zero ones is
  // 127; the few beyond it are clipped (they decide alone either way)
  const mags: number[] = [];
  for (let i = 0; i < avg.length; i++) if (avg[i] !== 0) mags.push(Math.abs(avg[i]));
  mags.sort((a, b) => a - b);
  const top = mags.length ? mags[Math.min(mags.length - 1, Math.floor(mags.length * 0.9995))] : 1;
  const scale = top / 127 || 1;
  const keys: number[] = [];
  const weights: number[] = [];
  const row = new Array<number>(NTAGS);
  for (let k = 0; k < 1 << bits; k++) {
    let most = 0;
    for (let t = 0; t < NTAGS; t++) {
      const q = Math.max(-127, Math.min(127, Math.round(avg[k * NTAGS + t] / scale)));
      row[t] = q;
      most = Math.max(most, Math.abs(q));
    }
    if (most === 0 || most < prune) continue;
    keys.push(k);
    weights.push(...row);
  }
  const trans = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) trans[i] = tw[i] - tu[i] / c;
  return { bits, trans, keys, weights, scale, outside: 0 };
}
