// The content script on real and generated pages in headless Chromium, side by
// side with mark.js (a keyword highlighter) marking the same cue phrases on
// the same page, in the same bench run.
//
// Two browsers run together: one with the built extension, one without (for
// mark.js and for the memory baseline), since the extension's content script
// matches every http page. Each round loads each page once in each browser,
// under a CDP trace; figures come from the trace's top-level tasks on the
// page's renderer main thread, as CPU time of that thread (the trace's thread
// time: a neighbour process taking the core does not count), wall-clock
// twins kept in the JSON:
//   - load: from the content script's `sourcelight:start` mark to its
//     `sourcelight:painted` mark, then on while the work it set off continues
//     (deferred badge positioning, style and layout: Trace.settleAfter);
//     mark.js: from its mark() call to its done callback, settled the same way;
//   - toggle off / on: from a mark set just before the message is sent to the
//     reply (off) or the next `painted` mark (on), settled the same way;
//   - longest task: the longest task inside those windows, max over rounds;
//   - the page's own DOM work: a page script adding and removing PAGE_DOM_OPS
//     nodes in its paragraphs, timed in the page, after the round's traced
//     steps: with the badges painted, then on the same page with Sourcelight
//     switched off (the browser updates every live Range of a document on
//     each removal: that is the tax it must not put on a page's scripts);
//     beside it, on that page while off, what one bare MutationObserver
//     watching the page as Sourcelight's does costs the same work (Blink
//     makes a record per change: the least that watching costs). Each is the
//     median of DOM_REPS runs, the bare and watched runs taken in turn, each
//     after a forced garbage collection.
// mark.js marks the cue phrases the extension found (from its state) over
// the whole <body>, with separateWordSearch and diacritics off (its fastest
// settings). Requests that leave loopback are aborted, so the saved pages'
// remote scripts, ads and images never load (in both browsers alike).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { detectNews } from '../lib/page/news-signals';
import { launchWithExtension, serveStatic, type ExtensionSession } from '../scripts/browser';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/helpers/chromium';
import { articlePage, generatedParagraphs } from '../tests/e2e/pages/hostile/generate';
import { NEWS, ROOT, corpusPages } from './corpus';
import { BASELINE_CUES } from './analyze';
import { fmtBytes, fmtMs, fmtRatio, max, median, printTable, verdict } from './stats';
import { Trace, startTrace } from './trace';
import { COUNT_BADGES } from '../tests/helpers/count-badges';

/** Quiet time after each step, so deferred work finishes and is counted. */
const SETTLE_MS = 2500;

/** Nodes the page script adds and removes for the DOM-work figure. */
const PAGE_DOM_OPS = 10_000;
/** Runs of that loop per figure and round (a single run moved ±30% between rounds). */
const DOM_REPS = 7;
/** Most the page's own DOM work may slow down with Sourcelight painted, beyond
 * what a bare MutationObserver costs it (machine noise left in the medians). */
export const PAGE_DOM_LIMIT = 1.3;

/**
 * One timed loop of the page's own DOM work: ms for PAGE_DOM_OPS insertions
 * and removals in its paragraphs; with `observed`, under a bare
 * MutationObserver on the body with the options of Sourcelight's
 * (lib/page/observer.ts).
 */
function pageDomLoop(observed: boolean): string {
  return `(() => {
  const ps = document.querySelectorAll('p');
  const at = ps.length ? ps : [document.body];
  const mo = ${observed} ? new MutationObserver(() => {}) : null;
  mo?.observe(document.body, { childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['hidden', 'aria-hidden'] });
  const t0 = performance.now();
  for (let i = 0; i < ${PAGE_DOM_OPS}; i++) {
    const s = document.createElement('span');
    s.textContent = 'x';
    at[i % at.length].append(s);
    s.remove();
  }
  const ms = performance.now() - t0;
  mo?.disconnect();
  return ms;
})()`;
}
const PAGE_DOM_LOOP = pageDomLoop(false);
const PAGE_DOM_LOOP_OBSERVED = pageDomLoop(true);

