// The reader's own record in Firefox: switched on, two fixture news pages are
// recorded by the background (an event page here, not a service worker), and
// the "Your reading" page renders them, per site and one row per article, and
// sorts from a header button.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/browser';
import type { ReadingRecord } from '../../lib/record/store';
import { FirefoxEnv, sleep } from './harness';

const PAGES = resolve(ROOT, 'tests', 'e2e', 'pages', 'reading');

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start();
  await env.extension(`await browser.storage.local.clear();`);
});
afterAll(async () => {
  await env?.close();
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000) {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await sleep(150);
    v = await read();
  }
  return v;
}

const record = () =>
  env.extension<ReadingRecord | undefined>(
    `return (await browser.storage.local.get('readingRecord')).readingRecord;`,
  );
const js = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

describe('Your reading in Firefox', () => {
  test('recorded articles are shown per site and one by one, and the table sorts', async () => {
    await env.extension(`await browser.storage.local.set({ settings: { recordReading: true } });`);
    const urls = ['harbour.html', 'rumours.html'].map((name) =>
      env.route(`/reading/${name}`, readFileSync(resolve(PAGES, name), 'utf8')),
    );
    const scores: number[] = [];
    for (const url of urls) {
      const opened = await env.open(url);
      const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
      scores.push(state.summary!.score!);
      expect(opened.errors).toEqual([]);
    }
    const stored = await until(record, (r) => (r?.entries.length ?? 0) === 2);
    expect(stored?.entries.map((e) => e.score)).toEqual(scores);

    const page = await env.session.openExtensionPage('reading.html');
    await until(
      () => js<string | null>(page, `document.body.dataset.ready ?? null`),
      (v) => v === 'true',
    );
    const site = new URL(urls[0]!).hostname;
    expect(
      await js(page, `[...document.querySelectorAll('#sites tr')].map((r) => r.dataset.site)`),
    ).toEqual([site]);
    const average = Math.round((scores[0]! + scores[1]!) / 2);
    expect(
      await js<string>(page, `document.querySelector('#sites tr td:nth-child(2)').textContent`),
    ).toBe('2');
    expect(
      await js<string>(page, `document.querySelector('#sites tr td:nth-child(3)').textContent`),
    ).toContain(String(average));
    // Newest first, titles as text (the hostile one shown as it is, not run).
    expect(
      await js<string[]>(
        page,
        `[...document.querySelectorAll('#articles a')].map((a) => a.textContent)`,
      ),
    ).toEqual([
      '=HYPERLINK("http://evil.test"), "Insiders" say, the club may move',
      'Harbour wall to be rebuilt, council says (fixture)',
    ]);
    expect(await js<number>(page, `document.querySelectorAll('#chart svg circle').length`)).toBe(1);

    await page.click('button[data-sort="site"]');
    expect(
      await js(
        page,
        `document.querySelector('th:has(button[data-sort="site"])').getAttribute('aria-sort')`,
      ),
    ).toBe('ascending');
    await page.close();
  });
});
