// Automatic mode only on news, in Firefox ESR with the built add-on: a saved
// news page switches on by itself (the loader imports the analyser), an
// encyclopedia page stays quiet until asked, then says why it is off, and
// switching it on loads the analyser there too; "always on this site" wakes
// such a page from the background.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARED } from '../../scripts/browser';
import { FirefoxEnv, sleep } from './harness';
import { COUNT_BADGES } from '../helpers/count-badges';

const CORPUS = join(SHARED, 'corpus');
const WIKIPEDIA = join(CORPUS, 'negative', 'wikipedia', 'source.html');
const present = existsSync(WIKIPEDIA) && existsSync(join(CORPUS, 'news', 'telegraph'));
if (!present) console.warn(`[firefox news] ${CORPUS} is absent: tests skipped.`);

describe.runIf(present)('Firefox: automatic mode only on news', () => {
  let env: FirefoxEnv;
  beforeAll(async () => {
    env = await FirefoxEnv.start();
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });

  test('a news page switches on by itself', async () => {
    const opened = await env.open(env.server.url('/news/telegraph/source.html'));
    const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
    expect(state).toMatchObject({ enabled: true, isArticle: true, why: 'news' });
    expect(state.items.length).toBeGreaterThan(0);
    expect(await opened.page.evaluate(COUNT_BADGES)).toBe(state.items.length);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  }, 60_000);

  /** Whether the content script on `url` answers without being woken (lib/page/wake.ts). */
  const answersUnwoken = (url: string) =>
    env.extension<boolean>(
      `const tab = (await browser.tabs.query({})).find((t) => t.url === arg);
      if (!tab) throw new Error('no tab on ' + arg);
      return browser.tabs.sendMessage(tab.id, { type: 'sourcelight:get-state' }, { frameId: 0 })
        .then(() => true, () => false);`,
      url,
    );

  test('an encyclopedia page stays quiet until asked, then says why it is off, and analyses once switched on', async () => {
    const url = env.route('/gen/wikipedia.html', readFileSync(WIKIPEDIA, 'utf8'));
    const opened = await env.open(url);
    await sleep(500);
    expect(await answersUnwoken(opened.url)).toBe(false);
    // env.waitForState wakes the page as the popup does.
    const off = await env.waitForState(opened.url, (s) => s.status !== 'analysing');
    expect(off).toMatchObject({ status: 'off', enabled: false, isArticle: false, why: 'not-news' });
    await sleep(500);
    expect(await opened.page.evaluate(COUNT_BADGES)).toBe(0);
    expect(
      await opened.page.evaluate('performance.getEntriesByName("sourcelight:start").length'),
    ).toBe(0);
    const on = await env.send<{ enabled: boolean; status: string }>(opened.url, {
      type: 'sourcelight:set-enabled',
      enabled: true,
    });
    expect(on).toMatchObject({ enabled: true });
    const ready = await env.waitForState(opened.url, (s) => s.status === 'ready');
    expect(ready.why).toBe('page-on');
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  }, 60_000);

  test('"always on this site": the background wakes a page with no news signal as it loads', async () => {
    const host = new URL(env.server.url('/')).hostname;
    await env.extension(
      `await browser.storage.local.set({ siteRules: { [arg]: 'always' } });`,
      host,
    );
    try {
      const url = env.route('/gen/wikipedia-always.html', readFileSync(WIKIPEDIA, 'utf8'));
      const opened = await env.open(url);
      // No one asks the page: badges come only if the background woke it.
      const deadline = Date.now() + 30_000;
      let badges = 0;
      while (Date.now() < deadline && badges === 0) {
        await sleep(250);
        badges = (await opened.page.evaluate(COUNT_BADGES)) as number;
      }
      expect(badges).toBeGreaterThan(0);
      const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
      expect(state).toMatchObject({ enabled: true, why: 'site-always' });
      expect(opened.errors).toEqual([]);
      await opened.page.close();
    } finally {
      await env.extension(`await browser.storage.local.remove('siteRules');`);
    }
  }, 60_000);
});
