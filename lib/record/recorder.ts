// The background's side of the reader's record: each tab's report (sent for
// the toolbar) says an article was analysed; when the record is on, the tab
// is asked for its summary (the band counts are not in the toolbar report)
// and the article is stored. Nothing is asked of the tab while the record is
// off, from a private window, or when the figures have not changed.
import type { PageReport, PageState } from '../messages';
import { BANDS, KINDS } from '../sourcing/types';
import type { RecordOutcome, RecordStore } from './store';

export interface RecorderDeps {
  store: RecordStore;
  /** Whether the reader has the record switched on (read from settings each time). */
  isOn(): Promise<boolean>;
  /** The tab's state (`sourcelight:get-state`), for its summary. */
  getState(tabId: number): Promise<unknown>;
}

export type RecorderOutcome = RecordOutcome | 'skipped' | 'no-summary';

function isCounts(v: unknown, keys: readonly string[]): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'number')
  );
}

/** A state worth recording: the page is on and analysed, with a whole summary. */
function readyState(v: unknown): PageState | null {
  const s = v as Partial<PageState> | null;
  if (!s || typeof s !== 'object' || s.status !== 'ready' || s.enabled !== true) return null;
  if (typeof s.url !== 'string' || typeof s.title !== 'string') return null;
  const sum = s.summary;
  if (!sum || !isCounts(sum.counts, KINDS) || !isCounts(sum.bands, BANDS)) return null;
  return s as PageState;
}

export function createRecorder(deps: RecorderDeps) {
  // The last figures recorded per tab: a live page re-reports on every change.
  const last = new Map<number, string>();
  return {
    async onReport(
      tabId: number,
      report: PageReport,
      tab: { incognito?: boolean } | undefined,
    ): Promise<RecorderOutcome> {
      if (tab?.incognito !== false) return 'private';
      if (!report || report.enabled !== true) return 'skipped';
      const key = JSON.stringify([report.url, report.score, report.counts]);
      if (last.get(tabId) === key) return 'unchanged';
      if (!(await deps.isOn())) return 'off';
      const state = readyState(await deps.getState(tabId).catch(() => null));
      if (!state?.summary) return 'no-summary';
      const outcome = await deps.store.record(
        { url: state.url, title: state.title, summary: state.summary },
        { incognito: tab.incognito, isOn: deps.isOn },
      );
      if (outcome === 'added' || outcome === 'updated' || outcome === 'unchanged') {
        last.set(tabId, key);
      }
      return outcome;
    },
    forget(tabId: number): void {
      last.delete(tabId);
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
