import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Message, PageReport } from '../../lib/messages';
import type { Kind } from '../../lib/sourcing/types';
import {
  MENU_ID,
  badgeFor,
  messageForCommand,
  registerBackground,
  sendToTab,
  toolbarFor,
  type BackgroundApi,
} from '../../lib/background';
import { BAND_COLOR } from '../../lib/ui/labels';
import { analyze } from '../../lib/sourcing';
import { createAnalysisService, type AnalysisService } from '../../lib/background/analysis';
import { t } from '../../lib/ui/i18n';

/** A minimal event: listeners in, `fire` out (returns what the listeners returned). */
function event<F extends (...args: never[]) => unknown>() {
  const listeners: F[] = [];
  return {
    addListener: (f: F) => void listeners.push(f),
    fire: (...args: Parameters<F>) => listeners.map((f) => f(...args)),
    count: () => listeners.length,
  };
}

const counts = (): Record<Kind, number> => ({
  named: 0,
  official: 0,
  document: 0,
  secondhand: 0,
  anonymous: 0,
  vague: 0,
  'non-response': 0,
});

function report(over: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://news.test/story',
    title: 'Story',
    enabled: true,
    score: 72,
    band: 'strong',
    counts: counts(),
    ...over,
  };
}

/**
 * `action` as Chromium behaves (checked in Chromium 156): a title that is not a
 * string throws at once ("Missing required property 'title'"), and any call
 * for a closed tab rejects. Backed by the fake browser so values can be read.
 */
function chromeLikeAction(closed: Set<number>, delay: (call: string) => number = () => 0) {
  const fake = fakeBrowser.action;
  const gone = (tabId?: number) =>
    tabId !== undefined && closed.has(tabId)
      ? Promise.reject(new Error(`No tab with id: ${tabId}.`))
      : null;
  const later = async (call: string, run: () => Promise<void> | void) => {
    const ms = delay(call);
    if (ms) await new Promise((r) => setTimeout(r, ms));
    await run();
  };
  return {
    setBadgeText: (d: { tabId?: number; text: string }) =>
      gone(d.tabId) ?? later('setBadgeText', () => fake.setBadgeText(d)),
    setBadgeBackgroundColor: (d: { tabId?: number; color: string }) =>
      gone(d.tabId) ?? later('setBadgeBackgroundColor', () => fake.setBadgeBackgroundColor(d)),
    setBadgeTextColor: (d: { tabId?: number; color: string }) =>
      gone(d.tabId) ?? later('setBadgeTextColor', () => fake.setBadgeTextColor(d)),
    setTitle: (d: { tabId?: number; title: unknown }) => {
      if (typeof d.title !== 'string') {
        throw new TypeError(
          "Error in invocation of action.setTitle(object details, optional function callback): Error at parameter 'details': Missing required property 'title'.",
        );
      }
      const title = d.title;
      return gone(d.tabId) ?? later('setTitle', () => fake.setTitle({ tabId: d.tabId, title }));
    },
  };
}