interface DomRuns {
  plain: number[];
  watched: number[];
}

/**
 * The page's own DOM work, DOM_REPS timed loops after one untimed (and, with
 * `observed`, each followed by one under a bare observer, so both meet the
 * same machine load). Each loop is its own evaluation after a forced
 * collection: the loop allocates 20,000 nodes, and a collection falling
 * inside some loops and not others (the garbage of the page's load, of the
 * analysis just done) moved the painted page's median from 66 to 95 ms
 * between two runs on 1,000 paragraphs; collected first, nine loops lay
 * within 67-74 ms (2026-12-07).
 */
async function pageDomWork(
  page: Page,
  cdp: import('playwright-core').CDPSession,
  observed: boolean,
): Promise<DomRuns> {
  const runs: DomRuns = { plain: [], watched: [] };
  const timed = async (script: string) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.evaluate(script)) as number;
  };
  await timed(PAGE_DOM_LOOP);
  for (let r = 0; r < DOM_REPS; r++) {
    runs.plain.push(await timed(PAGE_DOM_LOOP));
    if (observed) runs.watched.push(await timed(PAGE_DOM_LOOP_OBSERVED));
  }
  return runs;
}

const MARK_DIST = join(ROOT, 'node_modules', 'mark.js', 'dist');

const MARK_RUNNER = `
window.__benchMark = function (cues) {
  var inst = new Mark(document.body);
  var opts = { separateWordSearch: false, diacritics: false };
  window.__benchMarkJs = {
    mark: function () {
      return new Promise(function (resolve) {
        performance.mark('markjs:start');
        inst.mark(cues, Object.assign({}, opts, { done: function (n) {
          performance.mark('markjs:painted');
          resolve(n);
        } }));
      });
    },
    unmark: function () {
      return new Promise(function (resolve) {
        performance.mark('markjs:unmark-start');
        inst.unmark({ done: function () { performance.mark('markjs:unmark-end'); resolve(); } });
      });
    }
  };
  return window.__benchMarkJs.mark();
};`;

interface PageCase {
  name: string;
  path: string;
  bytes: number;
  paragraphs?: number;
}

/** Main-thread figures are CPU time of the page's main thread (trace tdur); wall-clock twins kept. */
interface ExtRound {
  loadMs: number;
  loadBusyWallMs: number;
  longestWallMs: number;
  loadWallMs: number;
  loadLongestMs: number;
  offMs: number;
  onMs: number;
  toggleLongestMs: number;
  badges: number;
  heap: number;
  /** The page's own DOM work (medians): with the badges painted, with Sourcelight
   * switched off, and switched off with a bare MutationObserver watching. */
  domOnMs: number;
  domOffMs: number;
  domObservedMs: number;
  /** Evaluating the content script when the page loads (it runs on every page). */
  startupMs: number;
  usedMarks: boolean;
  cues: string[];
}

interface MarkRound {
  loadMs: number;
  loadBusyWallMs: number;
  longestWallMs: number;
  longestMs: number;
  offMs: number;
  onMs: number;
  marks: number;
  heap: number;
  /** Evaluating mark.js when it is added to the page. */
  startupMs: number;
}

export interface PageFigures {
  name: string;
  bytes: number;
  badges: number;
  marks: number;
  ext: { loadMs: number; wallMs: number; offMs: number; onMs: number; longestMs: number };
  markjs: { loadMs: number; offMs: number; onMs: number; longestMs: number };
  ratio: number;
  heapAddedBytes: number;
  /** The page's own DOM work with Sourcelight painted / switched off, same page and
   * browser (ms); `observerRatio`: on that page while off, a bare MutationObserver / none. */
  pageDom: { withMs: number; withoutMs: number; ratio: number; observerRatio: number };
  /** CPU ms to evaluate the script as the page loads: Sourcelight's content script, mark.js. */
  startup: { extMs: number; markjsMs: number };
  usedMarks: boolean;
  rounds: { ext: ExtRound[]; markjs: MarkRound[] };
}

