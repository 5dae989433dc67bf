// The page controller in real Chromium, with an in-memory settings store and
// a stand-in analyzer: switching on and off leaves nothing behind, changed
// paragraphs alone are re-analysed, a page that re-renders itself every
// 100 ms does not loop, settings and wrong-badge reports apply.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PageController, type SettingsApi } from '../../lib/page/controller';
import { decide } from '../../lib/page/decide';
import type { AnalyzeFn } from '../../lib/page/incremental';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlighter';
import { OVERLAY_TAG } from '../../lib/page/overlay';
import { DEFAULT_SETTINGS, type Settings, type WrongReport } from '../../lib/settings/schema';
import type { PageReport } from '../../lib/messages';
import { fakeAnalyze, fakeSummarize } from './helpers';

const PARAS = [
  'Maria Lopez said the clinic would stay open through the winter.',
  'The ministry said in a statement that funding was secure, but sources familiar with the matter said the budget had been cut.',
  'The Herald reported that two wards had closed. The contractor declined to comment.',
  'The plan was reportedly drafted in a single weekend.',
];

function memorySettings(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, kinds: [...DEFAULT_SETTINGS.kinds], ...initial };
  const watchers = new Set<(s: Settings) => void>();
  const choices = new Map<string, boolean>();
  const reports: WrongReport[] = [];
  const api: SettingsApi = {
    getSettings: async () => settings,
    watchSettings: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    decide: async (url, isNews) =>
      decide(
        { pageChoice: choices.get(url), siteRule: undefined, autoOnNews: settings.autoOnArticles },
        isNews,
      ),
    rememberPageChoice: async (url, on) => {
      choices.set(url, on);
    },
    addWrongReport: async (r) => {
      reports.push({ at: 0, ...r } as WrongReport);
    },
    getWrongReports: async () => reports,
    removeWrongReport: async ({ url, at }) => {
      const i = reports.findIndex((r) => r.url === url && r.at === at);
      if (i >= 0) reports.splice(i, 1);
    },
  };
  return {
    api,
    choices,
    reports,
    watcherCount: () => watchers.size,
    set(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      for (const w of watchers) w(settings);
    },
  };
}

let controller: PageController | null = null;
let reports: PageReport[] = [];

function makeController(
  store = memorySettings(),
  extra: { analyze?: AnalyzeFn; prepare?: () => void } = {},
) {
  reports = [];
  controller = new PageController({
    doc: document,
    analyze: extra.analyze ?? fakeAnalyze,
    prepare: extra.prepare,
    summarize: fakeSummarize,
    settings: store.api,
    report: (r) => reports.push(r),
    log: (e) => {
      throw e;
    },
    observe: { wait: 150, maxWait: 400 },
    navigationDelay: 20,
  });
  return controller;
}

function setArticle(paras: string[], asArticle = true): HTMLElement {
  const root = document.createElement(asArticle ? 'article' : 'div');
  root.style.cssText = 'font: 16px/1.6 Georgia, serif; width: 360px; margin: 16px';
  for (const t of paras) {
    const p = document.createElement('p');
    p.textContent = t;
    root.append(p);
  }
  document.body.replaceChildren(root);
  return root;
}

function badges(): HTMLElement[] {
  const host = document.querySelector(OVERLAY_TAG);
  return host ? [...host.shadowRoot!.querySelectorAll<HTMLElement>('[data-sourcelight-kind]')] : [];
}

