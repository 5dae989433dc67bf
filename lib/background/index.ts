// The background's work (Chrome's service worker, Firefox's event page): the
// per-tab toolbar badge and tooltip, the keyboard commands and the context-menu
// entry. Every listener is attached synchronously by `registerBackground` when
// the worker starts, as MV3 requires, so an event that wakes the worker finds
// its listener. No call here may leave a rejection unhandled: a tab can close
// between any two calls, and Chrome throws (synchronously) on a bad argument.
import type { Band } from '../sourcing/types';
import { isMessage, type Message, type PageReport } from '../messages';
import { BAND_COLOR } from '../ui/labels';
import { t } from '../ui/i18n';
import { normalizeUrl } from '../settings/url';
import { decide } from '../page/decide';
import { choicesFrom, STORAGE_KEYS } from '../page/stored-choices';
import { sendWaking, wakeTab, type ScriptingApi } from '../page/wake';
import type { AnalysisService } from './analysis';

export const MENU_ID = 'sourcelight-toggle';

/** The slice of the WebExtension API the background uses (injectable for tests). */
export interface BackgroundApi {
  action: {
    setBadgeText(d: { tabId?: number; text: string }): Promise<void> | void;
    setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void> | void;
    setBadgeTextColor?(d: { tabId?: number; color: string }): Promise<void> | void;
    /** A string only: Chrome throws on `null`, and keeps `''` as an empty tooltip. */
    setTitle?(d: { tabId?: number; title: string }): Promise<void> | void;
  };
  tabs: {
    sendMessage(tabId: number, message: Message): Promise<unknown>;
    query(q: {
      active: boolean;
      currentWindow?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number }[]>;
    onUpdated: Ev<
      (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => void
    >;
    onRemoved?: Ev<(tabId: number) => void>;
  };
  runtime: {
    onMessage: Ev<
      (message: unknown, sender: { tab?: { id?: number; incognito?: boolean } }) => unknown
    >;
    onInstalled: Ev<() => void>;
  };
  commands?: { onCommand: Ev<(command: string, tab?: { id?: number }) => void> };
  /** Wakes a quiet page's loader (lib/page/wake.ts). */
  scripting?: ScriptingApi;
  storage?: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  contextMenus?: {
    create(p: { id: string; title: string; contexts: string[] }, cb?: () => void): unknown;
    removeAll(cb?: () => void): unknown;
    onClicked: Ev<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>;
  };
}

interface Ev<F> {
  addListener(f: F): void;
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar shows for a tab: badge text ('' for none), its colour, the tooltip. */
export interface Toolbar {
  text: string;
  color: string | null;
  title: string;
}

/** The badge for a report: the score coloured by band, or null when there is none to show. */
export function badgeFor(report: PageReport | null | undefined): Badge | null {
  if (!report || report.enabled !== true) return null;
  const score = report.score;
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    return { text: '–', color: BAND_COLOR.none, title: t('badgeTitleNoScore') };
  }
  const s = Math.max(0, Math.min(100, Math.round(score)));
  const band: Band = report.band in BAND_COLOR ? report.band : 'none';
  return {
    text: String(s),
    color: BAND_COLOR[band],
    title: t('badgeTitle', s, t(`band_${band}`)),
  };
}

/**
 * The whole toolbar for a tab's latest report; null when the tab has none (it
 * moved to another page, or the page has no content script). With no badge the
 * tooltip still speaks for the page: "off" when it was switched off, else the
 * manifest's default title, spelt out because Chrome has no way to unset a
 * tab's title (null throws, '' is an empty tooltip); Firefox takes the same.
 */
export function toolbarFor(report: PageReport | null | undefined): Toolbar {
  const badge = badgeFor(report);
  if (badge) return badge;
  const off = typeof report === 'object' && report !== null && report.enabled === false;
  return { text: '', color: null, title: t(off ? 'badgeTitleOff' : 'actionTitle') };
}

/**
 * Runs one browser call and absorbs its failure, whether it throws at once
 * (Chrome checks arguments synchronously) or its promise rejects (a tab that
 * closed meanwhile). The call is passed as a function so a throw is caught too.
 */
async function quietly(call: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await call();
  } catch {
    // Nothing to do: the tab is gone, or this browser lacks the call.
  }
}

/** Writes `bar` to the tab's toolbar; never rejects. */
export async function showToolbar(api: BackgroundApi, tabId: number, bar: Toolbar): Promise<void> {
  const action = api.action;
  const color = bar.color;
  if (color) {
    await quietly(() => action.setBadgeBackgroundColor({ tabId, color }));
    if (action.setBadgeTextColor) {
      await quietly(() => action.setBadgeTextColor?.({ tabId, color: '#ffffff' }));
    }
  }
  await quietly(() => action.setBadgeText({ tabId, text: bar.text }));
  if (action.setTitle) await quietly(() => action.setTitle?.({ tabId, title: bar.title }));
}

/** What the background remembers per tab (lost when the worker sleeps; that is fine). */
interface TabsState {
  /** Which page each tab's toolbar speaks for: its normalised URL. */
  reportedUrl: Map<number, string>;
  /** Each tab's toolbar writes, chained so that they land in the order they were asked. */
  writes: Map<number, Promise<void>>;
}

const states = new WeakMap<BackgroundApi, TabsState>();

function stateOf(api: BackgroundApi): TabsState {
  let state = states.get(api);
  if (!state) {
    state = { reportedUrl: new Map(), writes: new Map() };
    states.set(api, state);
  }
  return state;
}

/**
 * Queues `bar` for the tab after its earlier writes. A write is several awaited
 * calls: run side by side, an "off" could land between the calls of an earlier
 * "on" and leave the old score in the tooltip. Never rejects.
 */
export function updateToolbar(api: BackgroundApi, tabId: number, bar: Toolbar): Promise<void> {
  const { writes } = stateOf(api);
  const previous = writes.get(tabId) ?? Promise.resolve();
  const next = previous.then(() => showToolbar(api, tabId, bar)).catch(() => undefined);
  writes.set(tabId, next);
  void next.then(() => {
    if (writes.get(tabId) === next) writes.delete(tabId);
  });
  return next;
}

/** The message a command sends to the page, or null for an unknown command. */
export function messageForCommand(command: string): Message | null {
  switch (command) {
    case 'toggle-highlights':
      return { type: 'sourcelight:toggle' };
    case 'next-badge':
      return { type: 'sourcelight:move', direction: 1 };
    case 'previous-badge':
      return { type: 'sourcelight:move', direction: -1 };
    default:
      return null;
  }
}

/** Sends to the given tab, else the active one; false when no content script answers. */
export async function sendToTab(
  api: BackgroundApi,
  tab: { id?: number } | undefined,
  message: Message,
): Promise<boolean> {
  let id = tab?.id;
  if (typeof id !== 'number' || id < 0) {
    try {
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      id = active?.id;
    } catch {
      return false; // no window (the browser is closing)
    }
  }
  if (typeof id !== 'number' || id < 0) return false;
  const tabId = id;
  try {
    // A quiet page (no news signal) listens only once woken; it is off, so
    // moving between its badges, which it has none of, is no reason to wake it.
    const wake = message.type !== 'sourcelight:move';
    await sendWaking(
      () => api.tabs.sendMessage(tabId, message),
      () => (wake ? wakeTab(api.scripting, tabId) : Promise.resolve(false)),
    );
    return true;
  } catch {
    return false; // chrome://, the store, or a page opened before install
  }
}

/** How long to wait before a second try at waking a page whose loader had not run yet. */
const WAKE_RETRY_MS = 500;

/**
 * A page the reader chose ("on for this page", "always on this site") that
 * has no news signal stays quiet at load (lib/page/quiet-start.ts): the
 * background wakes it once it has loaded, or moved to such a URL, and its
 * loader decides from the same settings. Never rejects.
 */
export async function wakeIfChosen(api: BackgroundApi, tabId: number, url: string): Promise<void> {
  if (!api.storage || !api.scripting || !/^https?:/i.test(url)) return;
  try {
    const choices = choicesFrom(await api.storage.local.get(STORAGE_KEYS), url);
    // On by the reader's choice alone, as the loader decides for a page with no
    // news signal; null: settings of an older version, which only the analyser reads.
    if (choices && !decide(choices, false).on) return;
    if (await wakeTab(api.scripting, tabId)) return;
    // The content script may not have run yet (it runs when the page is idle).
    await new Promise((ok) => setTimeout(ok, WAKE_RETRY_MS));
    await wakeTab(api.scripting, tabId);
  } catch {
    // A tab that closed, or storage that cannot be read: the page stays as it is.
  }
}

/** Hears each tab's report besides the toolbar (the reader's record); must not throw. */
export type ReportListener = (
  tabId: number,
  report: PageReport,
  tab: { id?: number; incognito?: boolean },
) => void;

/** Handles `sourcelight:report` from a content script; ignores everything else. */
export function onRuntimeMessage(
  api: BackgroundApi,
  message: unknown,
  sender: { tab?: { id?: number; incognito?: boolean } },
  onReport?: ReportListener,
): Promise<void> | undefined {
  if (!isMessage(message) || message.type !== 'sourcelight:report') return undefined;
  const tabId = sender?.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  const report = message.report;
  // Every report, on or off, says which page the toolbar now speaks for.
  stateOf(api).reportedUrl.set(tabId, pageKey(report?.url));
  if (onReport && sender.tab) void quietly(() => onReport(tabId, report, sender.tab!));
  return updateToolbar(api, tabId, toolbarFor(report));
}

/** A page's identity for the badge: its normalised URL (no fragment, no trackers). */
function pageKey(url: unknown): string {
  return typeof url === 'string' ? normalizeUrl(url) : '';
}

/**
 * Resets a tab's toolbar when it moves to another page. A jump to an anchor on
 * the same page keeps it; with no report on record, a load resets it.
 */
export function onTabUpdated(
  api: BackgroundApi,
  tabId: number,
  change: { status?: string; url?: string },
  tab?: { url?: string },
): Promise<void> | undefined {
  const { reportedUrl } = stateOf(api);
  const url = change.url ?? tab?.url;
  const known = reportedUrl.get(tabId);
  const moved =
    known !== undefined && url !== undefined
      ? pageKey(url) !== known
      : change.status === 'loading' || change.url !== undefined;
  if (!moved) return undefined;
  reportedUrl.delete(tabId);
  return updateToolbar(api, tabId, toolbarFor(null));
}

/** Forgets a closed tab (the browser drops its toolbar values itself). */
export function onTabRemoved(api: BackgroundApi, tabId: number): void {
  stateOf(api).reportedUrl.delete(tabId);
}

export function createMenu(api: BackgroundApi): void {
  const menus = api.contextMenus;
  if (!menus) return;
  const create = () => {
    try {
      menus.create({ id: MENU_ID, title: t('menuToggle'), contexts: ['page', 'selection'] }, () => {
        // Reading lastError keeps Chrome from logging "duplicate id" on a reinstall race.
        void (globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime
          ?.lastError;
      });
    } catch {
      // Already there.
    }
  };
  try {
    menus.removeAll(create);
  } catch {
    create();
  }
}

/** Attaches every listener; call once, synchronously, at the worker's top level. */
export function registerBackground(
  api: BackgroundApi,
  onReport?: ReportListener,
  /** Analyses the pages' text (./analysis.ts). */
  analysis?: AnalysisService,
): void {
  api.runtime.onMessage.addListener((message, sender) => {
    if (analysis && isMessage(message) && message.type === 'sourcelight:analyze')
      return analysis.handle(message.pieces);
    return onRuntimeMessage(api, message, sender, onReport);
  });

  // A navigation (or an in-page URL change) makes the old score meaningless;
  // the content script reports again once it has analysed the new page.
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    void onTabUpdated(api, tabId, change, tab);
    // A page loaded, or a single-page navigation (a new URL with no load).
    const url = change.url ?? tab?.url;
    const arrived = change.status === 'complete' || (!!change.url && change.status === undefined);
    if (url && arrived) void wakeIfChosen(api, tabId, url);
  });
  api.tabs.onRemoved?.addListener((tabId) => onTabRemoved(api, tabId));

  api.commands?.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message) void sendToTab(api, tab, message);
  });

  api.runtime.onInstalled.addListener(() => createMenu(api));
  api.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void sendToTab(api, tab, { type: 'sourcelight:toggle' });
  });
}
