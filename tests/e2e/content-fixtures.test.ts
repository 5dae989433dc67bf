// The built extension's content script on fixture pages written for it,
// served from loopback: every kind gets its badge, a non-article page waits
// for the switch, off leaves nothing, live pages and re-rendering pages are
// followed without a loop, single-page navigation is noticed, the keyboard
// reaches every badge and its tooltip. Also saves docs/screenshot.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import {
  badgesOf,
  leftovers,
  paragraphBoxes,
  sendToTab,
  waitForState,
  watchExtensionErrors,
} from './content-helpers';
import { KINDS } from '../../lib/sourcing/types';
import { plainReasons } from '../../lib/page/labels';

let session: ExtensionSession;
let server: StaticServer;
/** Errors from the extension, one list per page opened. */
const errorLists: string[][] = [];

beforeAll(async () => {
  server = await serveStatic({ '/content/': join(ROOT, 'tests/e2e/pages/content') });
  session = await launchWithExtension({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  expect(errorLists.flat()).toEqual([]);
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  errorLists.push(await watchExtensionErrors(page));
  await page.goto(server.url(path));
  return page;
}

const ready = (s: PageState) => s.status === 'ready';

test('an article gets one badge per attribution, covering every kind', async () => {
  const page = await open('/content/article.html');
  const state = await waitForState(session.worker, page, ready);
  expect(state.enabled).toBe(true);
  expect(state.isArticle).toBe(true);
  const badges = await badgesOf(page);
  expect(badges.length).toBe(state.items.length);
  const kinds = new Set(badges.map((b) => b.kind));
  for (const k of KINDS) {
    expect(kinds, `kind ${k}`).toContain(k);
  }
  const named = badges.find((b) => b.kind === 'named')!;
  expect(named.text).toMatch(/^N \d+$/);
  expect(named.label).toMatch(/^N \d+ — Ines Calder, named, on the record: strong, \d+ of 100$/);
  const none = badges.find((b) => b.kind === 'non-response')!;
  expect(none.score).toBe('');
  expect(none.text).toBe('—');
  // Captions and asides are not the article: "Officials said" / "sources said" there get no badge.
  expect(state.items.some((i) => /Illustration|mayor will visit/.test(i.snippet))).toBe(false);
  // One highlight per band, registered in the page's CSS.highlights.
  const names = await page.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_, n) =>
      out.push(n),
    );
    return out.sort();
  });
  expect(names).toEqual(
    expect.arrayContaining([
      'sourcelight-moderate',
      'sourcelight-none',
      'sourcelight-strong',
      'sourcelight-weak',
    ]),
  );
  // "Copy report" asks the page for its Markdown report: it is not in the state.
  expect(state).not.toHaveProperty('markdown');
  const report = await sendToTab<string>(session.worker, page.url(), {
    type: 'sourcelight:get-report',
  });
  expect(report).toContain('Ines Calder');
  await page.close();
});

test('keyboard: move from the background, arrows, Tab into the tooltip, Escape; hover shows it too', async () => {
  const page = await open('/content/article.html');
  const state = await waitForState(session.worker, page, ready);
  const focused = () =>
    page.evaluate(() => {
      const root = document.querySelector('sourcelight-overlay')?.shadowRoot;
      const el = root?.activeElement as HTMLElement | null;
      const tip = root?.querySelector('.tip') as HTMLElement | null;
      return {
        index: el?.getAttribute('data-sourcelight-index') ?? el?.className ?? null,
        tip: tip && !tip.hidden ? tip.textContent : null,
      };
    });
  expect(
    await sendToTab(session.worker, page.url(), { type: 'sourcelight:move', direction: 1 }),
  ).toBe(true);
  let f = await focused();
  expect(f.index).toBe('0');
  expect(f.tip).toContain(plainReasons(state.items[0])[0].text);
  await page.keyboard.press('ArrowRight');
  expect((await focused()).index).toBe('1');
  await sendToTab(session.worker, page.url(), { type: 'sourcelight:move', direction: -1 });
  expect((await focused()).index).toBe('0');
  await sendToTab(session.worker, page.url(), { type: 'sourcelight:move', direction: -1 });
  expect((await focused()).index).toBe(String(state.items.length - 1)); // wraps
  // From the popup's list.
  expect(await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index: 2 })).toBe(
    true,
  );
  f = await focused();
  expect(f.index).toBe('2');
  expect(f.tip).toContain('This badge is wrong');
  // Tab goes from the badge into its tooltip's button.
  await page.keyboard.press('Tab');
  expect((await focused()).index).toBe('wrong');
  await page.keyboard.press('Escape');
  f = await focused();
  expect(f.index).toBe('2');
  expect(f.tip).toBeNull();
  // Hover opens it as well.
  await page.locator('sourcelight-overlay .badge').nth(3).hover();
  await expect
    .poll(async () => ((await focused()).tip ?? '').toLowerCase())
    .toContain(state.items[3].source!.toLowerCase());
  await page.close();
});

