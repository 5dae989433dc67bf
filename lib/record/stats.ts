// What the "Your reading" page shows, computed from the record: a row per
// site (articles, average score, share of claims by band) and the average
// score over time. Pure functions; the page only draws them.
import { BANDS, type Band } from '../sourcing/types';
import type { ReadEntry } from './store';

export interface SiteRow {
  site: string;
  articles: number;
  /** Mean of the articles' scores, rounded; null when none had a score. */
  average: number | null;
  /** Claims (attributions) over all its articles. */
  claims: number;
  /** Share of those claims per band, 0–1 (all 0 with no claims). */
  share: Record<Band, number>;
  /** The latest article's date. */
  last: number;
}

function mean(xs: number[]): number | null {
  return xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
}

export function siteRows(entries: readonly ReadEntry[]): SiteRow[] {
  const groups = new Map<string, ReadEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.site);
    if (g) g.push(e);
    else groups.set(e.site, [e]);
  }
  return [...groups].map(([site, list]) => {
    const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
    for (const e of list) for (const b of BANDS) bands[b] += e.bands[b];
    const claims = BANDS.reduce((n, b) => n + bands[b], 0);
    const share = Object.fromEntries(
      BANDS.map((b) => [b, claims ? bands[b] / claims : 0]),
    ) as Record<Band, number>;
    return {
      site,
      articles: list.length,
      average: mean(list.flatMap((e) => (e.score === null ? [] : [e.score]))),
      claims,
      share,
      last: Math.max(...list.map((e) => e.at)),
    };
  });
}

export type SortKey =
  'site' | 'articles' | 'average' | 'strong' | 'moderate' | 'weak' | 'none' | 'last';
export type SortDir = 'ascending' | 'descending';

function keyOf(row: SiteRow, key: SortKey): string | number | null {
  switch (key) {
    case 'site':
      return row.site;
    case 'articles':
      return row.articles;
    case 'average':
      return row.average;
    case 'last':
      return row.last;
    default:
      return row.share[key];
  }
}

/** Sorted copy; sites without a score go last either way; ties by site name. */
export function sortRows(rows: readonly SiteRow[], key: SortKey, dir: SortDir): SiteRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      const order = typeof x === 'string' ? x.localeCompare(String(y)) : x < Number(y) ? -1 : 1;
      return order * sign;
    }
    return a.site.localeCompare(b.site);
  });
}

export interface TimePoint {
  /** Start of the period, epoch ms (local midnight; Monday for a week). */
  start: number;
  articles: number;
  average: number | null;
}

const DAY = 86_400_000;

function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function startOfWeek(at: number): number {
  const d = new Date(startOfDay(at));
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/**
 * Articles and average score per day when the record spans up to 31 days,
 * else per week; periods with no reading are left out. Entries without a
 * date (repaired ones) have no place in time and are not counted.
 */
export function timeline(entries: readonly ReadEntry[]): {
  unit: 'day' | 'week';
  points: TimePoint[];
} {
  const dated = entries.filter((e) => e.at > 0);
  if (!dated.length) return { unit: 'day', points: [] };
  const times = dated.map((e) => e.at);
  const unit = Math.max(...times) - Math.min(...times) <= 31 * DAY ? 'day' : 'week';
  const bucket = unit === 'day' ? startOfDay : startOfWeek;
  const groups = new Map<number, ReadEntry[]>();
  for (const e of dated) {
    const k = bucket(e.at);
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const points = [...groups]
    .sort(([a], [b]) => a - b)
    .map(([start, list]) => ({
      start,
      articles: list.length,
      average: mean(list.flatMap((e) => (e.score === null ? [] : [e.score]))),
    }));
  return { unit, points };
}

/** Where each point sits in a chart of the given size: x by period order, y by score (0 at the bottom). */
export function chartPoints(
  points: readonly TimePoint[],
  box: { width: number; height: number; pad: number },
): { x: number; y: number; point: TimePoint }[] {
  const inner = box.width - 2 * box.pad;
  const step = points.length > 1 ? inner / (points.length - 1) : 0;
  return points.flatMap((point, i) =>
    point.average === null
      ? []
      : [
          {
            x: box.pad + (points.length > 1 ? i * step : inner / 2),
            y: box.pad + ((100 - point.average) / 100) * (box.height - 2 * box.pad),
            point,
          },
        ],
  );
}
