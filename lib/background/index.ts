// The service worker's work: the per-tab toolbar badge, the keyboard commands
// and the context-menu entry. Every listener is attached synchronously by
// `registerBackground` when the worker starts, as MV3 requires, so an event
// that wakes the worker finds its listener.
import type { Band } from '../sourcing/types';
import { isMessage, type Message, type PageReport } from '../messages';
import { BAND_COLOR } from '../ui/labels';
import { t } from '../ui/i18n';
import { normalizeUrl } from '../settings/url';

export const MENU_ID = 'sourcelight-toggle';

/** The slice of the WebExtension API the background uses (injectable for tests). */
export interface BackgroundApi {
  action: {
    setBadgeText(d: { tabId?: number; text: string | null }): Promise<void> | void;
    setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void> | void;
    setBadgeTextColor?(d: { tabId?: number; color: string }): Promise<void> | void;
    setTitle?(d: { tabId?: number; title: string | null }): Promise<void> | void;
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
  };
  runtime: {
    onMessage: Ev<(message: unknown, sender: { tab?: { id?: number } }) => unknown>;
    onInstalled: Ev<() => void>;
  };
  commands?: { onCommand: Ev<(command: string, tab?: { id?: number }) => void> };
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
  title: string | null;
}

/** What the toolbar shows for a report: the score coloured by band, or nothing. */
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

async function quietly(p: Promise<unknown> | unknown): Promise<void> {
  try {
    await p;
  } catch {
    // A tab that closed meanwhile, or an API this browser lacks: nothing to do.
  }
}

export async function showBadge(api: BackgroundApi, tabId: number, badge: Badge | null) {
  if (!badge) return clearBadge(api, tabId);
  await quietly(api.action.setBadgeBackgroundColor({ tabId, color: badge.color }));
  if (api.action.setBadgeTextColor) {
    await quietly(api.action.setBadgeTextColor({ tabId, color: '#ffffff' }));
  }
  await quietly(api.action.setBadgeText({ tabId, text: badge.text }));
  if (api.action.setTitle) await quietly(api.action.setTitle({ tabId, title: badge.title }));
}

export async function clearBadge(api: BackgroundApi, tabId: number) {
  await quietly(api.action.setBadgeText({ tabId, text: '' }));
  // `null` restores the manifest's default title for this tab.
  if (api.action.setTitle) await quietly(api.action.setTitle({ tabId, title: null }));
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
    const [active] = await api.tabs
      .query({ active: true, lastFocusedWindow: true })
      .catch(() => [] as { id?: number }[]);
    id = active?.id;
  }
  if (typeof id !== 'number' || id < 0) return false;
  try {
    await api.tabs.sendMessage(id, message);
    return true;
  } catch {
    return false; // chrome://, the store, or a page opened before install
  }
}

/** Handles `sourcelight:report` from a content script; ignores everything else. */
export function onRuntimeMessage(
  api: BackgroundApi,
  message: unknown,
  sender: { tab?: { id?: number } },
): Promise<void> | undefined {
  if (!isMessage(message) || message.type !== 'sourcelight:report') return undefined;
  const tabId = sender?.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  const badge = badgeFor(message.report);
  if (badge) reportedUrl.set(tabId, pageKey(message.report.url));
  else reportedUrl.delete(tabId);
  return showBadge(api, tabId, badge);
}

/** Which page each tab's badge speaks for (lost when the worker sleeps; that is fine). */
const reportedUrl = new Map<number, string>();

/** A page's identity for the badge: its normalised URL (no fragment, no trackers). */
function pageKey(url: unknown): string {
  return typeof url === 'string' ? normalizeUrl(url) : '';
}

/**
 * Clears a tab's badge when it moves to another page. A jump to an anchor on
 * the same page keeps it; with no report on record, a load clears it.
 */
export function onTabUpdated(
  api: BackgroundApi,
  tabId: number,
  change: { status?: string; url?: string },
  tab?: { url?: string },
): Promise<void> | undefined {
  const url = change.url ?? tab?.url;
  const known = reportedUrl.get(tabId);
  const moved =
    known !== undefined && url !== undefined
      ? pageKey(url) !== known
      : change.status === 'loading' || change.url !== undefined;
  if (!moved) return undefined;
  reportedUrl.delete(tabId);
  return clearBadge(api, tabId);
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
export function registerBackground(api: BackgroundApi): void {
  api.runtime.onMessage.addListener((message, sender) => onRuntimeMessage(api, message, sender));

  // A navigation (or an in-page URL change) makes the old score meaningless;
  // the content script reports again once it has analysed the new page.
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    void onTabUpdated(api, tabId, change, tab);
  });

  api.commands?.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message) void sendToTab(api, tab, message);
  });

  api.runtime.onInstalled.addListener(() => createMenu(api));
  api.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void sendToTab(api, tab, { type: 'sourcelight:toggle' });
  });
}