function setup(
  opts: {
    closed?: Set<number>;
    delay?: (call: string) => number;
    /** Tabs whose loader is quiet: no answer until woken (lib/page/wake.ts). */
    quiet?: Set<number>;
    /** storage.local as the background reads it. */
    stored?: Record<string, unknown>;
    /** The pages' analyzer (lib/background/analysis.ts). */
    analysis?: AnalysisService;
  } = {},
) {
  const sent: [number, Message][] = [];
  const quiet = opts.quiet ?? new Set<number>();
  const sendMessage = vi.fn(async (tabId: number, message: Message) => {
    if (tabId === 666 || quiet.has(tabId)) throw new Error('Could not establish connection.');
    sent.push([tabId, message]);
    return true;
  });
  const woken: number[] = [];
  const executeScript = vi.fn(async (injection: { target: { tabId: number } }) => {
    const id = injection.target.tabId;
    if (!quiet.has(id)) return [{ result: id !== 666 }];
    quiet.delete(id);
    woken.push(id);
    return [{ result: true }];
  });
  const ev = {
    message: event<(m: unknown, s: { tab?: { id?: number } }) => unknown>(),
    installed: event<() => void>(),
    updated:
      event<(id: number, c: { status?: string; url?: string }, t: { url?: string }) => void>(),
    command: event<(c: string, t?: { id?: number }) => void>(),
    menu: event<(i: { menuItemId: string | number }, t?: { id?: number }) => void>(),
    removed: event<(id: number) => void>(),
  };
  const menus: { id: string; contexts: string[] }[] = [];
  const api: BackgroundApi = {
    action: chromeLikeAction(opts.closed ?? new Set(), opts.delay),
    tabs: {
      sendMessage,
      query: async () => [{ id: 42 }],
      onUpdated: ev.updated,
      onRemoved: ev.removed,
    },
    runtime: { onMessage: ev.message, onInstalled: ev.installed },
    commands: { onCommand: ev.command },
    scripting: { executeScript },
    storage: { local: { get: async () => opts.stored ?? {} } },
    contextMenus: {
      create: (p, cb) => {
        if (menus.some((m) => m.id === p.id)) throw new Error('duplicate id');
        menus.push(p);
        cb?.();
      },
      removeAll: (cb) => {
        menus.length = 0;
        cb?.();
      },
      onClicked: ev.menu,
    },
  };
  registerBackground(api, undefined, opts.analysis);
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const colour = (tabId: number) => fakeBrowser.action.getBadgeBackgroundColor({ tabId });
  const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  /** Fires a report from a tab and waits for the toolbar writes it started. */
  const reportFrom = (tabId: number, r: PageReport) =>
    Promise.all(ev.message.fire({ type: 'sourcelight:report', report: r }, { tab: { id: tabId } }));
  return {
    api,
    ev,
    sent,
    menus,
    badge,
    colour,
    title,
    flush,
    reportFrom,
    sendMessage,
    executeScript,
    woken,
  };
}

const rgba = (hex: string) => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  255,
];

