// What a daily reader meets, in real Chromium with the built extension
// (issue 23): the tooltip in plain words (one sentence, then ▲/▼ reasons, no
// "cue" or "chain"), one letter for one thing across badges and popup, the
// popup's one-line score and its list of sources and attributed words, one
// scrollbar at the popup's real size, "This badge is wrong" with a visible
// confirmation and Undo, and one Tab stop that leads to the badges. Saves
// docs/screenshot-tooltip.png and docs/screenshot-popup.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { articlePage, generatedParagraphs } from './pages/hostile/generate';
import { sendToTab, waitForState, watchExtensionErrors } from './content-helpers';
import { openPopup, seriousViolations, storageGet, tabIdFor } from './popup-helpers';

let session: ExtensionSession;
let server: StaticServer;
const errorLists: string[][] = [];

beforeAll(async () => {
  const long = articlePage({ paragraphs: generatedParagraphs(300), title: 'A long article' });
  server = await serveStatic({ '/reader/': join(ROOT, 'tests/e2e/pages/reader') }, [
    (req, res) => {
      if (req.url !== '/gen/long.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(long);
      return true;
    },
  ]);
  session = await launchWithExtension({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  expect(errorLists.flat()).toEqual([]);
});

const ready = (s: PageState) => s.status === 'ready' && s.items.length > 0;

async function open(path = '/reader/article.html'): Promise<{ page: Page; state: PageState }> {
  const page = await session.context.newPage();
  errorLists.push(await watchExtensionErrors(page));
  await page.goto(server.url(path));
  const state = await waitForState(session.worker, page, ready);
  return { page, state };
}

/** Focus, tooltip and confirmation, as the overlay's shadow root holds them. */
function overlayState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot;
    const active = root?.activeElement as HTMLElement | null;
    const tip = root?.querySelector<HTMLElement>('.tip');
    const toast = root?.querySelector<HTMLElement>('.toast');
    const stopRoot = document.querySelector('[data-sourcelight="stop"]')?.shadowRoot;
    return {
      focused: active
        ? (active.getAttribute('data-sourcelight-index') ?? `.${active.className}`)
        : stopRoot?.activeElement
          ? 'stop'
          : null,
      focusedKind: active?.getAttribute('data-sourcelight-kind') ?? null,
      tip: tip && !tip.hidden ? tip.textContent : null,
      headline: tip && !tip.hidden ? (tip.querySelector('.headline')?.textContent ?? null) : null,
      raised: tip ? [...tip.querySelectorAll('li.raise')].map((li) => li.textContent) : [],
      lowered: tip ? [...tip.querySelectorAll('li.lower')].map((li) => li.textContent) : [],
      toast: toast && !toast.hidden ? toast.textContent : null,
      toastBox: toast && !toast.hidden ? toast.getBoundingClientRect().toJSON() : null,
      status: root?.querySelector('[role="status"]')?.textContent ?? null,
      badges: root?.querySelectorAll('.badge:not(.gone)').length ?? 0,
    };
  });
}

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h, name) => {
      // the band highlights (not the emphasis of the focused badge's words)
      if (name.startsWith('sourcelight') && !name.includes('emphasis')) n += h.size;
    });
    return n;
  });
}

describe('the tooltip in plain words', () => {
  test('one sentence first, then what raised and lowered the score; no "cue" or "chain"', async () => {
    const { page, state } = await open();
    const i = state.items.findIndex((it) => it.kinds.length > 1);
    expect(state.items[i].kinds).toEqual(['secondhand', 'anonymous']);
    expect(
      await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index: i }),
    ).toBe(true);
    const o = await overlayState(page);
    expect(o.headline).toBe(
      `A Wall Street Journal report citing unnamed sources: weak, ${state.items[i].score}/100`,
    );
    expect(o.tip).toMatch(/^A Wall Street Journal report citing unnamed sources/);
    expect(o.tip).toContain('Raised the score');
    expect(o.tip).toContain('Lowered the score');
    expect(o.raised).toEqual(['▲The unnamed source is described']);
    expect(o.lowered).toEqual([
      '▼Not named: you cannot check who they are',
      '▼Passed from hand to hand (another outlet, unnamed people)',
    ]);
    expect(o.tip).not.toMatch(/\bcue\b|\bchain\b|Source:/i);
    // Every tooltip of the page, the same: no expert's words.
    for (let k = 0; k < state.items.length; k++) {
      await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index: k });
      const t = (await overlayState(page)).tip ?? '';
      expect(t, `tooltip ${k}`).not.toMatch(/\bcue\b|\bchain\b/i);
      expect(t.length).toBeGreaterThan(20);
    }
    // axe, with a tooltip open (the overlay's shadow root and the Tab stop included).
    expect(await seriousViolations(page)).toEqual([]);
    // The picture for the README: the chain's tooltip beside its sentence.
    await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index: i });
    await page.waitForTimeout(150);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const box = await page.locator('article').boundingBox();
    const x = Math.max(0, Math.floor(box!.x - 20));
    const y = Math.max(0, Math.floor(box!.y + 60));
    await page.screenshot({
      path: join(ROOT, 'docs', 'screenshot-tooltip.png'),
      clip: { x, y, width: Math.min(1100 - x, 900), height: 330 },
    });
    await page.close();
  });
});

