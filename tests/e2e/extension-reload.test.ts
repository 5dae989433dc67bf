// The extension reloaded (or updated) under open pages: Chrome leaves their
// content scripts running with the extension's API gone. Each page notices
// at its next event (lib/page/context.ts): a news page takes its badges and
// highlights away at its next change, an off page ignores its next
// single-page navigation; neither throws nor logs an error.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import { leftovers, waitForState, watchExtensionErrors } from './content-helpers';
import { COUNT_BADGES } from '../helpers/count-badges';

let session: ExtensionSession | undefined;
let server: StaticServer | undefined;

afterEach(async () => {
  await session?.close();
  await server?.close();
  session = server = undefined;
});

async function open(path: string): Promise<{ page: Page; errors: string[]; pageErrors: string[] }> {
  server = await serveStatic({ '/content/': join(ROOT, 'tests/e2e/pages/content') });
  session = await launchWithExtension();
  const page = await session.context.newPage();
  const errors = await watchExtensionErrors(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url(path));
  return { page, errors, pageErrors };
}

/** Reloads the extension from its service worker (the worker dies with it). */
async function reloadExtension(): Promise<void> {
  await session!.worker
    .evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    )
    .catch(() => undefined); // the worker may go before it answers
  await new Promise((r) => setTimeout(r, 1000));
}

async function until(check: () => Promise<boolean>, timeout = 10_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

test('a news page loses its badges and highlights at its next change, without an error', async () => {
  const { page, errors, pageErrors } = await open('/content/live.html');
  await waitForState(session!.worker, page, (s) => s.status === 'ready' && s.items.length >= 2);
  expect(await page.evaluate(COUNT_BADGES)).toBeGreaterThanOrEqual(2);

  await reloadExtension();
  // Nothing happens on the page until it changes: the badges still stand.
  expect(await page.evaluate(COUNT_BADGES)).toBeGreaterThanOrEqual(2);

  await page.evaluate(() => (window as unknown as { addPost(): void }).addPost());
  expect(await until(async () => (await page.evaluate(COUNT_BADGES)) === 0)).toBe(true);
  expect(await leftovers(page)).toEqual({ nodes: 0, highlights: 0 });
  // The page itself still works.
  await page.evaluate(() => (window as unknown as { addPost(): void }).addPost());
  expect(await page.locator('.posts p').count()).toBe(4);
  expect(errors).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('an off page ignores its next single-page navigation, without an error', async () => {
  const { page, errors, pageErrors } = await open('/content/spa.html');
  await waitForState(session!.worker, page, (s) => s.status === 'off');

  await reloadExtension();
  await page.evaluate(() => (window as unknown as { go(u: string): void }).go('?story=1'));
  await new Promise((r) => setTimeout(r, 2000)); // the loader decides 400 ms after a navigation
  expect(await page.evaluate(COUNT_BADGES)).toBe(0);
  expect(await leftovers(page)).toEqual({ nodes: 0, highlights: 0 });
  expect(await page.locator('h1').textContent()).toBe('Ferry timetable cut for winter');
  expect(errors).toEqual([]);
  expect(pageErrors).toEqual([]);
});
