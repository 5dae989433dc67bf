// Messages between the content script, the popup and the background.
// One discriminated union so each side's handler is checked by the compiler.
import type { Attribution, Band, Kind, Source, Summary } from './sourcing/types';
import type { AnalysisPiece } from './page/incremental';

/** What the page is doing, as the popup shows it. */
export type PageStatus =
  | 'off' // highlights switched off (or not yet on for a non-article page)
  | 'analysing'
  | 'ready'
  | 'error';

/** One attribution as the popup lists it (no page text beyond the snippet). */
export interface AttributionItem {
  index: number;
  kind: Kind;
  kinds: Kind[];
  band: Band;
  score: number | null;
  /** First words of the sentence. */
  snippet: string;
  cue: string;
  source: string | null;
  reasons: string[];
}

/** One voice as the popup's Sources view lists it. */
export interface SourceItem {
  id: number;
  kind: Kind;
  /** The name as first given ("Guo Jiakun", "sources familiar with the matter"). */
  name: string;
  role?: string;
  /** How many of the shown attributions it backs. */
  claims: number;
  /** The index (as in `AttributionItem.index`) of its first attribution. */
  first: number;
}

/** The popup's roster from the page's: the first MAX_LISTED voices, names as
 * one line (the page's text keeps its line breaks). */
export function toSourceItems(sources: readonly Source[]): SourceItem[] {
  const line = (s: string) => s.replace(/\s+/g, ' ').trim();
  return sources.slice(0, MAX_LISTED).map((s) => {
    const item: SourceItem = {
      id: s.id,
      kind: s.kind,
      name: line(s.name),
      claims: s.attributions.length,
      first: s.attributions[0] ?? 0,
    };
    if (s.role) item.role = line(s.role);
    return item;
  });
}

/** Why a page is on or off: the reader's page choice, the site's rule, or the
 * page's own markup (news or not) under automatic mode. */
export type PageWhy =
  'page-on' | 'page-off' | 'site-always' | 'site-never' | 'news' | 'not-news' | 'auto-off';

export interface PageState {
  url: string;
  title: string;
  status: PageStatus;
  enabled: boolean;
  /** The page declares itself a news article (lib/page/news-signals.ts). */
  isArticle: boolean;
  /** Why it is on or off; absent until decided. */
  why?: PageWhy;
  summary: Summary | null;
  /** The first MAX_LISTED attributions shown on the page, in reading order. */
  items: AttributionItem[];
  /** How many the page shows: more than `items` holds on a page of thousands. */
  itemsTotal: number;
  /** Who is speaking: the first MAX_LISTED voices of the shown attributions. */
  sources?: SourceItem[];
  /** How many voices there are in all. */
  sourcesTotal?: number;
  /** The roster in one line ("9 sources: 5 named people, …"); '' when none. */
  sourcesLine?: string;
  error?: string;
}

/** Attributions listed in a state reply: a popup list is for picking one, and
 * a page of 10,000 would make every reply (and the popup) slow to build. The
 * keyboard commands still reach every badge. */
export const MAX_LISTED = 1000;

/** Sent by the content script to the background on every change. */
export interface PageReport {
  url: string;
  title: string;
  enabled: boolean;
  score: number | null;
  band: Band;
  counts: Record<Kind, number>;
}

export type Message =
  | { type: 'sourcelight:get-state' }
  /** The page's Markdown report ("Copy report"), made only when asked: on a page
   * of thousands of attributions it is megabytes, and every state reply would pay. */
  | { type: 'sourcelight:get-report' }
  | { type: 'sourcelight:set-enabled'; enabled: boolean }
  | { type: 'sourcelight:toggle' }
  | { type: 'sourcelight:focus'; index: number }
  | { type: 'sourcelight:move'; direction: 1 | -1 }
  | { type: 'sourcelight:report'; report: PageReport }
  /** A page's text for the background's analyzer (lib/background/analysis.ts);
   * no pieces: wake it and wait until it is ready. */
  | { type: 'sourcelight:analyze'; pieces: readonly AnalysisPiece[] };

export type MessageType = Message['type'];

/** Replies, by message type. */
export interface Replies {
  'sourcelight:get-state': PageState;
  /** Empty while switched off or before the first analysis. */
  'sourcelight:get-report': string;
  'sourcelight:set-enabled': PageState;
  'sourcelight:toggle': PageState;
  'sourcelight:focus': boolean;
  'sourcelight:move': boolean;
  'sourcelight:report': void;
  /** One Analysis per piece, as JSON: one string crosses between processes
   * faster than the objects it holds. */
  'sourcelight:analyze': string;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('sourcelight:')
  );
}

export type { Attribution };
