// Pages that break or redefine globals before Sourcelight starts.
//
// What holds in Chromium, and what these tests pin down:
// - JS globals and prototypes are per world. A page that breaks
//   Array.prototype, Node.prototype/Element.prototype methods, window.CSS,
//   Highlight, timers, performance or MutationObserver breaks them in its own
//   (main) world only; the content script runs in an isolated world with
//   pristine copies, so it must work exactly as on a clean page.
// - What IS shared is the DOM itself and its behaviour: the custom-element
//   registry (a page can define the overlay's tag name), event dispatch (a
//   page's capture listeners run before the overlay's), and mutations (a page
//   can remove nodes it did not create). For those the contract is: no
//   uncaught error, no loop, the page keeps working, and Sourcelight shows
//   what it still can.
//
// The page's own world is broken, so these tests read the page through a
// fresh isolated world of their own (HostileEnv.isolated).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGES_JS,
  HostileEnv,
  TICKER,
  expectedAttributions,
  highlightsJs,
  type BadgeInfo,
  type Opened,
} from './pages/hostile/harness';
import { articlePage, attributionSentence, plainSentence } from './pages/hostile/generate';
import { BREAK_JS } from './pages/hostile/globals';

const TITLE = 'Harbourton bridge repairs run late';
const PARAGRAPHS = Array.from({ length: 8 }, (_, i) =>
  i % 2 ? plainSentence(i) : attributionSentence(i * 3 + 1),
);
const EXPECTED = expectedAttributions(PARAGRAPHS, TITLE);

let env: HostileEnv;
beforeAll(async () => {
  env = await HostileEnv.start();
});
afterAll(async () => {
  await env?.close();
});

/** Badges read from a clean isolated world, once their number is stable (or the time is up). */
async function stableBadges(page: Page, min: number, timeout = 15_000): Promise<BadgeInfo[]> {
  const t0 = Date.now();
  let last = -1;
  let since = Date.now();
  let badges: BadgeInfo[] = [];
  while (Date.now() - t0 < timeout) {
    badges = await env.isolated<BadgeInfo[]>(page, BADGES_JS);
    if (badges.length !== last) {
      last = badges.length;
      since = Date.now();
    } else if (badges.length >= min && Date.now() - since >= 600) break;
    await page.waitForTimeout(200);
  }
  return badges;
}

/** Non-transparent ::highlight colours of Sourcelight's highlights over the first paragraph. */
function highlightColours(page: Page): Promise<string[]> {
  return env.isolated<string[]>(
    page,
    `(() => {
      const p = document.querySelector('article p');
      const out = [];
      CSS.highlights.forEach((h, name) => {
        if (!String(name).startsWith('sourcelight')) return;
        const c = getComputedStyle(p, '::highlight(' + name + ')').backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)') out.push(c);
      });
      return out;
    })()`,
  );
}

async function ticks(page: Page): Promise<number> {
  return Number(
    await env.isolated<string>(page, 'document.documentElement.getAttribute("data-ticks")'),
  );
}

async function pageKeepsTicking(page: Page): Promise<void> {
  const a = await ticks(page);
  await page.waitForTimeout(400);
  expect((await ticks(page)) - a, 'the page timer keeps ticking').toBeGreaterThan(5);
}

function open(name: string, headScript: string, extraHead = ''): Promise<Opened> {
  const slug = name.replace(/[^a-z]+/gi, '-').toLowerCase();
  const html = articlePage({
    title: TITLE,
    paragraphs: PARAGRAPHS,
    head: `${TICKER}${extraHead}<script>${headScript}</script>`,
  });
  return env.open(env.route(`/gen/globals-${slug}.html`, html));
}

