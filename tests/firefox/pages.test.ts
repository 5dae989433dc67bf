// The fixture articles and saved news pages in Firefox get what Chromium gets:
// the same attributions (count, kind, band, score, cue, in reading order), one
// badge each, no error from the extension, and paragraphs that do not move
// when the highlights are switched off and on. Chromium runs beside Firefox in
// this file, so the comparison is with what Chromium shows now, not a copy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, SHARED, type ExtensionSession } from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { sendToTab, waitForState } from '../e2e/content-helpers';
import { FirefoxEnv, signature } from './harness';

const NEWS = join(SHARED, 'corpus', 'news');
const PAGES = [
  '/demo/article.html',
  '/content/article.html',
  '/popup/article.html',
  // seattletimes-1 keeps its body at visibility: hidden offline: no badges (tests/e2e/hidden-text).
  ...['wapo-1', 'nytimes-3', 'wapo-2', 'quanta-1', 'telegraph']
    .filter((name) => existsSync(join(NEWS, name, 'source.html')))
    .map((name) => `/news/${name}/source.html`),
];
if (PAGES.length < 8) console.warn(`[firefox] ${NEWS} is absent: saved news pages skipped.`);

/** Paragraph boxes, rounded to 1/100 px (as the Chromium tier measures them). */
const BOXES_JS = `[...document.querySelectorAll('p, li, h1, h2, h3, blockquote')].slice(0, 300).map((p) => {
  const r = p.getBoundingClientRect();
  return [r.x, r.y + window.scrollY, r.width, r.height].map((v) => Math.round(v * 100) / 100);
})`;

let env: FirefoxEnv;
let chromium: ExtensionSession;
beforeAll(async () => {
  env = await FirefoxEnv.start();
  chromium = await launchWithExtension();
  await chromium.context.route('**/*', (route) =>
    // The extension's own files (the analyser the loader imports) load too.
    route.request().url().startsWith(env.server.origin) ||
    route.request().url().startsWith('chrome-extension:')
      ? route.continue()
      : route.abort(),
  );
});
afterAll(async () => {
  await chromium?.close();
  await env?.close();
});

/** The page's state in Chromium, switched on if it was not an article. */
async function inChromium(url: string): Promise<PageState> {
  const page = await chromium.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let state = await waitForState(chromium.worker, page, (s) => s.status !== 'analysing');
  if (!state.enabled) {
    await sendToTab(chromium.worker, url, { type: 'sourcelight:set-enabled', enabled: true });
    state = await waitForState(chromium.worker, page, (s) => s.status === 'ready');
  }
  await page.close();
  return state;
}

describe('Firefox shows what Chromium shows', () => {
  test.each(PAGES)('%s', async (path) => {
    const url = env.server.url(path);
    const expected = await inChromium(url);
    expect(expected.status).toBe('ready');
    expect(expected.items.length).toBeGreaterThan(0);

    const opened = await env.open(url);
    let state = await env.waitForState(url, (s) => s.status !== 'analysing');
    if (!state.enabled) {
      await env.send(url, { type: 'sourcelight:set-enabled', enabled: true });
    }
    state = await env.waitForState(url, (s) => s.status === 'ready');
    expect(state.isArticle).toBe(expected.isArticle);
    expect(signature(state)).toEqual(signature(expected));
    expect(state.summary?.score).toBe(expected.summary?.score);
    const badges = await env.waitForBadges(opened.page, state.items.length);
    expect(badges.length).toBe(state.items.length);
    expect(badges.map((b) => b.kind)).toEqual(state.items.map((i) => i.kind));

    // Off and on again: nothing left behind, nothing moved.
    const on = (await opened.page.evaluate(BOXES_JS)) as number[][];
    await env.send(url, { type: 'sourcelight:set-enabled', enabled: false });
    expect(await env.badges(opened.page)).toEqual([]);
    expect(await env.highlights(opened.page)).toEqual([]);
    const off = (await opened.page.evaluate(BOXES_JS)) as number[][];
    await env.send(url, { type: 'sourcelight:set-enabled', enabled: true });
    await env.waitForState(url, (s) => s.status === 'ready');
    expect(off).toEqual(on);
    expect(await opened.page.evaluate(BOXES_JS)).toEqual(on);

    expect(opened.errors).toEqual([]);
    console.log(`[firefox] ${path}: ${badges.length} badges, as in Chromium`);
    await opened.page.close();
  });
});
