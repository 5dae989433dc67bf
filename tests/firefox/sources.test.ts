// Who is speaking, in Firefox ESR: the popup's Sources view renders the page's
// roster (names, claims, the one line), a voice chosen from the keyboard
// focuses its first badge, and "Copy report" writes both text/plain and
// text/html (Firefox has ClipboardItem since 127).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FirefoxEnv, sleep } from './harness';

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start();
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

const evaluate = <T>(page: Page, js: string) => page.evaluate(js) as Promise<T>;

describe('the Sources view in Firefox', () => {
  test('lists the voices with their claims, focuses a voice’s first badge, copies both types', async () => {
    await env.extension(`await browser.storage.local.clear();`);
    const opened = await env.open(env.server.url('/popup/voices.html'));
    const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
    const tabId = await env.tabId(opened.url);
    expect(state.sources?.length).toBeGreaterThan(3);
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(
      await until(
        () => evaluate(popup, 'document.body.dataset.state'),
        (s) => s === 'ready',
      ),
    ).toBe('ready');

    await popup.focus('#tab-claims');
    await popup.keyboard.press('ArrowRight');
    expect(await evaluate(popup, `document.activeElement.id`)).toBe('tab-sources');
    expect(await evaluate(popup, `document.getElementById('sources-panel').hidden`)).toBe(false);
    expect(await evaluate(popup, `document.getElementById('claims-panel').hidden`)).toBe(true);
    expect(await evaluate(popup, `document.getElementById('sources-line').textContent`)).toBe(
      state.sourcesLine,
    );
    const listed = await evaluate<string[]>(
      popup,
      `[...document.querySelectorAll('#sources button.voice')].map((b) =>
        b.querySelector('.name').textContent + '|' + b.querySelector('.claims').textContent)`,
    );
    expect(listed).toEqual(
      state.sources!.map((s) => `${s.name}|${s.claims === 1 ? '1 claim' : `${s.claims} claims`}`),
    );
    // the panel is laid out: each voice has a box a reader can see
    const heights = await evaluate<number[]>(
      popup,
      `[...document.querySelectorAll('#sources button.voice')].map((b) => b.getBoundingClientRect().height)`,
    );
    for (const h of heights) expect(h).toBeGreaterThan(10);

    const brandt = state.sources!.find((s) => s.name === 'Daniel Brandt')!;
    await popup.focus(`#sources button[data-first="${brandt.first}"]`);
    await popup.keyboard.press('Enter');
    const focused = () =>
      evaluate<string>(
        opened.page,
        `document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot?.activeElement?.dataset.sourcelightIndex ?? ''`,
      );
    expect(await until(focused, (i) => i === String(brandt.first))).toBe(String(brandt.first));

    expect(await evaluate(popup, `typeof ClipboardItem`)).toBe('function');
    await popup.click('#copy');
    expect(
      await until(
        () => evaluate(popup, `document.getElementById('status').textContent`),
        (s) => s !== '',
      ),
    ).toBe('Report copied to the clipboard.');
    expect(await evaluate(popup, `document.getElementById('copy').dataset.copied`)).toBe(
      'text/plain+text/html',
    );
    await popup.close();
    await opened.page.close();
  });
});
