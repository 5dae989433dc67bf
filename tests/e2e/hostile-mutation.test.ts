// A page that rewrites its whole article every 100 ms. Sourcelight must not
// loop on its own changes or chase every rewrite: its CPU time stays bounded
// (measured with CDP Performance.getMetrics against the same page in a
// Chromium without the extension), it goes quiet when the page does, and its
// badges follow the text the page settles on.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../helpers/chromium';
import { HostileEnv, expectedAttributions, type Opened } from './pages/hostile/harness';
import { articlePage, attributionSentence, plainSentence } from './pages/hostile/generate';

const TITLE = 'Harbourton bridge repairs run late';

/** Three versions of a 12-paragraph article; `{n}` is replaced by the rewrite count. */
const VERSIONS = [0, 1, 2].map((v) =>
  Array.from({ length: 12 }, (_, i) =>
    (i + v) % 2 === 0
      ? `${plainSentence(i + v)} Update {n}: ${attributionSentence(i * 3 + v)}`
      : `${plainSentence(i + v + 5)} Update {n} of the timetable.`,
  ),
);
/** The text the page settles on. */
const FINAL = Array.from({ length: 8 }, (_, i) =>
  i % 2 === 0 ? attributionSentence(i * 5 + 1) : plainSentence(i),
);

const REWRITER = `<script>
(function () {
  var versions = ${JSON.stringify(VERSIONS)};
  var art = document.querySelector('article');
  function esc(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  function render(ps) {
    art.innerHTML = '<h1>${TITLE}</h1>' + ps.map(function (p) { return '<p>' + esc(p) + '</p>'; }).join('');
  }
  var n = 0;
  window.__rewrites = 0;
  window.__timer = setInterval(function () {
    n++;
    render(versions[n % versions.length].map(function (p) { return p.replace('{n}', String(n)); }));
    window.__rewrites++;
  }, 100);
  window.__stop = function (finalText) { clearInterval(window.__timer); render(finalText); };
})();
</script>`;

const MEASURE_MS = 3000;

let env: HostileEnv;
let plainDir: string;
let plain: BrowserContext;
let url: string;

beforeAll(async () => {
  env = await HostileEnv.start();
  url = env.route(
    '/gen/rewriting.html',
    articlePage({
      title: TITLE,
      paragraphs: VERSIONS[0].map((p) => p.replace('{n}', '0')),
      after: REWRITER,
    }),
  );
  plainDir = mkdtempSync(join(tmpdir(), 'sourcelight-plain-'));
  plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new in the flags decides, as in launchWithExtension
    args: CHROMIUM_FLAGS,
  });
});

afterAll(async () => {
  await plain?.close();
  if (plainDir) rmSync(plainDir, { recursive: true, force: true });
  await env?.close();
});

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/** Main-thread task time (s) of `page` over `ms` of wall time. */
async function busyOver(page: Page, cdp: CDPSession, ms: number): Promise<number> {
  const t0 = await taskSeconds(cdp);
  await page.waitForTimeout(ms);
  return (await taskSeconds(cdp)) - t0;
}

async function scansOf(page: Page): Promise<number> {
  return Number(
    await page.evaluate(
      'document.querySelector("sourcelight-overlay")?.getAttribute("data-sourcelight-scans") ?? -1',
    ),
  );
}

let opened: Opened;
let extCdp: CDPSession;
let plainPage: Page;
let plainCdp: CDPSession;

test('while the page rewrites its article every 100 ms, Sourcelight adds bounded CPU time', async () => {
  opened = await env.open(url);
  extCdp = await env.session.context.newCDPSession(opened.page);
  await extCdp.send('Performance.enable');
  expect(await env.waitForPainted(opened.page, 0, 20_000)).toBe(true);
  plainPage = await plain.newPage();
  plainCdp = await plain.newCDPSession(plainPage);
  await plainCdp.send('Performance.enable');
  await plainPage.goto(url, { waitUntil: 'load' });
  await opened.page.waitForTimeout(1000);

  const withExt = await busyOver(opened.page, extCdp, MEASURE_MS);
  const without = await busyOver(plainPage, plainCdp, MEASURE_MS);
  const added = withExt - without;
  console.log(
    `rewriting page: main thread ${(withExt * 1000).toFixed(0)} ms with Sourcelight, ` +
      `${(without * 1000).toFixed(0)} ms without, over ${MEASURE_MS} ms`,
  );
  expect(await opened.page.evaluate('window.__rewrites')).toBeGreaterThan(20);
  // A feedback loop or a scan per rewrite would keep a core busy; a bounded
  // re-scan every second or so costs a few percent.
  expect(added * 1000).toBeLessThan(MEASURE_MS * 0.25);
  expect(opened.errors).toEqual([]);
});

test('badges follow the text the page settles on', async () => {
  await opened.page.evaluate(
    (final) => (window as never as { __stop(f: string[]): void }).__stop(final),
    FINAL,
  );
  await plainPage.evaluate(
    (final) => (window as never as { __stop(f: string[]): void }).__stop(final),
    FINAL,
  );
  const expected = expectedAttributions(FINAL, TITLE);
  expect(expected.length).toBeGreaterThan(0);
  const t0 = Date.now();
  let kinds: string[] = [];
  while (Date.now() - t0 < 10_000) {
    kinds = (await env.badges(opened.page)).map((b) => b.kind);
    if (JSON.stringify(kinds) === JSON.stringify(expected.map((e) => e.kind))) break;
    await opened.page.waitForTimeout(250);
  }
  expect(kinds).toEqual(expected.map((e) => e.kind));
  const ranges = await env.highlights(opened.page);
  expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());
});

test('once the page is quiet, Sourcelight is quiet too (no loop on its own changes)', async () => {
  await opened.page.waitForTimeout(2000);
  const scansBefore = await scansOf(opened.page);
  const withExt = await busyOver(opened.page, extCdp, 2000);
  const without = await busyOver(plainPage, plainCdp, 2000);
  const scansAfter = await scansOf(opened.page);
  expect(scansBefore).toBeGreaterThan(0);
  expect(scansAfter).toBe(scansBefore);
  expect((withExt - without) * 1000).toBeLessThan(100);
  expect(opened.errors).toEqual([]);
});
