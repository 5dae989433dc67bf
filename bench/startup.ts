// What a page pays for Sourcelight as it loads: on pages that stay off (an
// encyclopedia, a how-to page, a blog post) and on news pages that switch on.
//
// Chromium, under a CDP trace of the page's renderer main thread (CPU time):
//   - loader: evaluating content-scripts/content.js (it runs on every page);
//   - analyser: evaluating page-main.js (only where the page is switched on;
//     a build from before the split has none, its whole script is "loader");
//   - all extension work: every main-thread task that runs extension code,
//     from the page's start until it settles (evaluation, the news signals,
//     reading the settings, and on news the analysis and painting). The
//     trace alone names the script only where a task calls into it by URL;
//     a task that resumes it from a promise (a timer resolving one, a storage
//     reply) shows no URL, so a CPU profile sampled beside the trace (every
//     100 µs) tells which tasks ran extension code: a task with a sample whose
//     stack holds an extension frame is the extension's, all its CPU time.
// Both browsers: time to the first badge, as the `sourcelight:painted` mark's
// time from the navigation's start (wall clock; the page's own load is in it).
// Firefox has no trace over BiDi: its off pages report only that no badge
// and no analyser came; on news, also the loader's decision time (the
// `sourcelight:decided` mark, set only where the page switches on).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serveStatic } from '../scripts/browser';
import { launchFirefoxWithExtension } from '../scripts/firefox';
import { ROOT } from './corpus';
import { fmtMs, median, printTable } from './stats';
import { Trace, startTrace } from './trace';
import { COUNT_BADGES } from '../tests/helpers/count-badges';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** Pages that must stay off, and news pages that switch on. */
const OFF_PAGES = ['negative/wikipedia', 'negative/ehow-1', 'negative/002'];
const NEWS_PAGES = ['news/guardian-1', 'news/nytimes-3'];
const SETTLE_MS = 1500;
const TIMEOUT_MS = 30_000;

export interface StartupFigures {
  page: string;
  news: boolean;
  chromium: {
    loaderEvalMs: number;
    analyserEvalMs: number;
    extensionCpuMs: number;
    firstBadgeMs: number | null;
    badges: number;
  };
  firefox?: { firstBadgeMs: number | null; decidedMs: number | null; badges: number };
}

export interface StartupResult {
  skipped?: string;
  extension: string;
  pages: StartupFigures[];
  goals: { offAtMost5ms: boolean | null };
}

const MARK_TIME = (name: string) =>
  `(() => { const e = performance.getEntriesByName(${JSON.stringify(name)})[0]; return e ? e.startTime : null; })()`;

/** Off pages: a fixed wait (a build before the loader sets no mark there); news: the first paint. */
const OFF_WAIT_MS = 2500;

async function settle(evaluate: (js: string) => Promise<unknown>, news: boolean): Promise<void> {
  const end = Date.now() + (news ? TIMEOUT_MS : OFF_WAIT_MS);
  while (news && Date.now() < end) {
    if ((await evaluate(MARK_TIME('sourcelight:painted'))) !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, news ? SETTLE_MS : Math.max(0, end - Date.now())));
}

interface CpuProfile {
  startTime: number; // µs, the trace's clock
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts sampling the page's renderer; the returned function stops it. */
async function startProfile(cdp: CDPSession): Promise<() => Promise<CpuProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
}

/** Times (ms, the trace's clock) of the samples whose stack holds a frame of a script at `prefix`. */
export function extensionSampleTimes(
  profile: CpuProfile,
  prefix = 'chrome-extension://',
): number[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url.startsWith(prefix)]));
  const ext = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    let v = ext.get(id);
    if (v === undefined) {
      const up = parent.get(id);
      v = own.get(id) === true || (up !== undefined && isExt(up));
      ext.set(id, v);
    }
    return v;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (isExt(profile.samples[i])) times.push(t / 1000);
  }
  return times;
}

/** CPU ms of the tasks that ran extension code, by the trace's URLs or by a profile sample. */
export function extensionCpu(trace: Trace, samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  let i = 0;
  let ms = 0;
  for (const t of trace.tasks) {
    while (i < sorted.length && sorted[i] < t.start) i++;
    const sampled = i < sorted.length && sorted[i] <= t.end;
    if (t.ext || sampled) ms += t.cpu;
  }
  return ms;
}

