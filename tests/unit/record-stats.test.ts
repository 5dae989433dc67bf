import { describe, expect, test } from 'vitest';
import { BANDS, KINDS, type Band } from '../../lib/sourcing/types';
import type { ReadEntry } from '../../lib/record/store';
import { chartPoints, siteRows, sortRows, timeline } from '../../lib/record/stats';

const DAY = 86_400_000;
const T0 = new Date(2026, 2, 2, 10).getTime(); // a Monday, local time

function entry(
  site: string,
  n: number,
  score: number | null,
  at: number,
  b: Partial<Record<Band, number>> = {},
): ReadEntry {
  return {
    url: `https://${site}/${n}`,
    site,
    title: `${site} ${n}`,
    at,
    score,
    counts: Object.fromEntries(KINDS.map((k) => [k, 0])) as ReadEntry['counts'],
    bands: Object.fromEntries(BANDS.map((x) => [x, b[x] ?? 0])) as ReadEntry['bands'],
  };
}

const entries = [
  entry('a.test', 1, 80, T0, { strong: 3, weak: 1 }),
  entry('a.test', 2, 61, T0 + DAY, { strong: 1, moderate: 2, none: 1 }),
  entry('b.test', 1, 30, T0 + 2 * DAY, { weak: 4 }),
  entry('c.test', 1, null, T0 + 3 * DAY, { none: 2 }),
];

describe('per site', () => {
  test('articles, average score, share of claims by band, latest date', () => {
    const rows = siteRows(entries);
    expect(rows.map((r) => [r.site, r.articles, r.average, r.claims, r.last])).toEqual([
      ['a.test', 2, 71, 8, T0 + DAY],
      ['b.test', 1, 30, 4, T0 + 2 * DAY],
      ['c.test', 1, null, 2, T0 + 3 * DAY],
    ]);
    expect(rows[0]!.share).toEqual({ strong: 0.5, moderate: 0.25, weak: 0.125, none: 0.125 });
    expect(rows[2]!.share.none).toBe(1);
  });

  test('a site with no claims has shares of 0, not NaN', () => {
    expect(siteRows([entry('d.test', 1, null, T0)])[0]!.share).toEqual({
      strong: 0,
      moderate: 0,
      weak: 0,
      none: 0,
    });
  });

  test('sorting by each column, both ways; sites without a score stay last', () => {
    const rows = siteRows(entries);
    const order = (k: Parameters<typeof sortRows>[1], d: Parameters<typeof sortRows>[2]) =>
      sortRows(rows, k, d).map((r) => r.site);
    expect(order('average', 'descending')).toEqual(['a.test', 'b.test', 'c.test']);
    expect(order('average', 'ascending')).toEqual(['b.test', 'a.test', 'c.test']);
    expect(order('site', 'descending')).toEqual(['c.test', 'b.test', 'a.test']);
    expect(order('articles', 'descending')).toEqual(['a.test', 'b.test', 'c.test']);
    expect(order('weak', 'descending')).toEqual(['b.test', 'a.test', 'c.test']);
    expect(order('last', 'ascending')).toEqual(['a.test', 'b.test', 'c.test']);
    expect(rows.map((r) => r.site)).toEqual(['a.test', 'b.test', 'c.test']); // not mutated
  });
});

describe('over time', () => {
  test('by day within a month: articles and average per day, empty days left out', () => {
    const t = timeline([...entries, entry('b.test', 2, 50, T0 + 2 * DAY + 3600_000)]);
    expect(t.unit).toBe('day');
    expect(t.points.map((p) => [p.articles, p.average])).toEqual([
      [1, 80],
      [1, 61],
      [2, 40],
      [1, null],
    ]);
    expect(new Date(t.points[0]!.start).getHours()).toBe(0);
  });

  test('by week past a month, weeks starting on Monday; undated entries are not placed', () => {
    const t = timeline([
      entry('a.test', 1, 20, T0 + 2 * DAY),
      entry('a.test', 2, 40, T0 + 4 * DAY),
      entry('a.test', 3, 90, T0 + 40 * DAY),
      entry('a.test', 4, 10, 0),
    ]);
    expect(t.unit).toBe('week');
    expect(t.points.map((p) => [p.articles, p.average])).toEqual([
      [2, 30],
      [1, 90],
    ]);
    expect(new Date(t.points[0]!.start).getDay()).toBe(1);
    expect(timeline([])).toEqual({ unit: 'day', points: [] });
  });

  test('chart points: score 100 at the top, 0 at the bottom, periods spread evenly', () => {
    const box = { width: 220, height: 120, pad: 10 };
    const pts = chartPoints(
      [
        { start: 1, articles: 1, average: 100 },
        { start: 2, articles: 1, average: null },
        { start: 3, articles: 1, average: 0 },
      ],
      box,
    );
    expect(pts.map((p) => [p.x, p.y])).toEqual([
      [10, 10],
      [210, 110],
    ]);
    expect(
      chartPoints([{ start: 1, articles: 1, average: 50 }], box).map((p) => [p.x, p.y]),
    ).toEqual([[110, 60]]);
  });
});
