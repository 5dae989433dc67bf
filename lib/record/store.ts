// The reader's own record ("Your reading"): one small entry per article
// analysed, kept in this browser's local extension storage only when the
// reader has switched it on. An entry holds the site, title, URL, date, score
// and counts per kind and band, never the article's text. The functions here
// are pure or work over a two-call storage interface, so they are tested
// without a browser.
import { BANDS, KINDS, type Band, type Kind, type Summary } from '../sourcing/types';
import { hostOf, normalizeUrl } from '../settings/url';

/** Most articles kept; past it the oldest is dropped. About 0.7 MB of storage. */
export const RECORD_CAP = 2000;
/** Titles are clipped: a title is for recognising the article, not for reading it. */
export const TITLE_MAX = 300;

export interface ReadEntry {
  /** Normalised page URL (no fragment, no tracking parameters): the entry's identity. */
  url: string;
  /** Host without "www.". */
  site: string;
  title: string;
  /** When the article was last analysed, epoch milliseconds. */
  at: number;
  /** Page score 0–100, or null when nothing on it could be scored. */
  score: number | null;
  counts: Record<Kind, number>;
  bands: Record<Band, number>;
}

/** What a repair of the stored record found, shown once on the "Your reading" page. */
export interface RepairNotice {
  /** Entries kept after a field was fixed (a bad score, a missing count). */
  fixed: number;
  /** Entries that could not be read (no usable URL) and were left out. */
  dropped: number;
  /** The stored value as a whole was not a record (not an object with a list). */
  unreadable: boolean;
}

export interface ReadingRecord {
  /** Oldest first. */
  entries: ReadEntry[];
  notice?: RepairNotice;
}

/** Where the record lives: in the extension, one `storage.local` item. */
export interface RecordStorage {
  get(): Promise<unknown>;
  set(value: ReadingRecord): Promise<void>;
  remove(): Promise<void>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0;
}

function tally<K extends string>(keys: readonly K[], v: unknown): Record<K, number> {
  const src = isObject(v) ? v : {};
  return Object.fromEntries(keys.map((k) => [k, count(src[k])])) as Record<K, number>;
}

function cleanTitle(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX) : '';
}

function cleanScore(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v)
    ? Math.max(0, Math.min(100, Math.round(v)))
    : null;
}

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isTally(keys: readonly string[], v: unknown): boolean {
  return isObject(v) && Object.keys(v).length === keys.length && keys.every((k) => isCount(v[k]));
}

/**
 * Whether a stored entry is already in shape (as every entry this module
 * wrote is): the record is read on every report, and parsing 2,000 URLs each
 * time would cost far more than these checks.
 */
function inShape(v: unknown): v is ReadEntry {
  if (!isObject(v) || Object.keys(v).length !== 7) return false;
  const { url, site, title, at, score } = v;
  return (
    typeof url === 'string' &&
    /^https?:\/\//.test(url) &&
    typeof site === 'string' &&
    site !== '' &&
    typeof title === 'string' &&
    title.length <= TITLE_MAX &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    at >= 0 &&
    (score === null || (isCount(score) && (score as number) <= 100)) &&
    isTally(KINDS, v.counts) &&
    isTally(BANDS, v.bands)
  );
}

/** Any stored value in, a valid entry out; null when it has no http(s) URL. */
export function repairEntry(v: unknown): ReadEntry | null {
  if (!isObject(v) || typeof v.url !== 'string') return null;
  const site = hostOf(v.url);
  if (!site) return null;
  return {
    url: normalizeUrl(v.url),
    site,
    title: cleanTitle(v.title),
    at: typeof v.at === 'number' && Number.isFinite(v.at) && v.at > 0 ? v.at : 0,
    score: cleanScore(v.score),
    counts: tally(KINDS, v.counts),
    bands: tally(BANDS, v.bands),
  };
}

/**
 * Any stored value in, a valid record out, with what the repair did. Entries
 * are repaired field by field; one without a usable URL is left out; a later
 * duplicate of a URL wins; the cap keeps the newest.
 */
