// `npm run train [-- --holdout] [--epochs N] [--limit N] [--out FILE] [--corpus DIR]`
//
// Trains the learned attribution tagger on PolNeAR's train split only
// (Newell, Margolin & Ruths, LREC 2018; ../shared/corpus/polnear/train) and
// writes its weights to public/tagger.bin. With --holdout,
// every tenth article is kept out of training and the cue and source
// begin-F1 of rules alone and rules + model are printed on it after each
// epoch (the figure to tune on; dev is only for measuring). Deterministic:
// the same data gives the same file, byte for byte.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../lib/sourcing/index.ts';
import { scanTokens } from '../../lib/sourcing/scan.ts';
import { segmentStream } from '../../lib/sourcing/segment.ts';
import { B_CUE, B_SRC, I_CUE, I_SRC } from '../../lib/sourcing/learned/features.ts';
import { decodeModel, encodeModel, resealed } from '../../lib/sourcing/learned/model.ts';
import { taggedSentences } from '../../lib/sourcing/learned/sentences.ts';
import type { Token } from '../../lib/sourcing/tokens.ts';
import { train, type Example } from './perceptron.ts';
import { readSplit, type Article, type Span } from './polnear.ts';
import { beginScores, type Scores } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_PATH = join(ROOT, 'public/tagger.bin');
export const DEFAULTS = { bits: 18, epochs: 15, seed: 20180507, prune: 32 };
/** The offsets of O tried on the held-out articles, and the precision the
 * chosen one must keep (the issue's floor is 75; a margin for new text). */
const OUTSIDE_TRIED = [0, 20, 40, 60, 80, 100, 120, 140, 160];
const MIN_PRECISION = 0.8;

/** Gold tags of a sentence's tokens from one annotation. */
function goldTags(toks: readonly Token[], cues: Span[][], sources: Span[][]): Uint8Array {
  const tags = new Uint8Array(toks.length);
  const lo = toks[0].start;
  const hi = toks[toks.length - 1].end;
  const mark = (spans: Span[][], begin: number, inside: number) => {
    for (const frags of spans) {
      if (frags[frags.length - 1][1] <= lo || frags[0][0] >= hi) continue;
      let first = true;
      for (const [s, e] of frags)
        for (let i = 0; i < toks.length; i++) {
          const t = toks[i];
          if (t.start < s || t.start >= e) continue;
          if (tags[i] === 0) tags[i] = first ? begin : inside;
          first = false;
        }
    }
  };
  mark(cues, B_CUE, I_CUE);
  mark(sources, B_SRC, I_SRC);
  return tags;
}

/** The examples of one article: each sentence once per annotation. */
export function examplesOf(article: Article): Example[] {
  const { text } = article;
  const rules = analyze(text).attributions;
  const ts = scanTokens(text);
  const out: Example[] = [];
  for (const sen of taggedSentences(text, ts, segmentStream(text, ts), rules)) {
    for (const ann of article.annotations)
      out.push({
        feats: sen.feats,
        n: sen.toks.length,
        gold: goldTags(sen.toks, ann.cues, ann.sources),
      });
  }
  return out;
}

export interface TrainRun {
  bytes: Uint8Array;
  examples: number;
}

/** The O offset with the best cue begin-F1 on the held-out articles among
 * those keeping cue and source precision at MIN_PRECISION (0 if none does). */
export function chooseOutside(
  bytes: Uint8Array,
  held: readonly Article[],
  log: (s: string) => void,
): Uint8Array {
  const d = decodeModel(bytes);
  if (!d.ok) throw new Error(d.reason);
  let best = 0;
  let bestF1 = -1;
  for (const outside of OUTSIDE_TRIED) {
    d.model.outside = outside;
    const s = beginScores(held, (t) => analyze(t, { model: d.model }));
    log(`O offset ${outside}: ${line(s)}`);
    if (s.cue.p >= MIN_PRECISION && s.source.p >= MIN_PRECISION && s.cue.f1 > bestF1) {
      best = outside;
      bestF1 = s.cue.f1;
    }
  }
  log(`chosen O offset: ${best}`);
  const out = bytes.slice();
  new DataView(out.buffer).setFloat32(16, best, true);
  return resealed(out);
}

/** Trains on the articles; reports each epoch to `onEpoch` when given. */
export function trainOn(
  articles: readonly Article[],
  opts: { bits: number; epochs: number; seed: number; prune: number },
  onEpoch?: (epoch: number, bytes: Uint8Array, mistakes: number) => void,
): TrainRun {
  const examples = articles.flatMap(examplesOf);
  const data = train(examples, {
    ...opts,
    onEpoch: onEpoch ? (e, m, k) => onEpoch(e, encodeModel(m), k) : undefined,
  });
  return { bytes: encodeModel(data), examples: examples.length };
}

const pct = (x: number) => (100 * x).toFixed(1);
const line = (s: Scores) =>
  `cue begin F1 ${pct(s.cue.f1)} (P ${pct(s.cue.p)} R ${pct(s.cue.r)}), source begin F1 ${pct(s.source.f1)} (P ${pct(s.source.p)} R ${pct(s.source.r)})`;

function main(): void {
  const { values } = parseArgs({
    options: {
      holdout: { type: 'boolean', default: false },
      epochs: { type: 'string' },
      bits: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string' },
      corpus: { type: 'string' },
    },
  });
  const corpus = resolve(values.corpus ?? join(ROOT, '../shared/corpus/polnear/train'));
  const opts = {
    ...DEFAULTS,
    epochs: Number(values.epochs ?? DEFAULTS.epochs),
    bits: Number(values.bits ?? DEFAULTS.bits),
  };
  if (!(opts.epochs >= 1) || !(opts.bits >= 10 && opts.bits <= 24)) {
    console.error('train: --epochs must be at least 1 and --bits between 10 and 24');
    process.exit(2);
  }
  const t0 = Date.now();
  const all = readSplit(corpus, Number(values.limit ?? Infinity));
  // every tenth article is held out to choose the O offset (and, with
  // --holdout, to follow each epoch); dev is never read here
  const held = all.filter((_, i) => i % 10 === 9);
  const used = all.filter((_, i) => i % 10 !== 9);
  console.log(
    `PolNeAR train: ${used.length} articles for training${held.length ? `, ${held.length} held out` : ''}`,
  );
  if (values.holdout) console.log(`held out, rules alone: ${line(beginScores(held, analyze))}`);
  const run = trainOn(used, opts, (epoch, bytes, mistakes) => {
    let msg = `epoch ${epoch}: ${mistakes} sentences wrong, model ${bytes.length} bytes`;
    if (values.holdout && epoch % 5 === 0) {
      const d = decodeModel(bytes);
      if (!d.ok) throw new Error(d.reason);
      msg += `; held out, rules + model: ${line(beginScores(held, (t) => analyze(t, { model: d.model })))}`;
    }
    console.log(msg);
  });
  const bytes = held.length ? chooseOutside(run.bytes, held, console.log) : run.bytes;
  const out = resolve(values.out ?? MODEL_PATH);
  writeFileSync(out, bytes);
  console.log(
    `${run.examples} sentences, ${opts.epochs} epochs, ${((Date.now() - t0) / 1000).toFixed(1)} s: wrote ${out} (${bytes.length} bytes)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
