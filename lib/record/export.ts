// Export of the reader's record as JSON (everything, for a program) and CSV
// (for a spreadsheet). Titles come from web pages, so a CSV cell is quoted
// when it holds a comma, quote or line break, and a cell that a spreadsheet
// would run as a formula (=, +, -, @, tab, carriage return first) is
// neutralised with a leading apostrophe.
import { BANDS, KINDS } from '../sourcing/types';
import type { ReadEntry } from './store';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell, RFC 4180 quoting, spreadsheet formulas made inert. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'date',
  'site',
  'title',
  'url',
  'score',
  ...KINDS.map((k) => `kind_${k}`),
  ...BANDS.map((b) => `band_${b}`),
] as const;

function isoDate(at: number): string {
  return at > 0 ? new Date(at).toISOString() : '';
}

/** The record as CSV, one article a row, oldest first; CRLF line ends. */
export function toCsv(entries: readonly ReadEntry[]): string {
  const rows = entries.map((e) =>
    [
      csvCell(isoDate(e.at)),
      csvCell(e.site),
      csvCell(e.title),
      csvCell(e.url),
      csvCell(e.score),
      ...KINDS.map((k) => csvCell(e.counts[k])),
      ...BANDS.map((b) => csvCell(e.bands[b])),
    ].join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The record as JSON: every field of every entry, with its date spelt out. */
export function toJson(entries: readonly ReadEntry[], exported = new Date()): string {
  const data = {
    format: 'sourcelight-reading',
    version: 1,
    exported: exported.toISOString(),
    // Fields and counts in a fixed order (browser storage hands objects back
    // with their keys sorted), so two exports of one record are the same file.
    articles: entries.map((e) => ({
      url: e.url,
      site: e.site,
      title: e.title,
      date: isoDate(e.at),
      at: e.at,
      score: e.score,
      counts: Object.fromEntries(KINDS.map((k) => [k, e.counts[k]])),
      bands: Object.fromEntries(BANDS.map((b) => [b, e.bands[b]])),
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}