export interface PageResult {
  skipped?: string;
  pages: PageFigures[];
  scaling?: { small: string; large: string; sizeRatio: number; costRatio: number };
  goals: {
    fasterThanMarkJs: boolean | null;
    noTaskOver50ms: boolean | null;
    linearScaling: boolean | null;
    pageDomUntaxed: boolean | null;
  };
  notes: string[];
}

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

/** Asks every tab for its state and returns the tab whose page is `url`. */
async function findTab(worker: Worker, url: string): Promise<number | null> {
  return worker.evaluate(async (target) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (const t of await chrome.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const s = (await chrome.tabs.sendMessage(t.id, { type: 'sourcelight:get-state' })) as {
          url?: string;
        };
        if (s?.url === target) return t.id;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, url);
}

async function send(worker: Worker, tabId: number, message: unknown): Promise<unknown> {
  return worker.evaluate(
    ([id, m]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id as number, m),
    [tabId, message] as const,
  );
}

function countBadges(page: Page): Promise<number> {
  return page.evaluate(COUNT_BADGES) as Promise<number>;
}

/** The cue phrases the extension highlighted (from its state, else from the highlight ranges). */
async function cuesOf(page: Page, worker: Worker, tabId: number | null): Promise<string[]> {
  if (tabId !== null) {
    const state = (await send(worker, tabId, { type: 'sourcelight:get-state' }).catch(
      () => null,
    )) as { items?: { cue: string }[] } | null;
    const cues = state?.items?.map((i) => i.cue).filter(Boolean) ?? [];
    if (cues.length) return [...new Set(cues.map((c) => c.toLowerCase()))];
  }
  return page.evaluate(() => {
    const out = new Set<string>();
    const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    reg?.forEach((h, name) => {
      if (!name.startsWith('sourcelight')) return;
      h.forEach((s) => {
        // StaticRanges: the text comes from a live copy
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        out.add(r.toString().toLowerCase());
      });
    });
    return [...out];
  });
}

async function heapUsed(page: Page, cdp: import('playwright-core').CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  void page;
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function blockRemote(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    // The extension's own files (the analyser the loader imports) load too.
    if (
      u.hostname === '127.0.0.1' ||
      u.protocol === 'data:' ||
      u.protocol === 'blob:' ||
      u.protocol === 'chrome-extension:'
    )
      return route.continue();
    return route.abort();
  });
}

/** How often waitForPainted asks the page. */
const POLL_MS = 250;

/**
 * Waits until the page holds more than `after` sourcelight:painted marks;
 * false on timeout. It asks through bare CDP evaluations of one expression:
 * Playwright's waitForFunction first installs its injected script in the
 * page (an evaluation of ~20 ms) and then polls every 100 ms from a page
 * timer, both inside the load window being measured. On news/breitbart
 * that was 20-35 ms of the 66-80 ms counted as Sourcelight's load
 * (2026-12-07: 40-54 ms without it, five loads).
 */
async function waitForPainted(
  cdp: import('playwright-core').CDPSession,
  after: number,
  timeoutMs: number,
): Promise<boolean> {
  const expression = "performance.getEntriesByName('sourcelight:painted').length";
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    await new Promise((ok) => setTimeout(ok, POLL_MS));
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (typeof result.value === 'number' && result.value > after) return true;
  }
  return false;
}