async function chromiumRound(
  open: () => Promise<Page>,
  url: string,
  news: boolean,
): Promise<StartupFigures['chromium']> {
  const page = await open();
  const cdp = await page.context().newCDPSession(page);
  const stopProfile = await startProfile(cdp);
  const stop = await startTrace(cdp);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await settle((js) => page.evaluate(js), news);
    await page.evaluate(() => performance.mark('bench:end'));
    const firstBadgeMs = (await page.evaluate(MARK_TIME('sourcelight:painted'))) as number | null;
    const badges = (await page.evaluate(COUNT_BADGES)) as number;
    const trace = new Trace(await stop(), 'bench:end');
    const samples = extensionSampleTimes(await stopProfile());
    return {
      loaderEvalMs: trace.evaluationMs('/content-scripts/content.js'),
      analyserEvalMs: trace.evaluationMs('/page-main.js'),
      extensionCpuMs: extensionCpu(trace, samples),
      firstBadgeMs,
      badges,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export async function benchStartup(
  opts: { rounds?: number; quick?: boolean; extensionPath?: string; firefoxPath?: string } = {},
): Promise<StartupResult> {
  const chromeBuild = opts.extensionPath ?? join(ROOT, '.output', 'chrome-mv3');
  // With --extension DIR/chrome-mv3, the Firefox build beside it.
  const firefoxBuild = opts.firefoxPath ?? join(chromeBuild, '..', 'firefox-mv3');
  const result: StartupResult = {
    extension: chromeBuild,
    pages: [],
    goals: { offAtMost5ms: null },
  };
  if (!existsSync(join(chromeBuild, 'manifest.json'))) {
    result.skipped = 'no built extension: run "npm run build" first; start-up benchmark skipped';
    console.log(result.skipped);
    return result;
  }
  // BENCH_STARTUP_OFF_ONLY=1: the off pages in Chromium only (a quick look at the loader);
  // BENCH_STARTUP_PAGES=news/guardian-1,...: those corpus pages only, in Chromium only.
  const offOnly = process.env.BENCH_STARTUP_OFF_ONLY === '1';
  const chosen = process.env.BENCH_STARTUP_PAGES?.split(',').filter(Boolean);
  const chromiumOnly = offOnly || !!chosen?.length;
  const pages = (chosen?.length ? chosen : [...OFF_PAGES, ...(offOnly ? [] : NEWS_PAGES)]).filter(
    (p) => existsSync(join(CORPUS, p, 'source.html')),
  );
  if (!pages.length) {
    result.skipped = 'corpus absent (../shared/corpus): start-up benchmark skipped';
    console.log(result.skipped);
    return result;
  }
  const rounds = opts.rounds ?? (opts.quick ? 2 : 5);
  const server = await serveStatic({ '/corpus/': CORPUS });
  const session = await launchWithExtension({ extensionPath: chromeBuild });
  // Remote requests fail at once, as offline; the extension's own files load.
  await session.context.route('**/*', (route) => {
    const u = route.request().url();
    return u.startsWith(server.origin) || u.startsWith('chrome-extension:')
      ? route.continue()
      : route.abort();
  });
  try {
    for (const p of pages) {
      const news = p.startsWith('news/');
      const url = server.url(`/corpus/${p}/source.html`);
      const runs: StartupFigures['chromium'][] = [];
      for (let r = 0; r < rounds; r++) {
        runs.push(await chromiumRound(() => session.context.newPage(), url, news));
      }
      const m = (f: (x: StartupFigures['chromium']) => number | null) => {
        const xs = runs.map(f).filter((x): x is number => x !== null);
        return xs.length ? median(xs) : null;
      };
      result.pages.push({
        page: p,
        news,
        chromium: {
          loaderEvalMs: m((x) => x.loaderEvalMs)!,
          analyserEvalMs: m((x) => x.analyserEvalMs)!,
          extensionCpuMs: m((x) => x.extensionCpuMs)!,
          firstBadgeMs: m((x) => x.firstBadgeMs),
          badges: m((x) => x.badges) ?? 0,
        },
      });
    }
  } finally {
    await session.close();
  }

  if (!chromiumOnly && existsSync(join(firefoxBuild, 'manifest.json'))) {
    const ff = await launchFirefoxWithExtension({ extensionPath: firefoxBuild });
    try {
      for (const f of result.pages) {
        const url = server.url(`/corpus/${f.page}/source.html`);
        const runs: NonNullable<StartupFigures['firefox']>[] = [];
        for (let r = 0; r < rounds; r++) {
          const page = await ff.browser.newPage();
          try {
            await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
            await settle((js) => page.evaluate(js), f.news);
            runs.push({
              firstBadgeMs: (await page.evaluate(MARK_TIME('sourcelight:painted'))) as
                number | null,
              decidedMs: (await page.evaluate(MARK_TIME('sourcelight:decided'))) as number | null,
              badges: (await page.evaluate(COUNT_BADGES)) as number,
            });
          } finally {
            await page.close();
          }
        }
        const m = (g: (x: NonNullable<StartupFigures['firefox']>) => number | null) => {
          const xs = runs.map(g).filter((x): x is number => x !== null);
          return xs.length ? median(xs) : null;
        };
        f.firefox = {
          firstBadgeMs: m((x) => x.firstBadgeMs),
          decidedMs: m((x) => x.decidedMs),
          badges: m((x) => x.badges) ?? 0,
        };
      }
    } finally {
      await ff.close();
    }
  }
  await server.close();

  const off = result.pages.filter((f) => !f.news);
  result.goals.offAtMost5ms = off.length ? off.every((f) => f.chromium.extensionCpuMs <= 5) : null;
  const opt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : fmtMs(x));
  printTable(
    `Start-up (${rounds} rounds, medians): Chromium main-thread CPU; first badge and decision in ms from navigation start (wall)`,
    [
      'page',
      'loader eval',
      'analyser eval',
      'all extension CPU',
      'first badge',
      'badges',
      'Firefox: first badge',
      'Firefox: decided',
      'Firefox badges',
    ],
    result.pages.map((f) => [
      `${f.page}${f.news ? '' : ' (off)'}`,
      fmtMs(f.chromium.loaderEvalMs),
      fmtMs(f.chromium.analyserEvalMs),
      fmtMs(f.chromium.extensionCpuMs),
      opt(f.chromium.firstBadgeMs),
      String(f.chromium.badges),
      opt(f.firefox?.firstBadgeMs),
      opt(f.firefox?.decidedMs),
      f.firefox ? String(f.firefox.badges) : '–',
    ]),
  );
  return result;
}