describe('broken globals in the page world do not reach the content script', () => {
  for (const [name, script] of Object.entries(BREAK_JS)) {
    test(name, async () => {
      const opened = await open(name, script);
      const badges = await stableBadges(opened.page, EXPECTED.length);
      expect(badges.map((b) => b.kind)).toEqual(EXPECTED.map((e) => e.kind));
      const ranges = await env.isolated<{ text: string }[]>(opened.page, highlightsJs());
      expect(ranges.map((r) => r.text).sort()).toEqual(EXPECTED.map((e) => e.whole).sort());
      expect(await highlightColours(opened.page)).not.toEqual([]);
      await pageKeepsTicking(opened.page);
      expect(opened.errors).toEqual([]);
      await env.closePage(opened.page);
    });
  }
});

describe('shared DOM behaviour a page can turn against Sourcelight', () => {
  test('capture listeners that swallow mouse, focus and key events: badges still appear and the popup can still open a tooltip', async () => {
    const opened = await open(
      'swallowing listeners',
      `['mouseover','mouseout','pointerover','pointerout','focusin','focusout','keydown','keyup','click']
        .forEach(function (type) {
          window.addEventListener(type, function (e) { e.stopImmediatePropagation(); }, true);
        });`,
    );
    const badges = await stableBadges(opened.page, EXPECTED.length);
    expect(badges.length).toBe(EXPECTED.length);
    const tip = await env.tooltip(opened, 0);
    expect(tip).not.toBeNull();
    expect(tip!.hidden).toBe(false);
    await pageKeepsTicking(opened.page);
    expect(opened.errors).toEqual([]);
    await env.closePage(opened.page);
  });

  test('a page that removes every node it did not create: no fight, no error, the page keeps working', async () => {
    const opened = await open(
      'node remover',
      `window.__removed = 0;
      // Once parsed, anything added straight under <html> or <head> is not the page's: out it goes.
      document.addEventListener('DOMContentLoaded', function () {
        new MutationObserver(function (records) {
          for (var i = 0; i < records.length; i++) {
            var added = records[i].addedNodes;
            for (var j = 0; j < added.length; j++) {
              var n = added[j];
              if (n.nodeType === 1 && n.parentNode &&
                  (n.parentNode === document.documentElement || n.parentNode === document.head)) {
                n.parentNode.removeChild(n);
                window.__removed++;
                document.documentElement.setAttribute('data-removed', String(window.__removed));
              }
            }
          }
        }).observe(document.documentElement, { childList: true, subtree: true });
      });`,
    );
    await opened.page.waitForTimeout(3000);
    const removed = async () =>
      Number(
        (await env.isolated<string | null>(
          opened.page,
          'document.documentElement.getAttribute("data-removed")',
        )) ?? 0,
      );
    const first = await removed();
    await opened.page.waitForTimeout(3000);
    const second = await removed();
    console.log(`node remover: ${second} Sourcelight nodes removed by the page`);
    // Re-adding its overlay on every removal would make this grow without end.
    expect(second - first).toBeLessThanOrEqual(2);
    // Highlights live in CSS.highlights, not in the DOM, so they survive, and
    // they must still be painted (their ::highlight rules must still apply).
    const ranges = await env.isolated<{ text: string }[]>(opened.page, highlightsJs());
    expect(ranges.length).toBe(EXPECTED.length);
    expect(await highlightColours(opened.page)).not.toEqual([]);
    await pageKeepsTicking(opened.page);
    expect(opened.errors).toEqual([]);
    await env.closePage(opened.page);
  });

  test("a page that defines a custom element with the overlay's tag name: no uncaught error, highlights still shown", async () => {
    const opened = await open(
      'overlay tag taken',
      `customElements.define('sourcelight-overlay', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'closed' }); }
      });`,
    );
    await opened.page.waitForTimeout(3000);
    const ranges = await env.isolated<{ text: string }[]>(opened.page, highlightsJs());
    const badges = await env.isolated<BadgeInfo[]>(opened.page, BADGES_JS);
    console.log(
      `overlay tag taken: ${ranges.length} highlights, ${badges.length} badges; logged: ${JSON.stringify(opened.errors)}`,
    );
    expect(opened.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    expect(ranges.length).toBe(EXPECTED.length);
    await pageKeepsTicking(opened.page);
    await env.closePage(opened.page);
  });
});
