// Badges far from the viewport, with the built extension. On an article with
// thousands of attributions they wait to be placed until the reader scrolls
// near them, and their groups skip rendering (content-visibility):
// the keyboard still reaches the last badge, which then renders beside
// its cue and is named in the accessibility tree. On a usual article nothing
// is skipped: every badge, however far down, is in the accessibility tree.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { HostileEnv, type Opened } from './pages/hostile/harness';
import { articlePage, generatedParagraphs } from './pages/hostile/generate';

/** Above SKIP_FAR_ABOVE (500): far groups skip rendering. */
const COUNT = 1200;
/** A long but usual article: nothing skipped. */
const USUAL = 300;

let env: HostileEnv;
let opened: Opened;
let cdp: CDPSession;

async function openArticle(count: number, path: string): Promise<void> {
  const html = articlePage({ paragraphs: generatedParagraphs(count), title: 'Far badges' });
  opened = await env.open(env.route(path, html));
  expect(await env.waitForPainted(opened.page, 0, 45_000)).toBe(true);
  await env.waitForBadges(opened.page, count);
  cdp = await env.session.context.newCDPSession(opened.page);
}

beforeAll(async () => {
  env = await HostileEnv.start();
  await openArticle(COUNT, '/gen/far-badges.html');
}, 90_000);

afterAll(async () => {
  await env?.close();
});

/** Badge `index` in the overlay's open shadow root, as a main-world expression. */
const badgeExpr = (index: number) =>
  `document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge')[${index}]`;

async function axNode(index: number): Promise<{ ignored: boolean; name?: string; role?: string }> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression: badgeExpr(index) })) as {
    result: { objectId?: string };
  };
  expect(result.objectId).toBeTruthy();
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  })) as {
    nodes: { ignored: boolean; name?: { value: string }; role?: { value: string } }[];
  };
  return { ignored: nodes[0].ignored, name: nodes[0].name?.value, role: nodes[0].role?.value };
}

test('on a page of thousands, a badge far down the page skips rendering', async () => {
  const skipped = await opened.page.evaluate(
    `!${badgeExpr(COUNT - 1)}.checkVisibility({ contentVisibilityAuto: true })`,
  );
  expect(skipped).toBe(true);
  expect((await axNode(0)).ignored).toBe(false);
});

test('scrolled to the end, the badges there are placed and render beside their cues', async () => {
  const { page } = opened;
  // far from the viewport, they wait: not shown, out of the Tab order
  expect(await page.evaluate(`${badgeExpr(COUNT - 2)}.classList.contains('pending')`)).toBe(true);
  await page.evaluate(() => {
    const ps = document.querySelectorAll('article p');
    ps[ps.length - 2].scrollIntoView({ block: 'center' });
  });
  await expect
    .poll(() =>
      page.evaluate(`${badgeExpr(COUNT - 2)}.checkVisibility({ contentVisibilityAuto: true })`),
    )
    .toBe(true);
  const r = (await page.evaluate(`(() => {
    const box = ${badgeExpr(COUNT - 2)}.getBoundingClientRect();
    const ps = document.querySelectorAll('article p');
    const p = ps[ps.length - 2].getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, pTop: p.top, pBottom: p.bottom };
  })()`)) as { top: number; bottom: number; pTop: number; pBottom: number };
  expect(r.bottom).toBeGreaterThan(r.pTop);
  expect(r.top).toBeLessThan(r.pBottom);
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('End reaches the last badge, which renders beside its cue in view', async () => {
  const { page } = opened;
  await page.evaluate(`${badgeExpr(0)}.focus()`);
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  const r = (await page.evaluate(`(() => {
    const root = document.querySelector('[data-sourcelight="overlay"]').shadowRoot;
    const b = ${badgeExpr(COUNT - 1)};
    const box = b.getBoundingClientRect();
    return {
      focused: root.activeElement === b,
      rendered: b.checkVisibility({ contentVisibilityAuto: true }),
      top: box.top, bottom: box.bottom, left: box.left,
      inner: innerHeight,
    };
  })()`)) as {
    focused: boolean;
    rendered: boolean;
    top: number;
    bottom: number;
    left: number;
    inner: number;
  };
  expect(r.focused).toBe(true);
  expect(r.rendered).toBe(true);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(r.inner);
  // Its cue is the last paragraph's: the badge stands beside one of its lines.
  const p = (await page.evaluate(`(() => {
    const ps = document.querySelectorAll('article p');
    const box = ps[ps.length - 1].getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  })()`)) as { top: number; bottom: number };
  expect(r.bottom).toBeGreaterThan(p.top);
  expect(r.top).toBeLessThan(p.bottom);
  // Rendered now, it is in the accessibility tree with its name.
  const label = await page.evaluate(`${badgeExpr(COUNT - 1)}.getAttribute('aria-label')`);
  expect(await axNode(COUNT - 1)).toEqual({ ignored: false, name: label, role: 'button' });
  expect(opened.errors).toEqual([]);
});

test('on a usual page, every badge is in the accessibility tree with its name', async () => {
  await env.closePage(opened.page);
  await openArticle(USUAL, '/gen/usual-badges.html');
  const labels = (await opened.page.evaluate(
    `[...document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge')].map((b) => b.getAttribute('aria-label'))`,
  )) as string[];
  expect(labels.length).toBe(USUAL);
  for (const i of [0, USUAL / 2, USUAL - 1]) {
    expect(await axNode(i)).toEqual({ ignored: false, name: labels[i], role: 'button' });
  }
  expect(opened.errors).toEqual([]);
});
