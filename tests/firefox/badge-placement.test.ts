// Badges never cover words, in Firefox too (issue 23): on the demo article
// and saved news pages (as saved, and in a news column of their own), at 1280
// and 800 px wide, no shown badge's box meets any character of the page and
// no two badges meet — the measurement of the Chromium tier
// (tests/helpers/badge-overlap.ts), since Firefox lays out text and reports
// client rects in its own way.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARED } from '../../scripts/browser';
import { OVERLAP_JS, type OverlapReport } from '../helpers/badge-overlap';
import { expectTapsWork, HIGHLIGHT_RANGES_JS, tapUntilWaiting } from '../helpers/touch';
import { FirefoxEnv, sleep } from './harness';

const NEWS = join(SHARED, 'corpus', 'news');
const NEWS_PAGES = ['nytimes-3', 'telegraph'].filter((name) =>
  existsSync(join(NEWS, name, 'source.html')),
);
if (NEWS_PAGES.length === 0) console.warn(`[firefox] ${NEWS} is absent: saved news pages skipped.`);

/** A news site's column, for a saved page whose stylesheet is offline. */
const COLUMN_JS = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('style');
  s.textContent = 'body { max-width: 640px !important; margin: 0 auto !important; }';
  document.head.append(s);
});`;

const PENDING = `[...document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge.pending')].length`;

const CASES = [
  { name: 'demo', path: '/demo/article.html', column: false },
  ...NEWS_PAGES.map((name) => ({ name, path: `/news/${name}/source.html`, column: false })),
  ...NEWS_PAGES.slice(0, 1).map((name) => ({
    name: `${name} (column)`,
    path: `/news/${name}/source.html`,
    column: true,
  })),
];

for (const width of [1280, 800]) {
  describe(`Firefox, ${width} px wide`, () => {
    let env: FirefoxEnv;
    beforeAll(async () => {
      env = await FirefoxEnv.start({ width, height: 900 });
    });
    afterAll(async () => {
      await env?.close();
    });

    test.each(CASES)(
      '$name: no badge over a word or another badge',
      async ({ name, path, column }) => {
        const url = env.server.url(path);
        const opened = await env.open(url, column ? COLUMN_JS : undefined);
        let state = await env.waitForState(url, (s) => s.status !== 'analysing');
        if (!state.enabled) await env.send(url, { type: 'sourcelight:set-enabled', enabled: true });
        state = await env.waitForState(url, (s) => s.status === 'ready');
        await env.waitForBadges(opened.page, state.items.length);
        for (let i = 0; i < 50 && (await opened.page.evaluate(PENDING)) !== 0; i++)
          await sleep(100);
        const r = (await opened.page.evaluate(OVERLAP_JS)) as OverlapReport;
        console.log(
          `[firefox badge-placement] ${width}px ${name}: ${r.badges} of ${r.total} badges shown, ` +
            `${r.chars} characters, ${r.text.length} covered, ${r.badgePairs.length} pairs meeting`,
        );
        expect(r.total).toBe(state.items.length);
        expect(r.badges).toBeGreaterThan(0);
        if (name === 'demo' || column) expect(r.badges).toBe(r.total);
        expect(r.text).toEqual([]);
        expect(r.badgePairs).toEqual([]);
        expect(opened.errors).toEqual([]);
        await opened.page.close();
      },
    );
  });
}

describe('Firefox, a touch screen 420 px wide, where nothing hovers', () => {
  let env: FirefoxEnv;
  beforeAll(async () => {
    env = await FirefoxEnv.start({ width: 420, height: 900 });
  });
  afterAll(async () => {
    await env?.close();
  });

  test.runIf(NEWS_PAGES.includes('nytimes-3'))(
    'a tap on the words shows their waiting badge, and a tap on the badge opens its tooltip',
    async () => {
      const url = env.server.url('/news/nytimes-3/source.html');
      const { page, errors } = await env.open(url);
      const state = await env.waitForState(url, (s) => s.status === 'ready');
      await env.waitForBadges(page, state.items.length);
      await page.bringToFront(); // a background tab's frames are held back
      for (let i = 0; i < 50 && (await page.evaluate(PENDING)) !== 0; i++) await sleep(100);
      const count = (await page.evaluate(`${HIGHLIGHT_RANGES_JS}.length`)) as number;
      expect(count).toBe(state.items.length);
      // Tap each attribution's words in turn until one's badge waits (no room beside its line).
      const walk = await tapUntilWaiting(
        {
          evaluate: (js) => page.evaluate(js),
          tap: (x, y) => page.touchscreen.tap(x, y),
          sleep,
        },
        count,
      );
      expectTapsWork(walk);
      expect(errors).toEqual([]);
    },
  );
});
