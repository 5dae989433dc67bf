// A page of thousands of attributions in Firefox ESR, as tests/e2e/badges-far
// checks it in Chromium: the badges far from the viewport wait to be placed
// (out of sight and out of the Tab order), those the reader scrolls to are
// placed beside their cues, and the keyboard reaches the last one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { articlePage, generatedParagraphs } from '../e2e/pages/hostile/generate';
import { FirefoxEnv, type Opened } from './harness';

/** Above SKIP_FAR_ABOVE (500): far badges wait. */
const COUNT = 1200;

let env: FirefoxEnv;
let opened: Opened;

const badge = (index: number) =>
  `document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge')[${index}]`;

/** Where badge `index` and the paragraph of its cue are on screen. */
const boxes = (index: number) => `(() => {
  const b = ${badge(index)}.getBoundingClientRect();
  const p = document.querySelectorAll('article p')[${index}].getBoundingClientRect();
  return { top: b.top, bottom: b.bottom, width: b.width, pTop: p.top, pBottom: p.bottom, inner: innerHeight };
})()`;

type Boxes = {
  top: number;
  bottom: number;
  width: number;
  pTop: number;
  pBottom: number;
  inner: number;
};

beforeAll(async () => {
  env = await FirefoxEnv.start({ width: 1200, height: 900 });
  const html = articlePage({ paragraphs: generatedParagraphs(COUNT), title: 'Far badges' });
  opened = await env.open(env.route('/gen/far-badges.html', html));
  await env.waitForState(opened.url, (s) => s.status === 'ready' && s.itemsTotal === COUNT, 60_000);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

test('the badges near the viewport are placed; the far ones wait, unseen', async () => {
  const { page } = opened;
  await expect.poll(() => page.evaluate(`${badge(0)}.classList.contains('pending')`)).toBe(false);
  const first = (await page.evaluate(boxes(0))) as Boxes;
  expect(first.width).toBeGreaterThan(10);
  expect(first.bottom).toBeGreaterThan(first.pTop);
  expect(first.top).toBeLessThan(first.pBottom);
  expect(await page.evaluate(`${badge(COUNT - 2)}.classList.contains('pending')`)).toBe(true);
  expect(await page.evaluate(`getComputedStyle(${badge(COUNT - 2)}).display`)).toBe('none');
});

test('scrolled to the end, the badges there are placed beside their cues', async () => {
  const { page } = opened;
  await page.evaluate(
    `document.querySelectorAll('article p')[${COUNT - 2}].scrollIntoView({ block: 'center' })`,
  );
  // (headless Firefox delivers the scroll event a second or two late: its
  // refresh driver runs slowly with no window on screen)
  await expect
    .poll(() => page.evaluate(`${badge(COUNT - 2)}.classList.contains('pending')`), {
      timeout: 10_000,
    })
    .toBe(false);
  const r = (await page.evaluate(boxes(COUNT - 2))) as Boxes;
  expect(r.bottom).toBeGreaterThan(r.pTop);
  expect(r.top).toBeLessThan(r.pBottom);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(r.inner);
  await page.evaluate('window.scrollTo(0, 0)');
});

test('End reaches the last badge, placed beside its cue in view', async () => {
  const { page } = opened;
  await page.evaluate(`${badge(0)}.focus()`);
  await page.keyboard.press('End');
  await expect
    .poll(() =>
      page.evaluate(
        `document.querySelector('[data-sourcelight="overlay"]').shadowRoot.activeElement === ${badge(COUNT - 1)}`,
      ),
    )
    .toBe(true);
  const r = (await page.evaluate(boxes(COUNT - 1))) as Boxes;
  expect(r.bottom).toBeGreaterThan(r.pTop);
  expect(r.top).toBeLessThan(r.pBottom);
  expect(opened.errors).toEqual([]);
});