export function repairRecord(
  raw: unknown,
  cap = RECORD_CAP,
): { record: ReadingRecord; changed: boolean } {
  if (raw === undefined || raw === null) return { record: { entries: [] }, changed: false };
  const list = isObject(raw) ? raw.entries : undefined;
  const unreadable = !Array.isArray(list);
  const byUrl = new Map<string, ReadEntry>();
  let fixed = 0;
  let dropped = 0;
  for (const item of Array.isArray(list) ? list : []) {
    const e = inShape(item) ? item : repairEntry(item);
    if (!e) {
      dropped++;
      continue;
    }
    if (e !== item) fixed++;
    byUrl.delete(e.url);
    byUrl.set(e.url, e);
  }
  const entries = [...byUrl.values()].slice(-cap);
  const old = isObject(raw) ? repairNotice(raw.notice) : undefined;
  const record: ReadingRecord = { entries };
  const problem = unreadable || fixed > 0 || dropped > 0;
  if (problem || old) {
    record.notice = {
      fixed: (old?.fixed ?? 0) + fixed,
      dropped: (old?.dropped ?? 0) + dropped,
      unreadable: (old?.unreadable ?? false) || unreadable,
    };
  }
  const changed =
    problem ||
    entries.length !== (list as unknown[]).length ||
    !isObject(raw) ||
    Object.keys(raw).some((k) => k !== 'entries' && k !== 'notice') ||
    !sameNotice(record.notice, raw.notice);
  return { record, changed };
}

function sameNotice(a: RepairNotice | undefined, b: unknown): boolean {
  if (!a || !isObject(b)) return !a && b === undefined;
  return a.fixed === b.fixed && a.dropped === b.dropped && a.unreadable === b.unreadable;
}

function repairNotice(v: unknown): RepairNotice | undefined {
  if (!isObject(v)) return undefined;
  return { fixed: count(v.fixed), dropped: count(v.dropped), unreadable: v.unreadable === true };
}

/** The entry for an analysed page, or null when the page is not an http(s) page. */
export function entryFor(page: {
  url: string;
  title: string;
  summary: Pick<Summary, 'score' | 'counts' | 'bands'>;
  at: number;
}): ReadEntry | null {
  return repairEntry({
    url: page.url,
    title: page.title,
    at: page.at,
    score: page.summary.score,
    counts: page.summary.counts,
    bands: page.summary.bands,
  });
}

/** Adds or updates (same URL) an entry; the updated one becomes the newest; capped. */
export function upsert(entries: readonly ReadEntry[], entry: ReadEntry, cap = RECORD_CAP) {
  return [...entries.filter((e) => e.url !== entry.url), entry].slice(-cap);
}

/** Whether two entries say the same thing but for their date. */
function sameButDate(a: ReadEntry, b: ReadEntry): boolean {
  return JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 });
}

export type RecordOutcome = 'added' | 'updated' | 'unchanged' | 'off' | 'private' | 'not-a-page';

export interface RecordStore {
  /** The record, repaired; a repair is written back with its notice. */
  load(): Promise<ReadingRecord>;
  /**
   * Records one analysed page. `isOn` is asked just before writing, so a
   * switch-off stops recording at once; a private (incognito) tab never is.
   */
  record(
    page: { url: string; title: string; summary: Pick<Summary, 'score' | 'counts' | 'bands'> },
    context: { incognito: boolean; isOn: () => Promise<boolean> },
  ): Promise<RecordOutcome>;
  /** Deletes every article of one site; returns how many went. */
  deleteSite(site: string): Promise<number>;
  /** Empties the record: the storage item itself is removed. */
  clear(): Promise<void>;
  /** Forgets the repair notice once the reader has seen it. */
  dismissNotice(): Promise<void>;
}

export function createRecordStore(
  storage: RecordStorage,
  options: { cap?: number; now?: () => number } = {},
): RecordStore {
  const cap = options.cap ?? RECORD_CAP;
  const now = options.now ?? Date.now;
  // Read-modify-write is serialised within this context (the background's
  // reports arrive in bursts from several tabs).
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<ReadingRecord> => {
    const { record, changed } = repairRecord(await storage.get(), cap);
    if (changed) await storage.set(record);
    return record;
  };

  return {
    load: () => serial(read),

    record(page, context) {
      // Decided before any storage is touched: nothing from a private window.
      if (context.incognito !== false) return Promise.resolve('private');
      const entry = entryFor({ ...page, at: now() });
      if (!entry) return Promise.resolve('not-a-page');
      return serial(async () => {
        if (!(await context.isOn())) return 'off';
        const record = await read();
        const old = record.entries.find((e) => e.url === entry.url);
        // A live page re-reports on every change: an unchanged article is not rewritten.
        if (old && sameButDate(old, entry)) return 'unchanged';
        if (!(await context.isOn())) return 'off';
        await storage.set({ ...record, entries: upsert(record.entries, entry, cap) });
        return old ? 'updated' : 'added';
      });
    },

    deleteSite(site) {
      return serial(async () => {
        const record = await read();
        const entries = record.entries.filter((e) => e.site !== site);
        const gone = record.entries.length - entries.length;
        if (gone) await storage.set({ ...record, entries });
        return gone;
      });
    },

    clear: () => serial(() => storage.remove()),

    dismissNotice() {
      return serial(async () => {
        const record = await read();
        if (record.notice) await storage.set({ entries: record.entries });
      });
    },
  };
}
