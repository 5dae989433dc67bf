// Linked sources in Firefox ESR (issue 24, part 1), as tests/e2e/linked-sources
// checks them in Chromium: the badge tooltip of a claim whose source links
// elsewhere names the host and opens it in a new tab without an opener or a
// referrer; the page's own tag page and a javascript: link give no link; the
// popup counts the claims that link to their source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { FirefoxEnv, sleep } from './harness';

const PAGES = join(ROOT, 'tests/e2e/pages/links');
let env: FirefoxEnv;
let port = '';
let articleUrl = '';

beforeAll(async () => {
  env = await FirefoxEnv.start({ width: 1100, height: 900 });
  port = new URL(env.server.origin).port;
  // the article links to "another site": the same server under the name localhost
  articleUrl = env.route(
    '/links/article.html',
    readFileSync(join(PAGES, 'article.html'), 'utf8').replaceAll('PORT', port),
  );
  for (const page of ['report.html', 'minutes.html'])
    env.route(`/links/${page}`, readFileSync(join(PAGES, page), 'utf8'));
});

afterAll(async () => {
  await env?.close();
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000) {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await sleep(100);
    v = await read();
  }
  return v;
}

interface Tip {
  text: string | null;
  link: { text: string | null; href: string | null; target: string; rel: string } | null;
}

/** The open tooltip's text and its source link, from the overlay's shadow root. */
const TIP_JS = `(() => {
  const root = document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot;
  const tip = root?.querySelector('.tip');
  const a = tip?.querySelector('a.source');
  return {
    text: tip && !tip.hidden ? tip.textContent : null,
    link: a && !a.hidden
      ? { text: a.textContent, href: a.getAttribute('href'), target: a.target, rel: a.rel }
      : null,
  };
})()`;

let opens = 0;
/** The article in a new tab, at an address of its own (a test that failed
 * leaves its tab open: the next one must not talk to it). */
async function open(): Promise<{ page: Page; url: string; state: PageState }> {
  const opened = await env.open(`${articleUrl}?tab=${++opens}`);
  const state = await env.waitForState(
    opened.url,
    (s) => s.status === 'ready' && s.items.length >= 5,
  );
  expect(opened.errors).toEqual([]);
  return { page: opened.page, url: opened.url, state };
}

/** Focuses claim `index` from the extension, as the popup does, and reads its tooltip. */
async function focusItem(page: Page, url: string, index: number): Promise<Tip> {
  expect(await env.send(url, { type: 'sourcelight:focus', index })).toBe(true);
  return until(
    () => page.evaluate(TIP_JS) as Promise<Tip>,
    (t) => t.text !== null,
  );
}

describe('linked sources in Firefox', () => {
  test('a linked report: the tooltip names the host and opens it in a new tab, without an opener', async () => {
    const { page, url, state } = await open();
    const i = state.items.findIndex((it) => it.source?.startsWith('A report'));
    expect(i).toBeGreaterThanOrEqual(0);
    const tip = await focusItem(page, url, i);
    expect(tip.text).toContain('Links to its source');
    const href = `http://localhost:${port}/links/report.html`;
    expect(tip.link).toEqual({
      text: 'Open its source on localhost (new tab)',
      href,
      target: '_blank',
      rel: 'noopener noreferrer',
    });

    const browser = env.session.browser;
    const opened = browser.waitForTarget((t) => t.url() === href, { timeout: 15_000 });
    await page.evaluate(
      `document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelector('.tip a.source').click()`,
    );
    const tab = await (await opened).page();
    expect(tab).not.toBeNull();
    await until(
      () => tab!.evaluate('document.readyState') as Promise<string>,
      (s) => s !== 'loading',
    );
    expect(tab!.url()).toBe(href);
    expect(await tab!.evaluate('window.opener === null')).toBe(true);
    expect(await tab!.evaluate('document.referrer')).toBe('');
    // a new tab, not the article's: the article is still there
    expect(page.url()).toBe(url);
    await tab!.close();
    await page.close();
  });

  test("the page's own tag page and a javascript: link give no credit and no link", async () => {
    const { page, url, state } = await open();
    for (const words of ['The Port Authority', 'Two officials']) {
      const i = state.items.findIndex((it) => it.source?.startsWith(words));
      expect(i, words).toBeGreaterThanOrEqual(0);
      const tip = await focusItem(page, url, i);
      expect(tip.text, words).not.toContain('Links to its source');
      expect(tip.link, words).toBeNull();
    }
    await page.close();
  });

  test('one link over two claims credits both, and the popup counts the linked claims', async () => {
    const { page, url, state } = await open();
    for (const name of ['Tom Reyes', 'Ana Silva']) {
      const i = state.items.findIndex((it) => it.source === name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      const tip = await focusItem(page, url, i);
      expect(tip.link?.href, name).toBe(`http://localhost:${port}/links/minutes.html`);
    }
    expect(state.summary!.linked).toBe(3);
    const tabId = await env.tabId(url);
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(
      await until(
        () => popup.evaluate(`document.getElementById('linked-count')?.textContent ?? ''`),
        (t) => t === '3 claims link to their source.',
      ),
    ).toBe('3 claims link to their source.');
    // laid out where a reader sees it
    expect(
      await popup.evaluate(
        `document.getElementById('linked-count').getBoundingClientRect().height`,
      ),
    ).toBeGreaterThan(5);
    await popup.close();
    await page.close();
  });
});
