// Automatic mode only on news, in real Chromium with the built extension, on
// the corpus's saved pages: every news page that declares itself news
// switches on by itself; the encyclopedia, how-to and blog pages stay off,
// never load the analyser, and their popup state says why. Skipped, with a
// notice, when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  serveStatic,
  SHARED,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { Worker } from 'playwright-core';
import { detectNews } from '../../lib/page/news-signals';
import { waitForState, watchExtensionErrors } from './content-helpers';

const CORPUS = join(SHARED, 'corpus');
const present = existsSync(join(CORPUS, 'negative'));
if (!present) console.warn(`[news-detection] ${CORPUS} is absent: tests skipped.`);

/** News pages with news markup, from different sites and signals. */
const NEWS = [
  'bbc-1', // og:type=article with og:article:section
  'nytimes-1', // news_keywords, microdata NewsArticle
  'telegraph', // JSON-LD NewsArticle
  'herald-sun-1', // byline beside a date
  'keep-images', // og:type=article with article:published_time
  'cnet', // "by" author link beside datePublished
];
/** Saved news pages that declare nothing of news: they wait for the reader. */
const UNDECLARED = ['webmd-1', 'yahoo-2'];
const NOT_NEWS = ['wikipedia', 'ehow-1', '002'];

/** Whether the content script on `url` answers a message without being woken. */
function answersUnwoken(worker: Worker, url: string): Promise<boolean> {
  return worker.evaluate(async (u) => {
    type Chrome = {
      tabs: {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = (await c.tabs.query({})).filter((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab on ${u}`);
    return c.tabs.sendMessage(tab.id, { type: 'sourcelight:get-state' }).then(
      () => true,
      () => false,
    );
  }, url);
}

describe.runIf(present)('automatic mode on the corpus', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/corpus/': CORPUS });
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
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

  test('the Node-side detector agrees with the page lists below', () => {
    const isNews = (group: string, name: string) =>
      detectNews(parseHTML(readFileSync(join(CORPUS, group, name, 'source.html'), 'utf8')).document)
        .isNews;
    for (const n of NEWS) expect(isNews('news', n), n).toBe(true);
    for (const n of UNDECLARED) expect(isNews('news', n), n).toBe(false);
    for (const n of NOT_NEWS) expect(isNews('negative', n), n).toBe(false);
  });

  test.each(NEWS)('news page %s switches on by itself', async (name) => {
    const page = await session.context.newPage();
    const errors = await watchExtensionErrors(page);
    await page.goto(server.url(`/corpus/news/${name}/source.html`), { waitUntil: 'load' });
    const state = await waitForState(session.worker, page, (s) => s.status === 'ready', 30_000);
    expect(state).toMatchObject({ enabled: true, isArticle: true, why: 'news' });
    expect(state.items.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([...NOT_NEWS.map((n) => `negative/${n}`), ...UNDECLARED.map((n) => `news/${n}`)])(
    '%s stays quiet until asked, then off, says why, and starts no analyser',
    async (path) => {
      const page = await session.context.newPage();
      const errors = await watchExtensionErrors(page);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = server.url(`/corpus/${path}/source.html`);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      // Quiet: nothing imported, and nothing listens until woken (lib/page/wake.ts).
      expect(requests.filter((u) => u.includes('page-main'))).toEqual([]);
      expect(await answersUnwoken(session.worker, url)).toBe(false);
      // Asked as the popup asks: the loader wakes and says why the page is off.
      const state = await waitForState(session.worker, page, (s) => s.status !== 'analysing');
      expect(state).toMatchObject({
        status: 'off',
        enabled: false,
        isArticle: false,
        why: 'not-news',
        items: [],
      });
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => performance.getEntriesByName('sourcelight:start').length),
      ).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
