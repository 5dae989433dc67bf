// The reader's own record end to end in Chromium: switched on in the options
// page, two fixture news pages on two sites (127.0.0.1 and localhost, the
// same loopback server), then the "Your reading" page: both sites with their
// scores, sorting by keyboard and mouse, CSV and JSON export, a per-site
// delete and "delete everything", axe light and dark; and a private window,
// where the article is analysed and never recorded.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { ReadingRecord } from '../../lib/record/store';
import { BANDS, KINDS } from '../../lib/sourcing/types';
import {
  openOptions,
  openPopup,
  seriousViolations,
  storageGet,
  storageSet,
  tabIdFor,
  waitForState,
} from './popup-helpers';

const PAGES = resolve(import.meta.dirname, 'pages', 'reading');
const SCREENSHOT = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshot-reading.png');

let session: ExtensionSession;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/news/': PAGES });
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const record = async () =>
  (await storageGet(session, 'readingRecord')).readingRecord as ReadingRecord | undefined;

async function read(url: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(session, url);
  const state = await waitForState(session, tabId, (s) => s.status === 'ready');
  return { page, state };
}

async function openReading(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/reading.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

const siteOrder = (page: Page) =>
  page.locator('#sites tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.site));

describe('Your reading', () => {
  test('off by default: reading an article records nothing', async () => {
    const url = server.url('/news/harbour.html');
    const { page } = await read(url);
    // The toolbar report has come and gone (the state is ready); give the background a moment.
    await page.waitForTimeout(500);
    expect(await record()).toBeUndefined();
    await page.close();
    const reading = await openReading();
    expect(await reading.locator('#off').isVisible()).toBe(true);
    expect(await reading.locator('#empty').isVisible()).toBe(true);
    await reading.close();
  });

  test('switched on in the options, two sites are recorded and shown with their scores, sorted, exported, deleted', async () => {
    const options = await openOptions(session);
    expect(await options.locator('#record').isChecked()).toBe(false);
    expect(await options.locator('#record-help').textContent()).toMatch(/never its text/);
    await options.locator('#record').check();
    await expect
      .poll(
        async () =>
          ((await storageGet(session, 'settings')).settings as { recordReading?: boolean })
            ?.recordReading,
      )
      .toBe(true);
    expect(await options.locator('#open-reading').getAttribute('href')).toBe('/reading.html');

    const strongUrl = server.url('/news/harbour.html');
    const weakUrl = server.url('/news/rumours.html').replace('127.0.0.1', 'localhost');
    const strong = await read(strongUrl);
    const weak = await read(weakUrl);
    const s1 = strong.state.summary!;
    const s2 = weak.state.summary!;
    expect(s1.score).toBeGreaterThan(s2.score!);
    await expect.poll(async () => (await record())?.entries.length ?? 0).toBe(2);
    const stored = (await record())!;
    expect(stored.entries.map((e) => [e.site, e.score, e.bands])).toEqual([
      ['127.0.0.1', s1.score, s1.bands],
      ['localhost', s2.score, s2.bands],
    ]);
    // Never the text: no sentence of either article is in storage.
    expect(JSON.stringify(stored)).not.toMatch(
      /protected the town|south basin|quietly looking|Okafor/i,
    );

    // The same page analysed again updates its entry.
    await strong.page.reload();
    await waitForState(session, await tabIdFor(session, strongUrl), (s) => s.status === 'ready');
    await new Promise((r) => setTimeout(r, 500));
    expect((await record())!.entries).toHaveLength(2);

    // The popup's footer leads to the page, in a new tab.
    const popup = await openPopup(session, await tabIdFor(session, strongUrl));
    const [fromPopup] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.locator('#open-reading').click(),
    ]);
    await fromPopup.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(fromPopup.url()).toBe(`chrome-extension://${session.extensionId}/reading.html`);
    await fromPopup.close();
    await popup.close();

    const page = await openReading();
    expect(await page.locator('#off').isVisible()).toBe(false);
    expect(await siteOrder(page)).toHaveLength(2);
    const row = (site: string) => page.locator(`#sites tr[data-site="${site}"]`);
    expect(await row('127.0.0.1').locator('td').nth(2).textContent()).toContain(String(s1.score));
    expect(await row('localhost').locator('td').nth(2).textContent()).toContain(String(s2.score));
    expect(await page.locator('#summary').textContent()).toContain('2 articles from 2 sites');
    expect(await page.locator('#articles tr').count()).toBe(2);
    expect(await page.locator('#articles a').first().getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(await page.locator('#chart svg circle').count()).toBe(1);
    const desc = await page.locator('#chart-desc').textContent();
    expect(desc).toContain('(2 articles)');

    // Screenshot of the page as a reader sees it after these two articles.
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    if (process.env.READING_DARK_SHOT) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: process.env.READING_DARK_SHOT, fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });
    }

    // Sorting: a click, then Enter from the keyboard; aria-sort says which way.
    const avgHeader = page.locator('th:has(button[data-sort="average"])');
    await page.locator('button[data-sort="average"]').click();
    expect(await avgHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await siteOrder(page)).toEqual(['127.0.0.1', 'localhost']);
    expect(await page.locator('#status').textContent()).toBe(
      'Sorted by Average score, highest first.',
    );
    await page.locator('button[data-sort="average"]').focus();
    await page.keyboard.press('Enter');
    expect(await avgHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await siteOrder(page)).toEqual(['localhost', '127.0.0.1']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space'); // "Articles" (a tie): site name breaks it
    expect(
      await page.locator('th:has(button[data-sort="articles"])').getAttribute('aria-sort'),
    ).toBe('descending');
    expect(await avgHeader.getAttribute('aria-sort')).toBeNull();
    expect(await page.locator('th[aria-sort]').count()).toBe(1);

    // Export: CSV with the hostile title quoted and made inert, JSON with both.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-csv').click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^date,site,title,url,score,kind_named,/);
    expect(lines).toHaveLength(4); // header, two rows, the final line end
    expect(csv).toContain(
      `"'=HYPERLINK(""http://evil.test""), ""Insiders"" say, the club may move"`,
    );
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-json').click(),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(json.format).toBe('sourcelight-reading');
    expect(json.articles.map((a: { site: string }) => a.site).sort()).toEqual([
      '127.0.0.1',
      'localhost',
    ]);
    expect(Object.keys(json.articles[0].counts)).toEqual([...KINDS]);
    expect(Object.keys(json.articles[0].bands)).toEqual([...BANDS]);

    // Per-site delete: asks first; Cancel (Escape) keeps it and returns focus.
    const deleteLocal = page.getByRole('button', { name: 'Delete the record of localhost' });
    await deleteLocal.click();
    expect(await page.locator('#confirm').isVisible()).toBe(true);
    expect(await page.locator('#confirm-question').textContent()).toBe(
      'Delete the 1 articles from localhost from your record? This cannot be undone.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-no');
    await page.keyboard.press('Escape');
    expect(await page.locator('#confirm').isVisible()).toBe(false);
    expect(await deleteLocal.evaluate((b) => b === document.activeElement)).toBe(true);
    expect((await record())!.entries).toHaveLength(2);
    await deleteLocal.click();
    await page.locator('#confirm-yes').click();
    await expect.poll(() => siteOrder(page)).toEqual(['127.0.0.1']);
    expect((await record())!.entries.map((e) => e.site)).toEqual(['127.0.0.1']);
    expect(await page.locator('#status').textContent()).toBe('Deleted 1 articles from localhost.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sites-heading');

    // Everything: the storage item and its version are gone, the page says it is empty.
    await page.locator('#delete-all').click();
    await page.locator('#confirm-yes').click();
    await expect
      .poll(async () =>
        Object.keys(await storageGet(session)).filter((k) => k.startsWith('readingRecord')),
      )
      .toEqual([]);
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    expect(await page.locator('#sites-table').isVisible()).toBe(false);
    expect(await page.locator('#delete-all').isDisabled()).toBe(true);

    // Switching off stops at once: a newly read article is not recorded.
    await options.locator('#record').uncheck();
    await expect
      .poll(
        async () =>
          ((await storageGet(session, 'settings')).settings as { recordReading?: boolean })
            ?.recordReading,
      )
      .toBe(false);
    const again = await read(server.url('/news/rumours.html'));
    await again.page.waitForTimeout(500);
    expect(await record()).toBeUndefined();
    await expect.poll(() => page.locator('#off').isVisible()).toBe(true);
    for (const p of [page, options, strong.page, weak.page, again.page]) await p.close();
  });

  test('a damaged record is repaired and the page says so; axe finds no serious problem, light or dark', async () => {
    await storageSet(session, {
      readingRecord: {
        entries: [
          {
            url: 'https://news.example/a',
            site: 'news.example',
            title: 'Fine, "quoted" & <b>not markup</b>',
            at: Date.now() - 86_400_000 * 3,
            score: 81,
            counts: Object.fromEntries(KINDS.map((k) => [k, 1])),
            bands: { strong: 4, moderate: 1, weak: 1, none: 1 },
          },
          { url: 'https://other.example/b', score: 'high', at: Date.now() },
          { title: 'no address' },
        ],
      },
    });
    const page = await openReading();
    expect(await page.locator('#notice').isVisible()).toBe(true);
    expect(await page.locator('#notice-text').textContent()).toBe(
      'Part of your record was damaged and has been repaired: 1 articles fixed, 1 could not be read and were left out.',
    );
    expect(await siteOrder(page)).toEqual(['news.example', 'other.example']);
    expect(await page.locator('#articles a b').count()).toBe(0); // a title is text, never markup
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.locator('#notice-dismiss').click();
    await expect.poll(() => page.locator('#notice').isVisible()).toBe(false);
    await expect.poll(async () => (await record())?.notice).toBeUndefined();
    expect((await record())!.entries).toHaveLength(2);
    await page.locator('#delete-all').click();
    expect(await seriousViolations(page)).toEqual([]); // with the dialog open
    await page.locator('#confirm-yes').click();
    await expect.poll(async () => (await record()) === undefined).toBe(true);
    await page.close();
  });
});

