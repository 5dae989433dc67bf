// Badges never cover words (issue 23): with the built extension in real
// Chromium, on the demo article and on saved news pages, at 1280 and at
// 800 px wide, no shown badge's box meets the box of any character of the
// page, and no two badges meet (tests/helpers/badge-overlap.ts measures it
// from the page). The saved pages are offline, so their own CSS is gone and
// their text runs from edge to edge: badges go to the free end of a line or
// wait for focus; the same pages in a news column of their own get the rail
// in the margin. A badge that waits shows on focus and on hovering its
// highlight. Also saves docs/screenshot-rail.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  SHARED,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { OVERLAP_JS, type OverlapReport } from '../helpers/badge-overlap';
import { expectTapsWork, HIGHLIGHT_RANGES_JS, tapUntilWaiting } from '../helpers/touch';
import { sendToTab, waitForState, watchExtensionErrors } from './content-helpers';

const NEWS = join(SHARED, 'corpus', 'news');
const present = existsSync(NEWS);
if (!present) console.warn(`[badge-placement] ${NEWS} is absent: news pages skipped.`);

/** The sample of tests/e2e/content-corpus.test.ts, with a page shown offline for seattletimes-1. */
const SAMPLE = [
  'guardian-1', // seattletimes-1 keeps its body hidden offline: no badge to place
  'nytimes-3',
  'wapo-1',
  'bbc-1',
  'schema-org-context-object',
  'telegraph',
  'quanta-1',
  'keep-images',
].filter((name) => present && existsSync(join(NEWS, name, 'source.html')));

/** A news site's column, for a saved page whose stylesheet is offline. */
const COLUMN_CSS = 'body { max-width: 640px !important; margin: 0 auto !important; }';
const COLUMN_JS = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('style');
  s.textContent = ${JSON.stringify(COLUMN_CSS)};
  document.head.append(s);
});`;

const BADGES = `[...document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge')]`;

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic({ '/news/': NEWS, '/demo/': join(ROOT, 'demo') });
});

afterAll(async () => {
  await server?.close();
});

/** A browser with the extension in which the saved pages' remote scripts,
 * fonts and images fail at once, as offline. */
async function launchOffline(
  width: number,
  height: number,
  hasTouch = false,
): Promise<ExtensionSession> {
  const session = await launchWithExtension({ viewport: { width, height }, hasTouch });
  await session.context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension:') ||
    route.request().url().startsWith(server.origin)
      ? route.continue()
      : route.abort(),
  );
  return session;
}

/** The page's state once ready, switched on first where it stayed off. */
async function switchOn(session: ExtensionSession, page: Page): Promise<PageState> {
  const state = await waitForState(session.worker, page, (s) => s.status !== 'analysing');
  if (!state.enabled)
    await sendToTab(session.worker, page.url(), { type: 'sourcelight:set-enabled', enabled: true });
  return waitForState(session.worker, page, (s) => s.status === 'ready');
}

