// Automatic mode only on news, in Firefox ESR with the built add-on: a saved
// news page switches on by itself (the loader imports the analyser), an
// encyclopedia page stays off and says why, and switching it on loads the
// analyser there too.
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

  test('an encyclopedia page stays off, says why, and analyses once switched on', async () => {
    const url = env.route('/gen/wikipedia.html', readFileSync(WIKIPEDIA, 'utf8'));
    const opened = await env.open(url);
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
});