async function extRound(
  session: ExtensionSession,
  url: string,
  timeoutMs: number,
): Promise<ExtRound | string> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const painted = await waitForPainted(cdp, 0, timeoutMs);
    let badges = 0;
    if (!painted) {
      // No marks: wait until badges appear and their number settles.
      const t0 = Date.now();
      let last = -1;
      while (Date.now() - t0 < timeoutMs) {
        await page.waitForTimeout(500);
        badges = await countBadges(page);
        if (badges > 0 && badges === last) break;
        last = badges;
      }
      if (badges === 0) return 'no badges and no sourcelight:painted mark';
    }
    // Idle long enough for deferred work (badge positioning) to finish untouched.
    await page.waitForTimeout(SETTLE_MS);
    badges = await countBadges(page);
    const tabId = await findTab(session.worker, page.url());
    const cues = await cuesOf(page, session.worker, tabId);
    const heap = await heapUsed(page, cdp);
    if (tabId === null) return 'the content script does not answer sourcelight:get-state';

    await page.evaluate(() => performance.mark('bench:toggle-off'));
    await send(session.worker, tabId, { type: 'sourcelight:set-enabled', enabled: false });
    await page.evaluate(() => performance.mark('bench:off-replied'));
    await page.waitForTimeout(SETTLE_MS);
    const afterOff = await countBadges(page);
    const paintedBefore = await page.evaluate(
      () => performance.getEntriesByName('sourcelight:painted').length,
    );
    await page.evaluate(() => performance.mark('bench:toggle-on'));
    await send(session.worker, tabId, { type: 'sourcelight:set-enabled', enabled: true });
    await page.evaluate(() => performance.mark('bench:on-replied'));
    if (painted) await waitForPainted(cdp, paintedBefore, timeoutMs);
    await page.waitForTimeout(SETTLE_MS);
    const afterOn = await countBadges(page);
    const events = await stop();
    // Untraced: the page's own DOM work, painted, then with Sourcelight off,
    // bare and under a bare observer in turn (each after an untimed run, so
    // no timed run meets a cold loop).
    const domOn = await pageDomWork(page, cdp, false);
    await page.waitForTimeout(500);
    await send(session.worker, tabId, { type: 'sourcelight:set-enabled', enabled: false });
    await page.waitForTimeout(500);
    const domOff = await pageDomWork(page, cdp, true);
    const domOnMs = median(domOn.plain);
    const domOffMs = median(domOff.plain);
    const domObservedMs = median(domOff.watched);
    // On again: the choice is remembered for the page, and the next round loads it afresh.
    await send(session.worker, tabId, { type: 'sourcelight:set-enabled', enabled: true });
    const trace = new Trace(events, 'bench:toggle-off');

    const start = trace.mark('sourcelight:start');
    const end = start !== null ? trace.mark('sourcelight:painted', start) : null;
    let load;
    if (start !== null && end !== null) load = trace.window(start, trace.settleAfter(end));
    else {
      const ext = trace.extTasks();
      if (ext.length === 0) return 'no extension task in the trace';
      const offAt = trace.mark('bench:toggle-off') ?? Infinity;
      const before = ext.filter((t) => t.start < offAt);
      load = trace.window(before[0].start, trace.settleAfter(before[before.length - 1].end));
    }
    const offFrom = trace.mark('bench:toggle-off')!;
    const off = trace.window(offFrom, trace.settleAfter(trace.mark('bench:off-replied', offFrom)!));
    const onFrom = trace.mark('bench:toggle-on')!;
    const onEnd =
      trace.mark('sourcelight:painted', onFrom) ?? trace.mark('bench:on-replied', onFrom)!;
    const on = trace.window(onFrom, trace.settleAfter(onEnd));
    if (afterOff !== 0) console.warn(`  ${url}: ${afterOff} badges left after toggling off`);
    if (afterOn !== badges)
      console.warn(`  ${url}: ${afterOn} badges after toggling on (was ${badges})`);
    return {
      loadMs: load.cpuMs,
      loadBusyWallMs: load.busyMs,
      loadWallMs: load.wallMs,
      loadLongestMs: load.longestCpuMs,
      longestWallMs: Math.max(load.longestMs, off.longestMs, on.longestMs),
      offMs: off.cpuMs,
      onMs: on.cpuMs,
      toggleLongestMs: Math.max(off.longestCpuMs, on.longestCpuMs),
      badges,
      heap,
      // The loader, and the analyser it imports on a page switched on.
      startupMs:
        trace.evaluationMs('/content-scripts/content.js') + trace.evaluationMs('/page-main.js'),
      domOnMs,
      domOffMs,
      domObservedMs,
      usedMarks: start !== null && end !== null,
      cues,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function markRound(
  context: BrowserContext,
  url: string,
  origin: string,
  cues: string[],
  timeoutMs: number,
): Promise<MarkRound> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForTimeout(SETTLE_MS);
    const heap = await heapUsed(page, cdp);
    await page.addScriptTag({ url: `${origin}/vendor/mark.min.js` });
    await page.addScriptTag({ url: `${origin}/bench/markrun.js` });
    type Runner = {
      __benchMark(c: string[]): Promise<number>;
      __benchMarkJs: { mark(): Promise<number>; unmark(): Promise<void> };
    };
    const marks = await page.evaluate((c) => (window as never as Runner).__benchMark(c), cues);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => (window as never as Runner).__benchMarkJs.unmark());
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => (window as never as Runner).__benchMarkJs.mark());
    await page.waitForTimeout(SETTLE_MS);
    const events = await stop();
    const trace = new Trace(events, 'markjs:start');
    const [s1, s2] = trace.marksNamed('markjs:start');
    const [e1, e2] = trace.marksNamed('markjs:painted');
    const u1 = trace.mark('markjs:unmark-start')!;
    const u2 = trace.mark('markjs:unmark-end')!;
    const load = trace.window(s1, trace.settleAfter(e1));
    const off = trace.window(u1, trace.settleAfter(u2));
    const on = trace.window(s2, trace.settleAfter(e2));
    return {
      loadMs: load.cpuMs,
      loadBusyWallMs: load.busyMs,
      longestMs: Math.max(load.longestCpuMs, off.longestCpuMs, on.longestCpuMs),
      longestWallMs: Math.max(load.longestMs, off.longestMs, on.longestMs),
      offMs: off.cpuMs,
      onMs: on.cpuMs,
      marks,
      heap,
      startupMs: trace.evaluationMs('/vendor/mark.min.js'),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** The page switches on by itself (lib/page/news-signals.ts), so its load is measured. */
function declaresNews(p: { dir: string }): boolean {
  const file = join(p.dir, 'source.html');
  return existsSync(file) && detectNews(parseHTML(readFileSync(file, 'utf8')).document).isNews;
}

/** Sourcelight slows the page's own DOM work no more than watching it must. */
function domUntaxed(f: PageFigures): boolean {
  return f.pageDom.ratio <= Math.max(1, f.pageDom.observerRatio) * PAGE_DOM_LIMIT;
}

export async function benchPages(
  opts: { rounds?: number; quick?: boolean; realPages?: number; extensionPath?: string } = {},
): Promise<PageResult> {
  const goals: PageResult['goals'] = {
    fasterThanMarkJs: null,
    noTaskOver50ms: null,
    linearScaling: null,
    pageDomUntaxed: null,
  };
  const notes: string[] = [];
  const ext = join(opts.extensionPath ?? join(ROOT, '.output', 'chrome-mv3'), 'manifest.json');
  if (!existsSync(ext)) {
    const skipped = 'no built extension: run "npm run build" first; page benchmark skipped';
    console.log(skipped);
    return { skipped, pages: [], goals, notes };
  }
  const rounds = opts.rounds ?? (opts.quick ? 1 : 3);
  const generated = new Map<string, string>();
  const cases: PageCase[] = [];
  const real = corpusPages()
    .filter((p) => p.sourceBytes > 0 && declaresNews(p))
    .sort((a, b) => b.sourceBytes - a.sourceBytes)
    .slice(0, opts.realPages ?? (opts.quick ? 1 : 3));
  if (real.length === 0 && !existsSync(NEWS))
    notes.push('corpus absent: only generated pages measured');
  for (const p of real)
    cases.push({ name: p.name, path: `/corpus/${p.name}/source.html`, bytes: p.sourceBytes });
  for (const n of [1000, 10000]) {
    const html = articlePage({
      paragraphs: generatedParagraphs(n),
      title: `Generated article, ${n} paragraphs`,
    });
    generated.set(`/gen/p${n}.html`, html);
    cases.push({
      name: `generated ${n.toLocaleString('en')} ¶`,
      path: `/gen/p${n}.html`,
      bytes: Buffer.byteLength(html),
      paragraphs: n,
    });
  }

  const server = await serveStatic(
    { '/corpus/': existsSync(NEWS) ? NEWS : tmpdir(), '/vendor/': MARK_DIST },
    [
      (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const html = generated.get(path);
        if (html !== undefined) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(html);
          return true;
        }
        if (path === '/bench/markrun.js') {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(MARK_RUNNER);
          return true;
        }
        return false;
      },
    ],
  );
  const session = await launchWithExtension({ extensionPath: opts.extensionPath });
  const plainDir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-plain-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // the --headless=new flag decides, as in launchWithExtension
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  await blockRemote(session.context);
  await blockRemote(plain);

  const figures: PageFigures[] = [];
  try {
    for (const c of cases) {
      const url = server.url(c.path);
      const extRounds: ExtRound[] = [];
      const markRounds: MarkRound[] = [];
      let failure: string | null = null;
      for (let r = 0; r < rounds; r++) {
        // A round whose trace lost a mark (or that timed out) is run once more.
        let e = await extRound(session, url, 60_000).catch((err: Error) => err.message);
        if (typeof e === 'string') {
          console.log(`  ${c.name}: round ${r + 1} failed (${e}); retrying`);
          e = await extRound(session, url, 60_000).catch((err: Error) => err.message);
        }
        if (typeof e === 'string') {
          failure = e;
          break;
        }
        extRounds.push(e);
        const cues = e.cues.length ? e.cues : BASELINE_CUES.source.slice(5, -3).split('|');
        const m = await markRound(plain, url, server.origin, cues, 60_000).catch(() =>
          markRound(plain, url, server.origin, cues, 60_000),
        );
        markRounds.push(m);
      }
      if (failure) {
        console.log(`  ${c.name}: ${failure}`);
        notes.push(`${c.name}: ${failure}`);
        continue;
      }
      const m = (f: (r: ExtRound) => number) => median(extRounds.map(f));
      const k = (f: (r: MarkRound) => number) => median(markRounds.map(f));
      figures.push({
        name: c.name,
        bytes: c.bytes,
        badges: m((r) => r.badges),
        marks: k((r) => r.marks),
        ext: {
          loadMs: m((r) => r.loadMs),
          wallMs: m((r) => r.loadWallMs),
          offMs: m((r) => r.offMs),
          onMs: m((r) => r.onMs),
          longestMs: max(extRounds.map((r) => Math.max(r.loadLongestMs, r.toggleLongestMs))),
        },
        markjs: {
          loadMs: k((r) => r.loadMs),
          offMs: k((r) => r.offMs),
          onMs: k((r) => r.onMs),
          longestMs: max(markRounds.map((r) => r.longestMs)),
        },
        ratio: median(extRounds.map((r, i) => r.loadMs / markRounds[i].loadMs)),
        heapAddedBytes: median(extRounds.map((r, i) => r.heap - markRounds[i].heap)),
        pageDom: {
          withMs: m((r) => r.domOnMs),
          withoutMs: m((r) => r.domOffMs),
          ratio: median(extRounds.map((r) => r.domOnMs / r.domOffMs)),
          observerRatio: median(extRounds.map((r) => r.domObservedMs / r.domOffMs)),
        },
        startup: { extMs: m((r) => r.startupMs), markjsMs: k((r) => r.startupMs) },
        usedMarks: extRounds.every((r) => r.usedMarks),
        rounds: {
          ext: extRounds.map((r) => ({ ...r, cues: r.cues.slice(0, 50) })),
          markjs: markRounds,
        },
      });
      const f = figures[figures.length - 1];
      console.log(
        `  ${c.name}: Sourcelight ${fmtMs(f.ext.loadMs)} (${f.badges} badges) vs mark.js ${fmtMs(f.markjs.loadMs)} (${f.marks} marks)`,
      );
    }
  } finally {
    await session.close();
    await plain.close();
    rmSync(plainDir, { recursive: true, force: true });
    await server.close();
  }

  if (figures.length === 0) return { skipped: notes.join('; '), pages: [], goals, notes };
  if (!figures.every((f) => f.usedMarks)) {
    notes.push(
      'the content script sets no sourcelight:start/sourcelight:painted marks: load time is the span of its own tasks',
    );
  }
  goals.fasterThanMarkJs = figures.every((f) => f.ext.loadMs < f.markjs.loadMs);
  goals.noTaskOver50ms = figures.every((f) => f.ext.longestMs <= 50);
  goals.pageDomUntaxed = figures.every(domUntaxed);
  const small = figures.find((f) => f.name.startsWith('generated 1,000'));
  const large = figures.find((f) => f.name.startsWith('generated 10,000'));
  let scaling: PageResult['scaling'];
  if (small && large) {
    scaling = {
      small: small.name,
      large: large.name,
      sizeRatio: large.bytes / small.bytes,
      costRatio: large.ext.loadMs / small.ext.loadMs,
    };
    // "At most ~10×": 20% over the size ratio for noise.
    goals.linearScaling = scaling.costRatio <= scaling.sizeRatio * 1.2;
  }

  printTable(
    `Content script vs mark.js in headless Chromium (${rounds} rounds, medians; main-thread CPU ms; longest = max over rounds)`,
    [
      'page',
      'HTML',
      'badges',
      'load',
      'mark.js',
      'ratio',
      'off',
      'on',
      'mark.js off/on',
      'longest',
      'mark.js longest',
      'heap +',
      'faster',
    ],
    figures.map((f) => [
      f.name,
      fmtBytes(f.bytes),
      String(f.badges),
      fmtMs(f.ext.loadMs),
      fmtMs(f.markjs.loadMs),
      fmtRatio(f.ratio),
      fmtMs(f.ext.offMs),
      fmtMs(f.ext.onMs),
      `${fmtMs(f.markjs.offMs)} / ${fmtMs(f.markjs.onMs)}`,
      fmtMs(f.ext.longestMs),
      fmtMs(f.markjs.longestMs),
      fmtBytes(f.heapAddedBytes),
      verdict(f.ext.loadMs < f.markjs.loadMs),
    ]),
  );
  printTable(
    `The page's own DOM work: ${PAGE_DOM_OPS.toLocaleString('en')} insertions and removals in its paragraphs, timed in the page (${rounds} rounds, medians)`,
    ['page', 'Sourcelight on', 'off', 'ratio', 'bare observer', `≤ ${PAGE_DOM_LIMIT}× that`],
    figures.map((f) => [
      f.name,
      fmtMs(f.pageDom.withMs),
      fmtMs(f.pageDom.withoutMs),
      fmtRatio(f.pageDom.ratio),
      fmtRatio(f.pageDom.observerRatio),
      verdict(domUntaxed(f)),
    ]),
  );
  printTable(
    `Start-up: evaluating the script as the page loads, before any analysis (${rounds} rounds, medians; main-thread CPU ms)`,
    ['page', 'Sourcelight', 'mark.js', 'ratio'],
    figures.map((f) => [
      f.name,
      fmtMs(f.startup.extMs),
      fmtMs(f.startup.markjsMs),
      fmtRatio(f.startup.extMs / Math.max(f.startup.markjsMs, 0.01)),
    ]),
  );
  console.log(`faster than mark.js on every page: ${verdict(goals.fasterThanMarkJs)}`);
  console.log(
    `no Sourcelight task over 50 ms: ${verdict(goals.noTaskOver50ms)} (longest ${fmtMs(Math.max(...figures.map((f) => f.ext.longestMs)))})`,
  );
  if (scaling) {
    console.log(
      `10× larger page: ${fmtRatio(scaling.costRatio)} the cost (page ${fmtRatio(scaling.sizeRatio)} larger; goal ≤ ~10×): ${verdict(goals.linearScaling)}`,
    );
  }
  const largestReal = figures
    .filter((f) => !f.name.startsWith('generated'))
    .sort((a, b) => b.bytes - a.bytes)[0];
  if (largestReal)
    console.log(
      `JS heap added on the largest page (${largestReal.name}): ${fmtBytes(largestReal.heapAddedBytes)}`,
    );
  for (const n of notes) console.log(`note: ${n}`);
  return { pages: figures, scaling, goals, notes };
}