describe('the popup', () => {
  test('one letter means one thing, the score on one line, sources and attributed words, axe clean', async () => {
    const { page, state } = await open('/reader/article.html?t=popup');
    const tabId = await tabIdFor(session, page.url());
    const popup = await openPopup(session, tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    const s = state.summary!;
    expect(await popup.locator('#score-heading').textContent()).toBe(
      `${s.verdict} — ${s.band}, ${s.score}/100`,
    );
    expect(await popup.locator('#verdict').count()).toBe(0);
    // Kind letters (the badges' own) and band symbols: no sign stands for two things.
    const kindSigns = await popup.locator('#kind-counts .chip').allTextContents();
    const bandSigns = await popup.locator('#band-legend .chip').allTextContents();
    expect(new Set(kindSigns).size).toBe(7);
    expect(new Set(bandSigns).size).toBe(4);
    const shared = kindSigns.filter((k) => bandSigns.includes(k));
    // "—" is both "no response" and its band, "no score": the same meaning.
    expect(shared).toEqual(['—']);
    const badgeLetters = await page.evaluate(() =>
      [
        ...(document
          .querySelector('[data-sourcelight="overlay"]')
          ?.shadowRoot?.querySelectorAll<HTMLElement>('.badge') ?? []),
      ].map((b) => [b.dataset.sourcelightKind, (b.textContent ?? '').split(' ')[0]]),
    );
    for (const [kind, letter] of badgeLetters) {
      expect(await popup.locator(`#kind-counts li[data-kind="${kind}"] .chip`).textContent()).toBe(
        letter,
      );
      expect(bandSigns.filter((b) => b !== '—')).not.toContain(letter);
    }
    // The list: who, then the attributed words, not the start of the sentence.
    const items = popup.locator('#items button.item');
    expect(await items.count()).toBe(state.items.length);
    const named = state.items.findIndex((it) => it.kind === 'named');
    const text = await items.nth(named).locator('.snippet').textContent();
    expect(text).toBe(`${state.items[named].source} “${state.items[named].cue}”`);
    expect(await items.nth(named).textContent()).not.toContain(state.items[named].snippet);
    const body = await popup.locator('body').textContent();
    expect(body).not.toMatch(/\bcue\b|\bchain\b/i);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: join(ROOT, 'docs', 'screenshot-popup.png') });
    await popup.close();
    await page.close();
  });

  test('at its real size (380 × 600) a long list gives the popup exactly one scrollbar', async () => {
    const { page, state } = await open('/gen/long.html');
    expect(state.items.length).toBeGreaterThan(100);
    const tabId = await tabIdFor(session, page.url());
    const popup = await openPopup(session, tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    const scrollers = await popup.evaluate(() => {
      const out: string[] = [];
      const doc = document.scrollingElement!;
      if (doc.scrollHeight > doc.clientHeight + 1) out.push('document');
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const oy = getComputedStyle(el).overflowY;
        if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
          out.push(el.id || el.className || el.localName);
        }
      }
      return out;
    });
    expect(scrollers).toEqual(['main']);
    // The footer's "Copy report" stays in view; the list scrolls inside the one scroller.
    const copy = await popup.locator('#copy').boundingBox();
    expect(copy!.y + copy!.height).toBeLessThanOrEqual(600);
    await popup.close();
    await page.close();
  });
});

