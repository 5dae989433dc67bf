import { describe, expect, test } from 'vitest';
import type { PageReport, PageState } from '../../lib/messages';
import { onRuntimeMessage, type BackgroundApi } from '../../lib/background';
import { createRecorder } from '../../lib/record/recorder';
import { createRecordStore, type ReadingRecord } from '../../lib/record/store';
import { BANDS, KINDS, type Band, type Kind } from '../../lib/sourcing/types';

const counts = (n = 0) => Object.fromEntries(KINDS.map((k) => [k, n])) as Record<Kind, number>;
const bands = (n = 0) => Object.fromEntries(BANDS.map((b) => [b, n])) as Record<Band, number>;

function report(over: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://news.test/story',
    title: 'Story',
    enabled: true,
    score: 72,
    band: 'strong',
    counts: counts(1),
    ...over,
  };
}

function state(over: Partial<PageState> = {}): PageState {
  return {
    url: 'https://news.test/story',
    title: 'The story',
    status: 'ready',
    enabled: true,
    isArticle: true,
    summary: {
      total: 7,
      counts: counts(1),
      bands: { ...bands(), strong: 5, weak: 2 },
      score: 72,
      band: 'strong',
      verdict: 'x',
    },
    items: [],
    itemsTotal: 7,
    ...over,
  };
}

function setup(opts: { on?: boolean; state?: unknown } = {}) {
  let stored: unknown;
  const store = createRecordStore({
    get: async () => stored,
    set: async (v: ReadingRecord) => void (stored = structuredClone(v)),
    remove: async () => void (stored = undefined),
  });
  const flags = { on: opts.on ?? true, asked: 0 };
  const recorder = createRecorder({
    store,
    isOn: async () => flags.on,
    getState: async () => {
      flags.asked++;
      return opts.state === undefined ? state() : opts.state;
    },
  });
  return { recorder, flags, stored: () => stored as ReadingRecord | undefined };
}

describe('the background records what the tab reports', () => {
  test('on: the tab is asked for its summary and the article stored with its band counts', async () => {
    const { recorder, stored } = setup();
    expect(await recorder.onReport(3, report(), { incognito: false })).toBe('added');
    expect(stored()!.entries).toMatchObject([
      {
        url: 'https://news.test/story',
        title: 'The story',
        score: 72,
        bands: { strong: 5, weak: 2 },
      },
    ]);
  });

  test('off (the default): the tab is not even asked', async () => {
    const { recorder, flags, stored } = setup({ on: false });
    expect(await recorder.onReport(3, report(), { incognito: false })).toBe('off');
    expect(flags.asked).toBe(0);
    expect(stored()).toBeUndefined();
  });

  test('switching off stops at once: the next report records nothing', async () => {
    const { recorder, flags, stored } = setup();
    await recorder.onReport(3, report(), { incognito: false });
    flags.on = false;
    expect(
      await recorder.onReport(4, report({ url: 'https://other.test/a' }), { incognito: false }),
    ).toBe('off');
    expect(stored()!.entries).toHaveLength(1);
  });

  test('a private tab, or one whose privacy is unknown, is never recorded nor asked', async () => {
    const { recorder, flags, stored } = setup();
    expect(await recorder.onReport(3, report(), { incognito: true })).toBe('private');
    expect(await recorder.onReport(3, report(), {})).toBe('private');
    expect(await recorder.onReport(3, report(), undefined)).toBe('private');
    expect(flags.asked).toBe(0);
    expect(stored()).toBeUndefined();
  });

  test('a page switched off, still analysing or answering nonsense is not recorded', async () => {
    expect(
      await setup().recorder.onReport(3, report({ enabled: false }), { incognito: false }),
    ).toBe('skipped');
    for (const s of [state({ status: 'analysing' }), state({ summary: null }), 'junk', null]) {
      const { recorder, stored } = setup({ state: s });
      expect(await recorder.onReport(3, report(), { incognito: false })).toBe('no-summary');
      expect(stored()).toBeUndefined();
    }
  });

  test('the same figures reported again by a tab do not ask the tab again, until it reloads', async () => {
    const { recorder, flags } = setup();
    await recorder.onReport(3, report(), { incognito: false });
    expect(await recorder.onReport(3, report(), { incognito: false })).toBe('unchanged');
    expect(flags.asked).toBe(1);
    // New figures: the tab is asked again (its summary here is the same, so no write).
    expect(await recorder.onReport(3, report({ score: 40 }), { incognito: false })).toBe(
      'unchanged',
    );
    expect(flags.asked).toBe(2);
    recorder.forget(3);
    expect(await recorder.onReport(3, report({ score: 40 }), { incognito: false })).toBe(
      'unchanged',
    );
    expect(flags.asked).toBe(3);
  });

  test('onRuntimeMessage hands each report to the listener with the sender tab, and a throwing listener harms nothing', async () => {
    const api = {
      action: { setBadgeText: () => undefined, setBadgeBackgroundColor: () => undefined },
    } as unknown as BackgroundApi;
    const heard: unknown[] = [];
    const msg = { type: 'sourcelight:report', report: report() };
    await onRuntimeMessage(api, msg, { tab: { id: 5, incognito: true } }, (id, r, tab) =>
      heard.push([id, r.url, tab.incognito]),
    );
    expect(heard).toEqual([[5, 'https://news.test/story', true]]);
    await expect(
      onRuntimeMessage(api, msg, { tab: { id: 5, incognito: false } }, () => {
        throw new Error('listener failed');
      }),
    ).resolves.toBeUndefined();
    onRuntimeMessage(api, { type: 'sourcelight:get-state' }, { tab: { id: 5 } }, () =>
      heard.push('no'),
    );
    expect(heard).toHaveLength(1);
  });
});