function highlightCount(): number {
  return Object.values(HIGHLIGHT_NAMES).reduce(
    (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
    0,
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

beforeEach(() => {
  // <meta name=news_keywords> makes the test page news for lib/page/news-signals.ts.
  const meta = document.createElement('meta');
  meta.setAttribute('name', 'news_keywords');
  meta.setAttribute('content', 'bridge, council');
  meta.id = 'og';
  document.head.append(meta);
});

afterEach(() => {
  controller?.dispose();
  controller = null;
  document.getElementById('og')?.remove();
  document.body.replaceChildren();
});

test('an article is painted at start: every kind, highlights, a report', async () => {
  setArticle(PARAS);
  const c = makeController();
  await c.start();
  expect(c.status).toBe('ready');
  expect(badges().map((b) => b.dataset.sourcelightKind)).toEqual([
    'named',
    'official',
    'anonymous',
    'secondhand',
    'non-response',
    'vague',
  ]);
  expect(highlightCount()).toBe(6);
  const last = reports[reports.length - 1];
  expect(last.enabled).toBe(true);
  expect(last.counts.anonymous).toBe(1);
  expect(last.score).toBe(fakeSummarize(fakeAnalyze(PARAS.join('\n\n')).attributions).score);
  const state = c.state();
  expect(state.items).toHaveLength(6);
  expect(state.items[2]).toMatchObject({ index: 2, kind: 'anonymous', cue: 'said' });
  expect(state.items[2].snippet).toMatch(/^The ministry said/);
});

test('a page that is not an article waits until switched on, and the choice is remembered', async () => {
  document.getElementById('og')?.remove();
  setArticle(['Maria Lopez said hello.'], false);
  const store = memorySettings();
  const c = makeController(store);
  // Until the settings are read, the page is undecided, not off: a popup
  // opened then keeps asking instead of showing "off" for a page about to switch on.
  const starting = c.start();
  expect(c.state().status).toBe('analysing');
  await starting;
  expect(c.state().status).toBe('off');
  expect(c.enabled).toBe(false);
  expect(badges()).toHaveLength(0);
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  const state = await c.setEnabled(true);
  expect(state.enabled).toBe(true);
  expect(badges()).toHaveLength(1);
  expect(store.choices.get(location.href)).toBe(true);
});

test('settings that cannot be read leave the page off, not undecided', async () => {
  setArticle(PARAS);
  const store = memorySettings();
  store.api.getSettings = () => Promise.reject(new Error('storage unavailable'));
  const c = makeController(store);
  await expect(c.start()).rejects.toThrow('storage unavailable');
  expect(c.state().status).toBe('off');
  expect(badges()).toHaveLength(0);
});

test('switching off leaves nothing: no overlay, style, highlights, observer or watcher', async () => {
  const root = setArticle(PARAS);
  const store = memorySettings();
  const c = makeController(store);
  await c.start();
  expect(badges().length).toBeGreaterThan(0);
  expect(store.watcherCount()).toBe(1);
  const html = root.outerHTML;
  await c.toggle();
  expect(c.enabled).toBe(false);
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  expect(document.querySelector('[data-sourcelight]')).toBeNull();
  expect(document.adoptedStyleSheets).toHaveLength(0);
  expect(highlightCount()).toBe(0);
  expect(store.watcherCount()).toBe(0);
  expect(root.outerHTML).toBe(html);
  // No observer: a change now causes no scan.
  const scans = c.scans;
  root.append(
    Object.assign(document.createElement('p'), { textContent: 'Maria Lopez said more.' }),
  );
  await sleep(300);
  expect(c.scans).toBe(scans);
  expect(reports[reports.length - 1]).toMatchObject({ enabled: false, score: null });
  // And on again.
  await c.toggle();
  expect(badges()).toHaveLength(7);
});

test('an appended paragraph is analysed alone; the rest comes from the cache', async () => {
  const root = setArticle(PARAS);
  const c = makeController();
  await c.start();
  const before = badges();
  const scans = c.scans;
  const p = document.createElement('p');
  p.textContent = 'Later, sources familiar with the matter said the wards would reopen.';
  root.append(p);
  await until(() => c.scans > scans);
  expect(c.lastScan.analysed).toBe(1);
  expect(c.lastScan.reused).toBe(PARAS.length);
  const after = badges();
  expect(after).toHaveLength(7);
  // Unchanged badges keep their elements.
  expect(after.slice(0, 6)).toEqual(before);
});

test('a page re-rendering its article every 100 ms does not loop and keeps its badges', async () => {
  const root = setArticle(PARAS);
  const c = makeController();
  await c.start();
  const rerender = setInterval(() => {
    // What a framework does: new nodes, same text.
    root.replaceChildren(
      ...PARAS.map((t) => Object.assign(document.createElement('p'), { textContent: t })),
    );
  }, 100);
  const scans = c.scans;
  await sleep(1200);
  clearInterval(rerender);
  const during = c.scans - scans;
  // maxWait is 400 ms in this test: at most ~4 scans in 1.2 s, never one per mutation.
  expect(during).toBeGreaterThan(0);
  expect(during).toBeLessThanOrEqual(7);
  await sleep(400);
  const settled = c.scans;
  await sleep(500);
  expect(c.scans).toBe(settled); // quiet page, quiet extension
  expect(badges()).toHaveLength(6);
  // The highlights point at the live nodes, not the replaced ones.
  const h = CSS.highlights.get(HIGHLIGHT_NAMES.strong)!;
  for (const r of h) {
    expect(r.startContainer.isConnected).toBe(true);
    // Static, not live: the browser updates every live Range on each node the page removes.
    expect(r).toBeInstanceOf(StaticRange);
  }
  // Re-renders with the same text are analysed from the cache.
  expect(c.lastScan.analysed).toBe(0);
});

test("a page that replaces its article between the scan's steps still gets its badges", async () => {
  // A framework rendering on every task: the article element found by one of
  // the scan's steps is off the page by the next one.
  setArticle(PARAS);
  let rendering = true;
  const render = () => {
    if (!rendering) return;
    setArticle(PARAS);
    setTimeout(render, 0);
  };
  setTimeout(render, 0);
  const c = makeController();
  await c.start();
  rendering = false;
  expect(c.status).toBe('ready');
  expect(c.state().items).toHaveLength(6);
  // No report ever told the toolbar the article had no attributions.
  const totals = reports
    .filter((r) => r.enabled && r.score !== null)
    .map((r) => Object.values(r.counts).reduce((a, b) => a + b, 0));
  expect(totals.length).toBeGreaterThan(0);
  expect(totals.every((t) => t === 6)).toBe(true);
  // Once the page is still, the badges and highlights are on its live article.
  await until(
    () =>
      badges().length === 6 &&
      [...CSS.highlights.get(HIGHLIGHT_NAMES.strong)!].every((r) => r.startContainer.isConnected),
  );
});

test("the analyzer's tables are built once, in a task before the first analysis", async () => {
  setArticle(PARAS);
  const calls: string[] = [];
  let taskEnded = false;
  const c = makeController(memorySettings(), {
    prepare: () => {
      calls.push('prepare');
      // runs after the task that called prepare() has ended
      setTimeout(() => (taskEnded = true), 0);
    },
    analyze: (text: string) => {
      calls.push(taskEnded ? 'analyze in a later task' : 'analyze in the same task');
      return fakeAnalyze(text);
    },
  });
  await c.start();
  expect(calls[0]).toBe('prepare');
  expect(calls[1]).toBe('analyze in a later task');
  const n = calls.length;
  document
    .querySelector('article')!
    .append(Object.assign(document.createElement('p'), { textContent: 'Ines Calder said so.' }));
  await until(() => calls.length > n);
  expect(calls.filter((x) => x === 'prepare')).toHaveLength(1);
});

test('settings apply at once: minimum band and kinds', async () => {
  setArticle(PARAS);
  const store = memorySettings();
  const c = makeController(store);
  await c.start();
  store.set({ minBand: 'strong' });
  await until(() => badges().length === 2);
  expect(badges().map((b) => b.dataset.sourcelightKind)).toEqual(['named', 'official']);
  store.set({ minBand: 'all', kinds: ['anonymous', 'non-response'] });
  await until(() => badges().length === 2 && badges()[0].dataset.sourcelightKind === 'anonymous');
  expect(badges()[1].dataset.sourcelightScore).toBe('');
  expect(c.state().items.map((i) => i.kind)).toEqual(['anonymous', 'non-response']);
});

test('a badge marked wrong is stored, hidden, and stays hidden on the next visit', async () => {
  setArticle(PARAS);
  const store = memorySettings();
  const c = makeController(store);
  await c.start();
  const anon = badges().find((b) => b.dataset.sourcelightKind === 'anonymous')!;
  anon.focus();
  const host = document.querySelector(OVERLAY_TAG)!;
  (host.shadowRoot!.querySelector('.wrong') as HTMLButtonElement).click();
  await until(() => badges().length === 5);
  expect(store.reports).toHaveLength(1);
  expect(store.reports[0]).toMatchObject({
    kind: 'anonymous',
    score: 22,
    cue: 'said',
    sentence:
      'The ministry said in a statement that funding was secure, but sources familiar with the matter said the budget had been cut.',
  });
  expect(highlightCount()).toBe(5);
  c.dispose();
  const again = makeController(store);
  await again.start();
  expect(badges().map((b) => b.dataset.sourcelightKind)).not.toContain('anonymous');
  expect(badges()).toHaveLength(5);
});

test('focus and move from messages reach the badges in order', async () => {
  setArticle(PARAS);
  const c = makeController();
  await c.start();
  expect(c.focus(2)).toBe(true);
  const root = document.querySelector(OVERLAY_TAG)!.shadowRoot!;
  expect(root.activeElement).toBe(badges()[2]);
  expect(c.move(1)).toBe(true);
  expect(root.activeElement).toBe(badges()[3]);
  expect(c.move(-1)).toBe(true);
  expect(root.activeElement).toBe(badges()[2]);
});

test('removing the article entirely clears its badges', async () => {
  setArticle(PARAS);
  const c = makeController();
  await c.start();
  const scans = c.scans;
  document.body.replaceChildren(
    Object.assign(document.createElement('div'), { textContent: 'Nothing here.' }),
  );
  await until(() => c.scans > scans);
  expect(badges()).toHaveLength(0);
  expect(highlightCount()).toBe(0);
});
