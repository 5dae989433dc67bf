// Hours on a live page (issue 23), the Firefox tier: a live blog rewritten
// 240 times and an infinite scroll through 60 articles, with the built
// add-on. The heap, the DOM counters and the CPU time come from the Chrome
// DevTools Protocol and are measured in Chromium only
// (tests/e2e/soak.test.ts); here, what the page itself can see: after each
// batch of changes, Sourcelight's badges and registered ranges are exactly
// what the analyzer finds on the page now (not its history), no range points
// at a removed node, the document (overlay included) keeps its size, and its
// performance marks stay few.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MARKS_KEPT } from '../../lib/page/controller';
import {
  MARKS_JS,
  infiniteScrollPage,
  liveBlogPage,
  settled,
  waitForScan,
  type Evaluate,
} from '../e2e/pages/soak/scenarios';
import { FirefoxEnv } from './harness';

let env: FirefoxEnv;

beforeAll(async () => {
  env = await FirefoxEnv.start();
});

afterAll(async () => {
  await env?.close();
});

/** Opens `html`, then `batches` times: `perBatch` changes and the scan they set off; checks every `every`. */
async function soak(path: string, html: string, batches: number, perBatch: number, every: number) {
  const opened = await env.open(env.route(path, html));
  const evaluate: Evaluate = (e) => opened.page.evaluate(e);
  let scans = await waitForScan(evaluate, 0, 30_000);
  // (No env.state() here: its extension page would send this tab to the
  // background, where Firefox pauses the animation frames a scan waits for.)
  expect(scans).toBeGreaterThan(0);
  const sizes: number[] = [];
  const check = async () => {
    const { probe, expected } = await settled(evaluate);
    expect(expected).toBeGreaterThan(0);
    expect({ badges: probe.badges, ranges: probe.ranges, stale: probe.stale }).toEqual({
      badges: expected,
      ranges: expected,
      stale: 0,
    });
    expect(await evaluate(MARKS_JS)).toBeLessThanOrEqual(2 * MARKS_KEPT + 2);
    return probe;
  };
  await check();
  for (let b = 1; b <= batches; b++) {
    await evaluate(`window.__soak.change(${perBatch})`);
    scans = await waitForScan(evaluate, scans);
    // The page has its full size from the first check on (the scroll starts with one article).
    if (b % every === 0) sizes.push((await check()).attached);
  }
  const last = await check();
  expect(last.changes).toBe(batches * perBatch);
  // Bounded, not fixed: a rewritten entry may hold one attribution more or
  // less, and each is a badge and its nodes (255 against 242 in one CI run).
  expect(Math.max(...sizes)).toBeLessThanOrEqual(sizes[0] * 1.1 + 10);
  expect(opened.errors).toEqual([]);
  await opened.page.close();
  return sizes;
}

test('a live blog posting and rewriting entries 240 times: badges and ranges follow the page', async () => {
  await soak('/gen/soak-live-blog.html', liveBlogPage(), 20, 12, 5);
}, 90_000);

test('an infinite scroll through 60 articles: badges and ranges follow the page', async () => {
  await soak('/gen/soak-scroll.html', infiniteScrollPage(), 20, 3, 5);
}, 90_000);
