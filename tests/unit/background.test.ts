import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Message, PageReport } from '../../lib/messages';
import type { Kind } from '../../lib/sourcing/types';
import {
  MENU_ID,
  badgeFor,
  messageForCommand,
  registerBackground,
  type BackgroundApi,
} from '../../lib/background';
import { BAND_COLOR } from '../../lib/ui/labels';

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

function setup() {
  const sent: [number, Message][] = [];
  const sendMessage = vi.fn(async (tabId: number, message: Message) => {
    if (tabId === 666) throw new Error('Could not establish connection.');
    sent.push([tabId, message]);
    return true;
  });
  const ev = {
    message: event<(m: unknown, s: { tab?: { id?: number } }) => unknown>(),
    installed: event<() => void>(),
    updated:
      event<(id: number, c: { status?: string; url?: string }, t: { url?: string }) => void>(),
    command: event<(c: string, t?: { id?: number }) => void>(),
    menu: event<(i: { menuItemId: string | number }, t?: { id?: number }) => void>(),
  };
  const menus: { id: string; contexts: string[] }[] = [];
  const api: BackgroundApi = {
    action: fakeBrowser.action as unknown as BackgroundApi['action'],
    tabs: {
      sendMessage,
      query: async () => [{ id: 42 }],
      onUpdated: ev.updated,
    },
    runtime: { onMessage: ev.message, onInstalled: ev.installed },
    commands: { onCommand: ev.command },
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
  registerBackground(api);
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const colour = (tabId: number) => fakeBrowser.action.getBadgeBackgroundColor({ tabId });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { api, ev, sent, menus, badge, colour, flush, sendMessage };
}

const rgba = (hex: string) => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  255,
];

beforeEach(() => {
  fakeBrowser.reset();
});

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
    const { ev, badge, flush } = setup();
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
  });
});
