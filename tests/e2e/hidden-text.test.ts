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