test('a page that is not an article: nothing until switched on, then off leaves nothing', async () => {
  const page = await open('/content/plain.html');
  const off = await waitForState(session.worker, page, (s) => s.status === 'off');
  expect(off.isArticle).toBe(false);
  await page.waitForTimeout(300);
  expect(await badgesOf(page)).toEqual([]);
  expect(await leftovers(page)).toEqual({ nodes: 0, highlights: 0 });
  const before = await paragraphBoxes(page);
  const on = await sendToTab<PageState>(session.worker, page.url(), { type: 'sourcelight:toggle' });
  expect(on.enabled).toBe(true);
  expect(on.items.map((i) => i.kind)).toEqual(['named']);
  expect((await badgesOf(page)).map((b) => b.kind)).toEqual(['named']);
  expect(await paragraphBoxes(page)).toEqual(before);
  const offAgain = await sendToTab<PageState>(session.worker, page.url(), {
    type: 'sourcelight:toggle',
  });
  expect(offAgain.enabled).toBe(false);
  expect(await leftovers(page)).toEqual({ nodes: 0, highlights: 0 });
  // The choice is remembered for this page: a reload stays off... and "on" survives a reload.
  await sendToTab(session.worker, page.url(), { type: 'sourcelight:set-enabled', enabled: true });
  await page.reload();
  const again = await waitForState(session.worker, page, ready);
  expect(again.enabled).toBe(true);
  expect((await badgesOf(page)).length).toBe(1);
  await sendToTab(session.worker, page.url(), { type: 'sourcelight:set-enabled', enabled: false });
  await page.close();
});

test('a live page: appended paragraphs get badges, only new blocks are analysed', async () => {
  const page = await open('/content/live.html');
  const first = await waitForState(session.worker, page, ready);
  const n0 = first.items.length;
  expect(n0).toBeGreaterThanOrEqual(2);
  await page.evaluate(() => (window as unknown as { addPost(): void }).addPost());
  await page.evaluate(() => (window as unknown as { addPost(): void }).addPost());
  const grown = await waitForState(session.worker, page, (s) => s.items.length >= n0 + 2);
  expect(grown.items.map((i) => i.kind)).toEqual(
    expect.arrayContaining(['anonymous', 'non-response']),
  );
  expect((await badgesOf(page)).length).toBe(grown.items.length);
  await page.close();
});

test('a page that re-renders its article every 100 ms: badges stay, no feedback loop', async () => {
  const page = await open('/content/rerender.html');
  const state = await waitForState(session.worker, page, ready);
  expect(state.items.length).toBe(3);
  const scans = () =>
    page.evaluate(() =>
      Number(document.querySelector('sourcelight-overlay')?.getAttribute('data-sourcelight-scans')),
    );
  const s0 = await scans();
  const r0 = await page.evaluate(() => (window as unknown as { __renders(): number }).__renders());
  await page.waitForTimeout(3000);
  const s1 = await scans();
  const r1 = await page.evaluate(() => (window as unknown as { __renders(): number }).__renders());
  // ~30 renders in 3 s; the extension re-scans at most about twice a second.
  expect(r1 - r0).toBeGreaterThan(20);
  expect(s1 - s0).toBeLessThanOrEqual(4);
  expect((await badgesOf(page)).length).toBe(3);
  // When the page calms down, so does the extension.
  await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
  await page.waitForTimeout(2000);
  const s2 = await scans();
  await page.waitForTimeout(1500);
  expect(await scans()).toBe(s2);
  // Highlights point into the live article, not the replaced nodes.
  const live = await page.evaluate(() => {
    let ok = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('sourcelight'))
        h.forEach((r) => (ok += r.startContainer.isConnected ? 1 : 0));
    });
    return ok;
  });
  expect(live).toBe(3);
  await page.close();
});

test('single-page navigation: a new URL is decided afresh', async () => {
  const page = await open('/content/spa.html');
  await waitForState(session.worker, page, (s) => s.status === 'off');
  expect(await badgesOf(page)).toEqual([]);
  await page.evaluate(() => (window as unknown as { go(u: string): void }).go('?story=1'));
  const state = await waitForState(
    session.worker,
    page,
    (s) => s.status === 'ready' && s.items.length > 0,
  );
  expect(state.url).toContain('story=1');
  expect(state.title).toBe('Ferry timetable cut for winter');
  expect(state.items.map((i) => i.kind)).toEqual(
    expect.arrayContaining(['official', 'named', 'non-response']),
  );
  // Back to the front page: not an article, badges go.
  await page.goBack();
  await waitForState(session.worker, page, (s) => s.status === 'off' && !s.url.includes('story'));
  expect(await leftovers(page)).toEqual({ nodes: 0, highlights: 0 });
  await page.close();
});

test('dark page: the highlight colours switch to the dark palette', async () => {
  const page = await open('/content/article.html?theme=dark');
  await waitForState(session.worker, page, ready);
  // The rules ship in the content script's CSS (no sheet added at run time);
  // the dark page's ranges are registered under the dark palette's names.
  const painted = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    const out: Record<string, string> = {};
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_, name) => {
      if (name.startsWith('sourcelight')) {
        out[name] = getComputedStyle(p, `::highlight(${name})`).textDecorationColor;
      }
    });
    return { out, adopted: document.adoptedStyleSheets.length };
  });
  expect(Object.keys(painted.out).length).toBeGreaterThan(0);
  expect(Object.keys(painted.out).every((n) => n.endsWith('-dark'))).toBe(true);
  expect(Object.values(painted.out)).toContain('rgb(86, 211, 100)'); // dark strong, #56d364
  expect(painted.adopted).toBe(0);
  await page.close();
});

test('screenshot of a highlighted article for the README', async () => {
  const page = await open('/content/article.html');
  await page.setViewportSize({ width: 860, height: 1500 });
  await waitForState(session.worker, page, ready);
  // Open one tooltip (it falls over the photo) so the picture shows what a badge explains.
  const official = page.locator('sourcelight-overlay .badge[data-sourcelight-kind="official"]');
  await official.first().hover();
  await page.waitForTimeout(200);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const box = await page.locator('article').boundingBox();
  await page.screenshot({
    path: join(ROOT, 'docs', 'screenshot.png'),
    clip: { x: 0, y: 0, width: 860, height: Math.min(1500, Math.ceil(box!.y + box!.height + 24)) },
  });
  await page.close();
});