for (const width of [1280, 800]) {
  describe(`${width} px wide`, () => {
    let session: ExtensionSession;
    const errors: string[][] = [];

    beforeAll(async () => {
      session = await launchOffline(width, 900);
    });

    afterAll(async () => {
      await session?.close();
      expect(errors.flat()).toEqual([]);
    });

    async function open(path: string, column = false): Promise<{ page: Page; state: PageState }> {
      const page = await session.context.newPage();
      errors.push(await watchExtensionErrors(page));
      if (column) await page.addInitScript(COLUMN_JS);
      await page.goto(server.url(path), { waitUntil: 'load' });
      const state = await switchOn(session, page);
      expect(state.status).toBe('ready');
      // Every badge placed (none still waiting for its first position).
      await expect
        .poll(() => page.evaluate(`${BADGES}.filter((b) => b.matches('.pending')).length`))
        .toBe(0);
      return { page, state };
    }

    async function measure(page: Page, name: string): Promise<OverlapReport> {
      const r = (await page.evaluate(OVERLAP_JS)) as OverlapReport;
      console.log(
        `[badge-placement] ${width}px ${name}: ${r.badges} of ${r.total} badges shown, ` +
          `${r.chars} characters, ${r.text.length} covered, ${r.badgePairs.length} pairs meeting`,
      );
      return r;
    }

    test('the demo article: every badge in the rail beside its line, no word covered', async () => {
      const { page, state } = await open('/demo/article.html');
      const r = await measure(page, 'demo');
      expect(r.total).toBe(state.items.length);
      expect(r.badges).toBe(r.total);
      expect(r.text).toEqual([]);
      expect(r.badgePairs).toEqual([]);
      // The rail: right of the article's column, within the window.
      const rail = (await page.evaluate(`(() => {
        const col = document.querySelector('article p').getBoundingClientRect();
        return { col: col.right, win: document.documentElement.clientWidth,
          lefts: ${BADGES}.map((b) => b.getBoundingClientRect().left),
          rights: ${BADGES}.map((b) => b.getBoundingClientRect().right) };
      })()`)) as { col: number; win: number; lefts: number[]; rights: number[] };
      for (const left of rail.lefts) expect(left).toBeGreaterThan(rail.col);
      for (const right of rail.rights) expect(right).toBeLessThanOrEqual(rail.win);
      // The highlight links badge and words: hovering a badge emphasises its attribution.
      const emphasised = `(() => { const h = CSS.highlights.get('sourcelight-emphasis');
        if (!h) return null; let t = null; h.forEach((r) => { const l = document.createRange();
        l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset);
        t = l.toString(); }); return t; })()`;
      expect(await page.evaluate(emphasised)).toBeNull();
      const first = page.locator('sourcelight-overlay .badge').first();
      await first.hover();
      const label = (await first.getAttribute('aria-label')) ?? '';
      const said = (await page.evaluate(emphasised)) as string;
      expect(said).toContain('Port Ellery Water Authority said');
      expect(label).toContain('Port Ellery Water Authority');
      await page.mouse.move(5, 5);
      await expect.poll(() => page.evaluate(emphasised)).toBeNull();
      await page.close();
    });

    test.each(SAMPLE)('%s as saved: no badge covers a word or another badge', async (name) => {
      const { page, state } = await open(`/news/${name}/source.html`);
      const r = await measure(page, name);
      expect(r.total).toBe(state.items.length);
      expect(r.badges).toBeGreaterThan(0);
      expect(r.text).toEqual([]);
      expect(r.badgePairs).toEqual([]);
      await page.close();
    });

    test.each(SAMPLE.slice(1, 4))(
      '%s in a news column: badges in the margin, none over a word',
      async (name) => {
        const { page } = await open(`/news/${name}/source.html`, true);
        const r = await measure(page, `${name} (column)`);
        expect(r.text).toEqual([]);
        expect(r.badgePairs).toEqual([]);
        // Most badges stand in the margin, right of the column.
        const inMargin = (await page.evaluate(
          `${BADGES}.filter((b) => b.getBoundingClientRect().left >= document.body.getBoundingClientRect().right).length`,
        )) as number;
        expect(inMargin).toBeGreaterThan(r.total / 2);
        await page.close();
      },
    );
  });
}

describe('a badge with no room beside its line', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchOffline(800, 900);
  });

  afterAll(async () => {
    await session?.close();
  });

  test.runIf(SAMPLE.includes('keep-images'))(
    'waits unseen, and shows on focus and on hovering its highlight',
    async () => {
      const page = await session.context.newPage();
      await page.goto(server.url('/news/keep-images/source.html'), { waitUntil: 'load' });
      await switchOn(session, page);
      const index = (await page.evaluate(
        `${BADGES}.findIndex((b) => b.classList.contains('peek'))`,
      )) as number;
      expect(index).toBeGreaterThanOrEqual(0);
      const badge = `${BADGES}[${index}]`;
      const style = () =>
        page.evaluate(`(() => { const s = getComputedStyle(${badge});
          return { opacity: s.opacity, pointer: s.pointerEvents }; })()`);
      expect(await style()).toEqual({ opacity: '0', pointer: 'none' });
      // Focus (Tab or the arrow keys) shows it.
      await page.evaluate(`${badge}.focus()`);
      expect(await style()).toEqual({ opacity: '1', pointer: 'auto' });
      await page.evaluate(`${badge}.blur()`);
      await expect.poll(style).toEqual({ opacity: '0', pointer: 'none' });
      // The pointer on its words shows it: it waits just above the end of its
      // cue, so the last character of the cue is below its left edge.
      const b = (await page.evaluate(
        `(() => { const r = ${badge}.getBoundingClientRect(); return { left: r.left, top: r.top }; })()`,
      )) as { left: number; top: number };
      await page.mouse.move(b.left - 4, b.top + 16);
      await expect.poll(style).toEqual({ opacity: '1', pointer: 'auto' });
      expect(await page.evaluate(`${badge}.classList.contains('lit')`)).toBe(true);
      // Off the words, it goes again (after a moment to reach it).
      await page.mouse.move(2, 2);
      await expect.poll(style).toEqual({ opacity: '0', pointer: 'none' });
      await page.close();
    },
  );
});