/** The extension APIs the private-window test calls from the service worker. */
type WorkerChrome = {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  windows: {
    create(d: { incognito: boolean; url: string }): Promise<{
      id: number;
      incognito: boolean;
      tabs: { id: number; incognito: boolean }[];
    }>;
    remove(id: number): Promise<void>;
  };
};

// A private window in its own browser: the extension is allowed in incognito
// the way a reader allows it (chrome://extensions, developer mode for the
// unpacked build, "Allow in Incognito"), which reloads it.
describe('Your reading, private windows', () => {
  let own: ExtensionSession;
  afterAll(async () => {
    await own?.close();
  });

  test('an article read in a private window is analysed and never recorded', async () => {
    own = await launchWithExtension();
    const manage = await own.context.newPage();
    await manage.goto(`chrome://extensions/?id=${own.extensionId}`);
    await manage.locator('#devMode').click();
    await manage.locator('#allow-incognito').click();
    await expect
      .poll(() =>
        manage.locator('#allow-incognito').evaluate((e) => (e as HTMLInputElement).checked),
      )
      .toBe(true);
    // The reload ends the old service worker; an extension page wakes the new one.
    const options = await own.context.newPage();
    await expect
      .poll(
        () =>
          options.goto(`chrome-extension://${own.extensionId}/options.html`).then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await expect
      .poll(() => own.context.serviceWorkers().some((w) => w !== own.worker), { timeout: 20_000 })
      .toBe(true);
    const worker = own.context.serviceWorkers().find((w) => w !== own.worker)!;
    const session: ExtensionSession = { ...own, worker };
    expect(
      await worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: WorkerChrome }
        ).chrome.extension.isAllowedIncognitoAccess(),
      ),
    ).toBe(true);

    // Recording on, from the options page.
    await options.waitForFunction(() => document.body.dataset.ready === 'true');
    await options.locator('#record').check();
    await expect
      .poll(
        async () =>
          ((await storageGet(session, 'settings')).settings as { recordReading?: boolean })
            ?.recordReading,
      )
      .toBe(true);

    // The private window: the content script runs there and finds the claims.
    const privateUrl = server.url('/news/rumours.html');
    const win = await worker.evaluate(
      (url) =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.windows.create({
          incognito: true,
          url,
        }),
      privateUrl,
    );
    expect(win.incognito).toBe(true);
    expect(win.tabs[0].incognito).toBe(true);
    const privateState = await waitForState(
      session,
      win.tabs[0].id,
      (s) => s.status === 'ready' && s.url === privateUrl,
    );
    expect(privateState.items.length).toBeGreaterThan(0);

    // A normal window afterwards is recorded: once its entry is there, the
    // private page (reported earlier) would have been too.
    const normalUrl = server.url('/news/harbour.html');
    const page = await own.context.newPage();
    await page.goto(normalUrl);
    await waitForState(session, await tabIdFor(session, normalUrl), (s) => s.status === 'ready');
    const entries = async () =>
      ((await storageGet(session, 'readingRecord')).readingRecord as ReadingRecord | undefined)
        ?.entries ?? [];
    await expect.poll(async () => (await entries()).length, { timeout: 10_000 }).toBe(1);
    expect((await entries()).map((e) => e.url)).toEqual([normalUrl]);
    // and nothing of the private page anywhere in storage
    expect(JSON.stringify(await storageGet(session))).not.toContain('rumours');

    await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.windows.remove(id),
      win.id,
    );
    for (const p of [page, options, manage]) await p.close();
  });
});
