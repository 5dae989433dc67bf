// No badge over words the reader cannot see, and badges once they show: a
// news page that keeps its body at visibility: hidden until its scripts run,
// with a paragraph at opacity 0, one at visibility: hidden and one in a box
// of zero height. In real Chromium with the built extension.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  SHARED,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { badgesOf, waitForState, watchExtensionErrors } from './content-helpers';
import { SHOWN_JS, WAYS, type Shown } from './visibility-helpers';

let session: ExtensionSession;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic({
    '/content/': join(ROOT, 'tests/e2e/pages/content'),
    '/news/': join(SHARED, 'corpus', 'news'),
  });
  session = await launchWithExtension({ viewport: { width: 1200, height: 900 } });
  // Remote requests fail at once, as offline; the extension's own files load.
  await session.context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(server.origin) || url.startsWith('chrome-extension:')
      ? route.continue()
      : route.abort();
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Ways = { ways: Record<string, (show: boolean) => void> };
/** Runs one of the fixture's ways to hide or show its paragraph. */
const toggle = ([way, show]: readonly [string, boolean]) =>
  (window as unknown as Ways).ways[way](show);

const sources = (s: PageState) => s.items.map((i) => i.source ?? i.cue).join(' | ');

test('a body hidden until its scripts run gets its badges once shown, never over hidden text', async () => {
  const page = await session.context.newPage();
  const errors = await watchExtensionErrors(page);
  await page.goto(server.url('/content/hidden.html'));
  // Analysed while hidden: nothing shown, nothing painted.
  const hidden = await waitForState(session.worker, page, (s) => s.status === 'ready');
  expect(hidden.enabled).toBe(true);
  expect(hidden.items).toEqual([]);
  await page.waitForTimeout(500);
  expect(await badgesOf(page)).toEqual([]);

  // The page's script shows the body: the visible paragraphs get their badges.
  await page.evaluate(() => (window as unknown as { reveal(): void }).reveal());
  const shown = await waitForState(session.worker, page, (s) => s.items.length >= 2);
  expect(shown.items.map((i) => i.kind)).toEqual(['named', 'anonymous']);
  expect(sources(shown)).toContain('Ana Ruiz');
  // Opacity 0, visibility: hidden and a zero-height box stay unpainted.
  expect(sources(shown)).not.toMatch(/Tom Berg|ministry|Lena Park/);
  expect((await badgesOf(page)).map((b) => b.kind)).toEqual(['named', 'anonymous']);

  // The faded paragraph fades in: it is painted too.
  await page.evaluate(() => (window as unknown as { unfade(): void }).unfade());
  const unfaded = await waitForState(session.worker, page, (s) => s.items.length === 3);
  expect(sources(unfaded)).toContain('Tom Berg');
  expect(sources(unfaded)).not.toMatch(/ministry|Lena Park/);
  expect((await badgesOf(page)).length).toBe(3);
  expect(errors).toEqual([]);
  await page.close();
});

const SEATTLE = join(SHARED, 'corpus', 'news', 'seattletimes-1', 'source.html');

test.runIf(existsSync(SEATTLE))(
  'a saved news page whose scripts never show its body: no badge until it is shown',
  async () => {
    const page = await session.context.newPage();
    const errors = await watchExtensionErrors(page);
    // Offline, the Seattle Times page keeps <body> at visibility: hidden.
    await page.goto(server.url('/news/seattletimes-1/source.html'), { waitUntil: 'load' });
    const hidden = await waitForState(session.worker, page, (s) => s.status === 'ready', 30_000);
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('hidden');
    expect(hidden.items).toEqual([]);
    expect(await badgesOf(page)).toEqual([]);
    // What its scripts would do (the page hides it with !important).
    await page.evaluate(() =>
      document.body.style.setProperty('visibility', 'visible', 'important'),
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    const shown = await waitForState(session.worker, page, (s) => s.items.length > 10, 30_000);
    expect((await badgesOf(page)).length).toBe(shown.items.length);
    expect(errors).toEqual([]);
    await page.close();
  },
);

test('text hidden after it was painted loses its badge and highlight, and gets them back when shown', async () => {
  const page = await session.context.newPage();
  const errors = await watchExtensionErrors(page);
  await page.goto(server.url('/content/collapse.html'));
  const all = await waitForState(session.worker, page, (s) => s.items.length === WAYS.length + 1);
  const shown = () => page.evaluate(SHOWN_JS) as Promise<Shown>;
  const scans = () =>
    page.evaluate(() =>
      Number(document.querySelector('sourcelight-overlay')?.getAttribute('data-sourcelight-scans')),
    );
  expect((await shown()).badges.length).toBe(all.items.length);
  for (const { way, source } of WAYS) {
    await page.evaluate(toggle, [way, false] as const);
    const gone = await waitForState(session.worker, page, (s) => !sources(s).includes(source));
    expect(gone.items.length, way).toBe(all.items.length - 1);
    // The badges are synced before the highlights are set: wait for both.
    const hidden = (v: Shown) =>
      v.badges.length === gone.items.length && !v.highlights.join().includes(source);
    await expect.poll(async () => hidden(await shown()), { timeout: 5000 }).toBe(true);
    expect((await shown()).badges.join(' | '), way).not.toContain(source);
    // Shown again: its badge and highlight come back.
    await page.evaluate(toggle, [way, true] as const);
    const back = await waitForState(session.worker, page, (s) => sources(s).includes(source));
    expect(back.items.length, way).toBe(all.items.length);
    const again = (v: Shown) =>
      v.badges.length === all.items.length && v.highlights.join().includes(source);
    await expect.poll(async () => again(await shown()), { timeout: 5000 }).toBe(true);
  }
  // Quiet page, quiet Sourcelight: once the last change's scans are done
  // (the debounce's longest wait), no scan feeds another.
  await page.waitForTimeout(2000);
  const settled = await scans();
  await page.waitForTimeout(2000);
  expect(await scans()).toBe(settled);
  expect(errors).toEqual([]);
  await page.close();
});
