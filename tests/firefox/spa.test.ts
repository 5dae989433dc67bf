// Single-page navigation in Firefox ESR, as the Chromium tier checks it
// (tests/e2e/content-fixtures.test.ts): the loader watches the URL itself
// (lib/page/context.ts: the Navigation API where the browser has it, else a
// look at the URL each second), so a front page that stays off switches on
// when the app shows a story, and goes off again on the way back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FirefoxEnv } from './harness';
import { COUNT_BADGES } from '../helpers/count-badges';

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start();
}, 60_000);
afterAll(async () => {
  await env?.close();
});

test('a new URL in a single-page app is decided afresh', async () => {
  const opened = await env.open(env.server.url('/content/spa.html'));
  const front = await env.waitForState(opened.url, (s) => s.status === 'off');
  expect(front.why).toBe('not-news');
  expect(await opened.page.evaluate(COUNT_BADGES)).toBe(0);

  await opened.page.evaluate('window.go("?story=1")');
  const storyUrl = env.server.url('/content/spa.html?story=1');
  const story = await env.waitForState(storyUrl, (s) => s.status === 'ready' && s.items.length > 0);
  expect(story).toMatchObject({
    enabled: true,
    why: 'news',
    title: 'Ferry timetable cut for winter',
  });
  expect(story.items.map((i) => i.kind)).toEqual(
    expect.arrayContaining(['official', 'named', 'non-response']),
  );
  expect(await opened.page.evaluate(COUNT_BADGES)).toBe(story.items.length);

  await opened.page.evaluate('history.back()');
  const back = await env.waitForState(opened.url, (s) => s.status === 'off');
  expect(back.url).toBe(opened.url);
  expect(await opened.page.evaluate(COUNT_BADGES)).toBe(0);
  expect(opened.errors).toEqual([]);
  await opened.page.close();
}, 60_000);