describe('"This badge is wrong"', () => {
  test('a confirmation with Undo; focus goes to the next badge without its tooltip; Undo brings it back', async () => {
    const { page, state } = await open('/reader/article.html?t=wrong');
    const n = state.items.length;
    const highlights = await highlightCount(page);
    const i = state.items.findIndex((it) => it.kind === 'vague');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(n - 1);
    await sendToTab(session.worker, page.url(), { type: 'sourcelight:focus', index: i });
    await page.keyboard.press('Tab');
    expect((await overlayState(page)).focused).toBe('.wrong');
    await page.keyboard.press('Enter');
    // The confirmation, visible and announced; focus on the next badge, no tooltip open.
    await expect.poll(async () => (await overlayState(page)).badges).toBe(n - 1);
    let o = await overlayState(page);
    expect(o.toast).toContain('Marked as wrong');
    expect(o.toastBox!.width).toBeGreaterThan(100);
    expect(o.status).toContain('Marked as wrong');
    expect(o.focusedKind).toBe(state.items[i + 1].kind);
    expect(o.tip).toBeNull();
    await expect.poll(() => highlightCount(page)).toBe(highlights - 1);
    const reports = async () =>
      ((await storageGet(session, 'wrongReports')).wrongReports as unknown[] | undefined) ?? [];
    await expect.poll(async () => (await reports()).length).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // Shift+Tab from that badge reaches Undo; Enter undoes.
    await page.keyboard.press('Shift+Tab');
    expect((await overlayState(page)).focused).toBe('.undo');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await overlayState(page)).badges).toBe(n);
    await expect.poll(() => highlightCount(page)).toBe(highlights);
    await expect.poll(async () => (await reports()).length).toBe(0);
    o = await overlayState(page);
    expect(o.toast).toBeNull();
    expect(o.focusedKind).toBe('vague');
    expect(o.tip).toBeNull();
    const after = await waitForState(session.worker, page, (s) => s.items.length === n);
    expect(after.items.map((it) => it.kind)).toEqual(state.items.map((it) => it.kind));
    await page.close();
  });
});

describe('keyboard', () => {
  test('one Tab stop before the article leads to the badges; Shift+Tab from the first goes back', async () => {
    const { page, state } = await open('/reader/article.html?t=keyboard');
    // Focusable elements of the page before the article, and in all.
    const counts = await page.evaluate(() => {
      const all = [...document.querySelectorAll('a[href], button, input, select, textarea')];
      const article = document.querySelector('article')!;
      const before = all.filter(
        (el) => article.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      return { all: all.length, before: before.length };
    });
    expect(counts.all).toBeGreaterThan(100);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let presses = 0;
    while (presses < 200) {
      await page.keyboard.press('Tab');
      presses++;
      if ((await overlayState(page)).focused === 'stop') break;
    }
    // Right after the links above the article, not after the page's 120 others.
    expect(presses).toBe(counts.before + 1);
    const label = await page.evaluate(
      () =>
        document.querySelector('[data-sourcelight="stop"]')?.shadowRoot?.querySelector('button')
          ?.textContent,
    );
    expect(label).toBe(
      `Sourcelight: ${state.items.length} attributions. Press Enter to go to the first, Alt+Shift+N for the next.`,
    );
    // Visible while it has focus (a skip link).
    const shown = await page.evaluate(() => {
      const b = document
        .querySelector('[data-sourcelight="stop"]')!
        .shadowRoot!.querySelector('button')!;
      return b.getBoundingClientRect().width;
    });
    expect(shown).toBeGreaterThan(150);
    await page.keyboard.press('Enter');
    let o = await overlayState(page);
    expect(o.focused).toBe('0');
    expect(o.tip).not.toBeNull();
    await page.keyboard.press('Shift+Tab');
    o = await overlayState(page);
    expect(o.focused).toBe('stop');
    // The stop takes no room: the article's blocks are where they are without it.
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('article > *')].map((e) =>
          JSON.stringify(e.getBoundingClientRect()),
        ),
      );
    const on = await boxes();
    await sendToTab(session.worker, page.url(), {
      type: 'sourcelight:set-enabled',
      enabled: false,
    });
    expect(await page.locator('[data-sourcelight="stop"]').count()).toBe(0);
    expect(await boxes()).toEqual(on);
    await page.close();
  });
});
