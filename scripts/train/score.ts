// Cue and source begin-F1 against PolNeAR annotations, counted as
// ../shared/tools/polnear-eval.mjs counts them: the spans of every annotation
// of an article, each once; a found span matches an annotated one that
// starts where it starts.
import type { Analysis } from '../../lib/sourcing/types.ts';
import type { Article } from './polnear.ts';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}
export interface Scores {
  cue: PRF;
  source: PRF;
}

const prf = (tp: number, found: number, gold: number): PRF => {
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const dedupe = (spans: [number, number][]) => {
  const seen = new Set<string>();
  return spans.filter(([s, e]) => !seen.has(`${s}:${e}`) && !!seen.add(`${s}:${e}`));
};

export function beginScores(articles: readonly Article[], run: (text: string) => Analysis): Scores {
  const t = { cue: [0, 0, 0], source: [0, 0, 0] };
  for (const a of articles) {
    const found = run(a.text).attributions;
    for (const field of ['cue', 'source'] as const) {
      const gold = dedupe(
        a.annotations.flatMap((n) =>
          (field === 'cue' ? n.cues : n.sources).map((f) => [f[0][0], f[0][1]] as [number, number]),
        ),
      );
      const got = dedupe(
        found.flatMap((x) =>
          x[field] ? [[x[field].start, x[field].end] as [number, number]] : [],
        ),
      );
      const used = new Set<number>();
      let tp = 0;
      for (const g of gold) {
        const i = got.findIndex((p, k) => !used.has(k) && p[0] === g[0]);
        if (i >= 0) {
          used.add(i);
          tp++;
        }
      }
      t[field][0] += tp;
      t[field][1] += got.length;
      t[field][2] += gold.length;
    }
  }
  return {
    cue: prf(t.cue[0], t.cue[1], t.cue[2]),
    source: prf(t.source[0], t.source[1], t.source[2]),
  };
}