/** Rejections nobody handled while a test ran (Node reports them on the process). */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeEach(() => {
  fakeBrowser.reset();
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

const scoreTitle = (score: number, band: string) => t('badgeTitle', score, t(`band_${band}`));

describe('badgeFor', () => {
  test('score as text, colour by band', () => {
    expect(badgeFor(report({ score: 72, band: 'strong' }))).toMatchObject({
      text: '72',
      color: BAND_COLOR.strong,
    });
    expect(badgeFor(report({ score: 45.4, band: 'moderate' }))).toMatchObject({
      text: '45',
      color: BAND_COLOR.moderate,
    });
    expect(badgeFor(report({ score: 12, band: 'weak' }))?.color).toBe(BAND_COLOR.weak);
  });
  test('nothing when highlights are off or there is no report', () => {
    expect(badgeFor(report({ enabled: false }))).toBeNull();
    expect(badgeFor(null)).toBeNull();
  });
  test('a dash in grey when the page has nothing scorable', () => {
    expect(badgeFor(report({ score: null, band: 'none' }))).toMatchObject({
      text: '–',
      color: BAND_COLOR.none,
    });
  });
  test('out-of-range and unknown values are clamped, not shown raw', () => {
    expect(badgeFor(report({ score: 250 }))?.text).toBe('100');
    expect(badgeFor(report({ score: -3 }))?.text).toBe('0');
    // @ts-expect-error: a band from a confused sender
    expect(badgeFor(report({ band: 'superb' }))?.color).toBe(BAND_COLOR.none);
  });
});

describe('toolbarFor', () => {
  test('a score: the badge and a tooltip that gives it', () => {
    expect(toolbarFor(report({ score: 72, band: 'strong' }))).toEqual({
      text: '72',
      color: BAND_COLOR.strong,
      title: scoreTitle(72, 'strong'),
    });
  });
  test('switched off: no badge, and a tooltip that says so rather than the old score', () => {
    expect(toolbarFor(report({ enabled: false, score: 72 }))).toEqual({
      text: '',
      color: null,
      title: t('badgeTitleOff'),
    });
  });
  test('no report, or a malformed one: no badge and the default title, always a string', () => {
    for (const r of [null, undefined, {} as PageReport, report({ enabled: 'yes' as never })]) {
      expect(toolbarFor(r)).toEqual({ text: '', color: null, title: t('actionTitle') });
    }
  });
});

describe('toolbar badge per tab', () => {
  test('a report from a tab sets that tab only; off clears it', async () => {
    const { ev, badge, colour } = setup();
    await Promise.all(
      ev.message.fire({ type: 'sourcelight:report', report: report() }, { tab: { id: 5 } }),
    );
    await Promise.all(
      ev.message.fire(
        { type: 'sourcelight:report', report: report({ score: 20, band: 'weak' }) },
        { tab: { id: 6 } },
      ),
    );
    expect(await badge(5)).toBe('72');
    expect(await colour(5)).toEqual(rgba(BAND_COLOR.strong));
    expect(await badge(6)).toBe('20');
    expect(await colour(6)).toEqual(rgba(BAND_COLOR.weak));
    await Promise.all(
      ev.message.fire(
        { type: 'sourcelight:report', report: report({ enabled: false }) },
        { tab: { id: 5 } },
      ),
    );
    expect(await badge(5)).toBe('');
    expect(await badge(6)).toBe('20');
  });

  test('switching a page off and on: the tooltip follows, never the old score', async () => {
    const { reportFrom, badge, title } = setup();
    await reportFrom(5, report({ score: 64, band: 'moderate' }));
    expect(await title(5)).toBe(scoreTitle(64, 'moderate'));
    await reportFrom(5, report({ enabled: false, score: 64, band: 'moderate' }));
    expect(await badge(5)).toBe('');
    expect(await title(5)).toBe(t('badgeTitleOff'));
    await reportFrom(5, report({ score: 64, band: 'moderate' }));
    expect(await badge(5)).toBe('64');
    expect(await title(5)).toBe(scoreTitle(64, 'moderate'));
    expect(unhandled).toEqual([]);
  });

  test('reports that follow each other closely land in order, even when calls are slow', async () => {
    // The colour call of "on" is slow: run side by side, the later "off" would
    // finish first and the "on" would then write its score over it.
    const { ev, badge, title } = setup({
      delay: (call) => (call === 'setBadgeBackgroundColor' ? 20 : 0),
    });
    const on = ev.message.fire(
      { type: 'sourcelight:report', report: report() },
      { tab: { id: 5 } },
    );
    const off = ev.message.fire(
      { type: 'sourcelight:report', report: report({ enabled: false }) },
      { tab: { id: 5 } },
    );
    await Promise.all([...on, ...off]);
    expect(await badge(5)).toBe('');
    expect(await title(5)).toBe(t('badgeTitleOff'));
  });

  test('other messages are left for others to answer', () => {
    const { ev } = setup();
    expect(ev.message.fire({ type: 'sourcelight:get-state' }, { tab: { id: 1 } })).toEqual([
      undefined,
    ]);
    expect(ev.message.fire('hello', {})).toEqual([undefined]);
    // A report with no sender tab (e.g. from the popup) changes nothing.
    expect(ev.message.fire({ type: 'sourcelight:report', report: report() }, {})).toEqual([
      undefined,
    ]);
  });

  test('navigating to another page clears the badge; an anchor jump keeps it', async () => {
    const { ev, badge, title, flush } = setup();
    await Promise.all(
      ev.message.fire({ type: 'sourcelight:report', report: report() }, { tab: { id: 5 } }),
    );
    ev.updated.fire(5, { url: 'https://news.test/story#section-2' }, {});
    await flush();
    expect(await badge(5)).toBe('72');
    ev.updated.fire(5, { status: 'loading' }, { url: 'https://news.test/story?utm_source=x' });
    await flush();
    expect(await badge(5)).toBe('72');
    ev.updated.fire(5, { status: 'loading', url: 'https://news.test/other' }, {});
    await flush();
    expect(await badge(5)).toBe('');
    expect(await title(5)).toBe(t('actionTitle'));
  });

  test('a page switched off keeps its "off" tooltip through an anchor jump, not past a navigation', async () => {
    const { ev, reportFrom, title, flush } = setup();
    await reportFrom(5, report({ enabled: false }));
    ev.updated.fire(5, { url: 'https://news.test/story#comments' }, {});
    await flush();
    expect(await title(5)).toBe(t('badgeTitleOff'));
    ev.updated.fire(5, { status: 'loading', url: 'https://news.test/elsewhere' }, {});
    await flush();
    expect(await title(5)).toBe(t('actionTitle'));
  });

  test('a load in a tab with no report on record clears it', async () => {
    const { api, ev, badge, flush } = setup();
    await api.action.setBadgeText({ tabId: 9, text: '50' });
    ev.updated.fire(9, { status: 'complete' }, {});
    await flush();
    expect(await badge(9)).toBe('50');
    ev.updated.fire(9, { status: 'loading' }, {});
    await flush();
    expect(await badge(9)).toBe('');
  });
});

describe('no unhandled rejection', () => {
  test('closed tabs and a browser that throws: every listener settles, nothing is left unhandled', async () => {
    const closed = new Set([7]);
    const { ev, reportFrom, flush } = setup({ closed });
    // Reports and navigations for a tab that is gone: every call rejects.
    const results = [
      ...ev.message.fire({ type: 'sourcelight:report', report: report() }, { tab: { id: 7 } }),
      ...ev.message.fire(
        { type: 'sourcelight:report', report: report({ enabled: false }) },
        { tab: { id: 7 } },
      ),
      ...ev.updated.fire(7, { status: 'loading', url: 'https://news.test/next' }, {}),
      ...ev.updated.fire(8, { status: 'loading' }, {}),
    ];
    for (const r of results) await expect(Promise.resolve(r)).resolves.toBeUndefined();
    ev.removed.fire(7);
    await reportFrom(9, report({ enabled: false }));
    await flush();
    await flush();
    expect(unhandled).toEqual([]);
  });

  test('the worker-level listeners never reject, even when every action call throws at once', async () => {
    const throwing = () => {
      throw new Error('Extension context invalidated.');
    };
    const { api, ev, flush } = setup();
    api.action = {
      setBadgeText: throwing,
      setBadgeBackgroundColor: throwing,
      setBadgeTextColor: throwing,
      setTitle: throwing,
    };
    const results = [
      ...ev.message.fire({ type: 'sourcelight:report', report: report() }, { tab: { id: 3 } }),
      ...ev.updated.fire(3, { status: 'loading' }, {}),
    ];
    for (const r of results) await expect(Promise.resolve(r)).resolves.toBeUndefined();
    await flush();
    expect(unhandled).toEqual([]);
  });

  test('sendToTab answers false when the tab query throws or rejects', async () => {
    const { api } = setup();
    api.tabs.query = () => {
      throw new Error('No current window');
    };
    await expect(sendToTab(api, undefined, { type: 'sourcelight:toggle' })).resolves.toBe(false);
    api.tabs.query = () => Promise.reject(new Error('No current window'));
    await expect(sendToTab(api, undefined, { type: 'sourcelight:toggle' })).resolves.toBe(false);
  });
});

describe('commands and context menu', () => {
  test('each command maps to its message', () => {
    expect(messageForCommand('toggle-highlights')).toEqual({ type: 'sourcelight:toggle' });
    expect(messageForCommand('next-badge')).toEqual({ type: 'sourcelight:move', direction: 1 });
    expect(messageForCommand('previous-badge')).toEqual({
      type: 'sourcelight:move',
      direction: -1,
    });
    expect(messageForCommand('_execute_action')).toBeNull();
  });

  test('a command goes to its tab, or to the active tab when none is given', async () => {
    const { ev, sent, flush } = setup();
    ev.command.fire('next-badge', { id: 3 });
    ev.command.fire('toggle-highlights', undefined);
    ev.command.fire('unknown-command', { id: 3 });
    await flush();
    expect(sent).toEqual([
      [3, { type: 'sourcelight:move', direction: 1 }],
      [42, { type: 'sourcelight:toggle' }],
    ]);
  });

  test('a tab with no content script does not throw', async () => {
    const { ev, sent, flush, sendMessage } = setup();
    expect(() => ev.command.fire('toggle-highlights', { id: 666 })).not.toThrow();
    await flush();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });

  test('a quiet page (no news signal) is woken, then gets the command', async () => {
    const { ev, sent, woken, flush } = setup({ quiet: new Set([5]) });
    ev.command.fire('toggle-highlights', { id: 5 });
    await flush();
    await flush();
    expect(woken).toEqual([5]);
    expect(sent).toEqual([[5, { type: 'sourcelight:toggle' }]]);
  });

  test('moving between badges does not wake a quiet page: it is off and has none', async () => {
    const { ev, sent, woken, executeScript, flush } = setup({ quiet: new Set([5]) });
    ev.command.fire('next-badge', { id: 5 });
    ev.command.fire('previous-badge', { id: 5 });
    await flush();
    await flush();
    expect(executeScript).not.toHaveBeenCalled();
    expect(woken).toEqual([]);
    expect(sent).toEqual([]);
  });

  test('the menu entry is created on install (once, even when installed twice) and toggles', async () => {
    const { ev, menus, sent, flush } = setup();
    ev.installed.fire();
    ev.installed.fire();
    expect(menus).toHaveLength(1);
    expect(menus[0].id).toBe(MENU_ID);
    expect(menus[0].contexts).toContain('page');
    ev.menu.fire({ menuItemId: MENU_ID }, { id: 8 });
    ev.menu.fire({ menuItemId: 'someone-else' }, { id: 8 });
    await flush();
    expect(sent).toEqual([[8, { type: 'sourcelight:toggle' }]]);
  });

  test('all listeners are attached at registration, before any event', () => {
    const { ev } = setup();
    expect(ev.message.count()).toBe(1);
    expect(ev.updated.count()).toBe(1);
    expect(ev.command.count()).toBe(1);
    expect(ev.installed.count()).toBe(1);
    expect(ev.menu.count()).toBe(1);
    expect(ev.removed.count()).toBe(1);
  });
});

describe('pages the reader chose are woken once loaded', () => {
  const URL_ = 'https://wiki.test/wiki/Terrarium';
  const settingsV3 = { settings: { autoOnArticles: true }, settings$: { v: 3 } };
  const wait = () => new Promise((r) => setTimeout(r, 20));

  test('"always on this site" and "on for this page" wake the page when it has loaded', async () => {
    for (const stored of [
      { ...settingsV3, siteRules: { 'wiki.test': 'always' } },
      { ...settingsV3, pageChoices: [{ url: URL_, enabled: true }] },
    ]) {
      const { ev, woken } = setup({ quiet: new Set([4]), stored });
      ev.updated.fire(4, { status: 'loading' }, { url: URL_ });
      await wait();
      expect(woken).toEqual([]);
      ev.updated.fire(4, { status: 'complete' }, { url: URL_ });
      await wait();
      expect(woken).toEqual([4]);
    }
  });

  test('a single-page navigation to a chosen page wakes it too', async () => {
    const stored = { ...settingsV3, pageChoices: [{ url: URL_, enabled: true }] };
    const { ev, woken } = setup({ quiet: new Set([4]), stored });
    ev.updated.fire(4, { url: URL_ }, { url: URL_ });
    await wait();
    expect(woken).toEqual([4]);
  });

  test('nothing chosen, "never", or switched off for the page: no wake', async () => {
    for (const stored of [
      settingsV3,
      { ...settingsV3, siteRules: { 'wiki.test': 'never' } },
      {
        ...settingsV3,
        siteRules: { 'wiki.test': 'always' },
        pageChoices: [{ url: URL_, enabled: false }],
      },
    ]) {
      const { ev, executeScript } = setup({ quiet: new Set([4]), stored });
      ev.updated.fire(4, { status: 'complete' }, { url: URL_ });
      await wait();
      expect(executeScript).not.toHaveBeenCalled();
    }
  });

  test('a page whose loader had not run yet is tried once more, half a second later', async () => {
    vi.useFakeTimers();
    try {
      const stored = { ...settingsV3, siteRules: { 'wiki.test': 'always' } };
      const { ev, executeScript, woken } = setup({ stored });
      // Not quiet and not answering: the content script has not run yet.
      executeScript.mockResolvedValueOnce([{ result: false }]);
      ev.updated.fire(4, { status: 'complete' }, { url: URL_ });
      await vi.advanceTimersByTimeAsync(0);
      expect(executeScript).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(500);
      expect(executeScript).toHaveBeenCalledTimes(2);
      expect(woken).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the pages' analysis", () => {
  const text = 'Guo Jiakun said the talks were over.';
  const analyzeMessage: Message = { type: 'sourcelight:analyze', pieces: [{ text, options: {} }] };

  test("a page's text gets its analysis, as JSON; the toolbar is left alone", async () => {
    const s = setup({ analysis: createAnalysisService(async () => null) });
    const [reply] = await Promise.all(s.ev.message.fire(analyzeMessage, { tab: { id: 7 } }));
    expect(JSON.parse(reply as string)).toEqual([analyze(text)]);
    expect(await s.badge(7)).toBe('');
    // the toolbar's own messages are still the toolbar's
    await s.reportFrom(7, report({ score: 72, band: 'strong' }));
    expect(await s.badge(7)).toBe('72');
  });

  test('without the analyzer nobody answers, and the page analyses its text itself', async () => {
    const s = setup();
    expect(s.ev.message.fire(analyzeMessage, { tab: { id: 7 } })).toEqual([undefined]);
  });
});
