// Linked sources in real Chromium with the built extension (issue 24, part
// 1): an attribution whose source carries a link is credited, its tooltip
// names the link's host and opens it in a new tab without an opener; the
// page's own tag page and a javascript: link get no credit and no link; one
// link over two attributions credits both; the popup says how many link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { sendToTab, waitForState, watchExtensionErrors } from './content-helpers';
import { openPopup, tabIdFor } from './popup-helpers';

const PAGES = join(ROOT, 'tests/e2e/pages/links');
let session: ExtensionSession;
let server: StaticServer;
let port = '';
const errorLists: string[][] = [];

beforeAll(async () => {
  server = await serveStatic({ '/links/': PAGES }, [
    // the article links to "another site": the same server under the name localhost
    (req, res) => {
      if (req.url !== '/links/article.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(PAGES, 'article.html'), 'utf8').replaceAll('PORT', port));
      return true;
    },
  ]);
  port = new URL(server.origin).port;
  session = await launchWithExtension({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  expect(errorLists.flat()).toEqual([]);
});

async function open(): Promise<{ page: Page; state: PageState }> {
  const page = await session.context.newPage();
  errorLists.push(await watchExtensionErrors(page));
  await page.goto(server.url('/links/article.html'));
  const state = await waitForState(
    session.worker,
    page,
    (s) => s.status === 'ready' && s.items.length >= 5,
  );
  return { page, state };
}

/** The open tooltip's text and its source link, from the overlay's shadow root. */
function tooltip(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot;
    const tip = root?.querySelector<HTMLElement>('.tip');
    const a = tip?.querySelector<HTMLAnchorElement>('a.source');
    return {
      text: tip && !tip.hidden ? tip.textContent : null,
      link:
        a && !a.hidden
          ? { text: a.textContent, href: a.getAttribute('href'), target: a.target, rel: a.rel }
          : null,
    };
  });
}

async function focusItem(page: Page, index: number) {
  expect(await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index })).toBe(
    true,
  );
  return tooltip(page);
}

describe('linked sources', () => {
  test('a linked report: the tooltip names the host and opens it in a new tab, without an opener', async () => {
    const { page, state } = await open();
    const i = state.items.findIndex((it) => it.source?.startsWith('A report'));
    expect(i).toBeGreaterThanOrEqual(0);
    const tip = await focusItem(page, i);
    expect(tip.text).toContain('Links to its source');
    expect(tip.link).toEqual({
      text: 'Open its source on localhost (new tab)',
      href: `http://localhost:${port}/links/report.html`,
      target: '_blank',
      rel: 'noopener noreferrer',
    });
    const opened = session.context.waitForEvent('page');
    await page
      .locator('[data-sourcelight="overlay"]')
      .evaluate((host) =>
        host.shadowRoot!.querySelector<HTMLAnchorElement>('.tip a.source')!.click(),
      );
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(`http://localhost:${port}/links/report.html`);
    expect(await tab.evaluate(() => window.opener === null)).toBe(true);
    expect(await tab.evaluate(() => document.referrer)).toBe('');
    await tab.close();
    await page.close();
  });

  test("the page's own tag page and a javascript: link give no credit and no link", async () => {
    const { page, state } = await open();
    for (const words of ['The Port Authority', 'Two officials']) {
      const i = state.items.findIndex((it) => it.source?.startsWith(words));
      expect(i, words).toBeGreaterThanOrEqual(0);
      const tip = await focusItem(page, i);
      expect(tip.text, words).not.toContain('Links to its source');
      expect(tip.link, words).toBeNull();
    }
    await page.close();
  });

  test('one link over two claims credits both, and the popup counts the linked claims', async () => {
    const { page, state } = await open();
    for (const name of ['Tom Reyes', 'Ana Silva']) {
      const i = state.items.findIndex((it) => it.source === name);
      const tip = await focusItem(page, i);
      expect(tip.link?.href, name).toBe(`http://localhost:${port}/links/minutes.html`);
    }
    expect(state.summary!.linked).toBe(3);
    const popup = await openPopup(session, await tabIdFor(session, page.url()));
    await expect
      .poll(() => popup.locator('#linked-count').textContent())
      .toBe('3 claims link to their source.');
    await popup.close();
    await page.close();
  });
});