describe('a narrow window, where badges wait for hover or focus', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchOffline(420, 900);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The waiting badges and the marks shown, with what a reader's tools see of each. */
  const WAITING_JS = `(() => {
    const root = document.querySelector('[data-sourcelight="overlay"]').shadowRoot;
    const peek = [...root.querySelectorAll('.badge.peek')].filter((b) => b.getClientRects().length > 0);
    const marks = [...root.querySelectorAll('.mark')].filter((m) => m.getClientRects().length > 0);
    return {
      peek: peek.length,
      peekInTabOrder: peek.filter((b) => b.tabIndex >= 0 && !b.closest('[aria-hidden="true"]')).length,
      marks: marks.map((m) => {
        const r = m.getBoundingClientRect();
        const s = getComputedStyle(m);
        return { w: r.width, h: r.height, left: r.left, right: r.right, colour: s.borderLeftColor,
          line: s.borderLeftStyle, hidden: !!m.closest('[aria-hidden="true"]') };
      }),
      width: document.documentElement.clientWidth,
    };
  })()`;
  const MARKS_OVER_TEXT_JS = OVERLAP_JS.replace(
    "root.querySelectorAll('.badge')",
    "root.querySelectorAll('.mark')",
  );

  test.each(SAMPLE.filter((n) => ['keep-images', 'bbc-1', 'nytimes-3'].includes(n)))(
    '%s: each waiting badge has its mark beside its line, and no mark meets a character',
    async (name) => {
      expect(MARKS_OVER_TEXT_JS).not.toBe(OVERLAP_JS);
      const page = await session.context.newPage();
      const errors = await watchExtensionErrors(page);
      await page.goto(server.url(`/news/${name}/source.html`), { waitUntil: 'load' });
      await switchOn(session, page);
      await expect
        .poll(() => page.evaluate(`${BADGES}.filter((b) => b.matches('.pending')).length`))
        .toBe(0);
      const w = (await page.evaluate(WAITING_JS)) as {
        peek: number;
        peekInTabOrder: number;
        marks: {
          w: number;
          h: number;
          left: number;
          right: number;
          colour: string;
          line: string;
          hidden: boolean;
        }[];
        width: number;
      };
      const over = (await page.evaluate(MARKS_OVER_TEXT_JS)) as OverlapReport;
      console.log(
        `[badge-placement] 420px ${name}: ${w.peek} badges waiting, ${w.marks.length} marks, ` +
          `${over.chars} characters, ${over.text.length} covered by a mark`,
      );
      expect(w.peek).toBeGreaterThan(0);
      expect(w.marks.length).toBe(w.peek);
      // The badge stays in the Tab order; its mark is only a sign.
      expect(w.peekInTabOrder).toBe(w.peek);
      for (const m of w.marks) {
        expect(m.hidden).toBe(true);
        expect(m.w).toBeGreaterThanOrEqual(2);
        expect(m.h).toBeGreaterThanOrEqual(10);
        expect(m.left).toBeGreaterThanOrEqual(0);
        expect(m.right).toBeLessThanOrEqual(w.width);
        expect(m.colour).not.toBe('rgba(0, 0, 0, 0)');
        expect(['solid', 'dashed', 'dotted', 'double']).toContain(m.line);
      }
      expect(over.badges).toBe(w.marks.length);
      expect(over.text).toEqual([]);
      expect(errors).toEqual([]);
      if (name === 'nytimes-3') {
        // For docs/reader.md: the marks of waiting badges on a narrow window.
        await page.evaluate(`(() => {
          const m = [...document.querySelector('[data-sourcelight="overlay"]').shadowRoot
            .querySelectorAll('.mark')].find((e) => e.getClientRects().length > 0);
          window.scrollTo(0, m.getBoundingClientRect().top + scrollY - 200);
        })()`);
        await page.waitForTimeout(200);
        await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-marks.png') });
      }
      await page.close();
    },
  );
});

describe('a touch screen, where nothing hovers', () => {
  test.runIf(SAMPLE.includes('nytimes-3'))(
    'a tap on the words shows their waiting badge, and a tap on the badge opens its tooltip',
    async () => {
      const session = await launchOffline(420, 900, true);
      try {
        const page = await session.context.newPage();
        const errors = await watchExtensionErrors(page);
        await page.goto(server.url('/news/nytimes-3/source.html'), { waitUntil: 'load' });
        await switchOn(session, page);
        await expect
          .poll(() => page.evaluate(`${BADGES}.filter((b) => b.matches('.pending')).length`))
          .toBe(0);
        const count = (await page.evaluate(`${HIGHLIGHT_RANGES_JS}.length`)) as number;
        expect(count).toBeGreaterThan(0);
        // Tap each attribution's words in turn until one's badge waits (no room beside its line).
        const walk = await tapUntilWaiting(
          {
            evaluate: (js) => page.evaluate(js),
            tap: (x, y) => page.touchscreen.tap(x, y),
            sleep: (ms) => page.waitForTimeout(ms),
          },
          count,
        );
        expectTapsWork(walk);
        expect(errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});

test.runIf(SAMPLE.includes('nytimes-3'))(
  'screenshot of the rail on a news page, for docs/',
  async () => {
    const session = await launchOffline(1100, 760);
    try {
      const page = await session.context.newPage();
      await page.addInitScript(COLUMN_JS);
      await page.goto(server.url('/news/nytimes-3/source.html'), { waitUntil: 'load' });
      await switchOn(session, page);
      // The third badge near the top of the window, with a few lines above it.
      await page.evaluate(
        `window.scrollTo(0, ${BADGES}[2].getBoundingClientRect().top + scrollY - 160)`,
      );
      await page.waitForTimeout(200);
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-rail.png') });
    } finally {
      await session.close();
    }
  },
);
