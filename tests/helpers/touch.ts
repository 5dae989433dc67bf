// Page scripts for the touch tests of both browsers (tests/e2e and
// tests/firefox badge-placement): where to tap an attribution's words, which
// badge lit up, and whether a tooltip is open. Strings, so each harness
// evaluates them in the page's own world.
import { expect } from 'vitest';

const ROOT = `document.querySelector('[data-sourcelight="overlay"]').shadowRoot`;
const BADGES = `[...${ROOT}.querySelectorAll('.badge')]`;

/** Every Sourcelight highlight's words as live Ranges, in reading order (the
 * highlight registry is the document's: the page's own world reads it). */
export const HIGHLIGHT_RANGES_JS = `(() => {
  const ranges = [];
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('sourcelight')) h.forEach((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      ranges.push(r);
    });
  });
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
})()`;

/** Scrolls the `i`th attribution's words into view; the middle of their last line. */
export const tapTargetJs = (i: number) => `(() => {
  const r = ${HIGHLIGHT_RANGES_JS}[${i}];
  window.scrollTo(0, r.getBoundingClientRect().top + scrollY - 300);
  const rects = [...r.getClientRects()];
  const last = rects[rects.length - 1];
  return { x: last.left + last.width / 2, y: last.top + last.height / 2 };
})()`;

export interface LitBadge {
  peek: boolean;
  opacity: string;
  pointer: string;
  x: number;
  y: number;
}

/** The badge lit by the words under the pointer (or tapped), or null. */
export const LIT_BADGE_JS = `(() => {
  const b = ${BADGES}.find((b) => b.matches('.lit'));
  if (!b) return null;
  const r = b.getBoundingClientRect();
  const s = getComputedStyle(b);
  return { peek: b.matches('.peek'), opacity: s.opacity, pointer: s.pointerEvents,
    x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

/** The open tooltip's text, if a badge's tooltip is open and shown; else null. */
export const OPEN_TIP_JS = `(() => {
  const tip = ${ROOT}.querySelector('.tip');
  const open = ${BADGES}.some((b) => b.getAttribute('aria-expanded') === 'true');
  return open && tip && tip.getClientRects().length > 0 ? tip.textContent : null;
})()`;

/** What a harness lends the walk below: its page's evaluate and tap, and a pause. */
export interface TouchPage {
  evaluate(js: string): Promise<unknown>;
  tap(x: number, y: number): Promise<void>;
  sleep(ms: number): Promise<unknown>;
}

export interface TouchWalk {
  /** The badge each tap on an attribution's words lit, in turn (null: none). */
  lit: (LitBadge | null)[];
  /** The first of them that waits for room (shown on demand), if any. */
  waiting: LitBadge | null;
  /** The tooltip a tap on that badge opened, or null. */
  tip: string | null;
}

/**
 * Taps each of the page's `count` attributions' words in turn until one's
 * badge waits (no room beside its line), then taps that badge. Stops at the
 * first tap that lights nothing, so a test sees it as the last of `lit`.
 */
export async function tapUntilWaiting(page: TouchPage, count: number): Promise<TouchWalk> {
  const walk: TouchWalk = { lit: [], waiting: null, tip: null };
  for (let i = 0; i < count && !walk.waiting; i++) {
    const at = (await page.evaluate(tapTargetJs(i))) as { x: number; y: number };
    await page.sleep(100);
    await page.tap(at.x, at.y);
    await page.sleep(250); // lit in the next animation frame after the tap's mousemove
    const badge = (await page.evaluate(LIT_BADGE_JS)) as LitBadge | null;
    walk.lit.push(badge);
    if (!badge) return walk;
    if (badge.peek) walk.waiting = badge;
  }
  if (!walk.waiting) return walk;
  await page.tap(walk.waiting.x, walk.waiting.y);
  for (let k = 0; k < 30 && !walk.tip; k++) {
    walk.tip = (await page.evaluate(OPEN_TIP_JS)) as string | null;
    if (!walk.tip) await page.sleep(100);
  }
  return walk;
}

/** What both browsers assert of a walk: every tap lit the badge of the words
 * tapped; a waiting badge showed, could be tapped, and opened its tooltip. */
export function expectTapsWork(walk: TouchWalk): void {
  expect(walk.lit).not.toContain(null);
  expect(walk.waiting).not.toBeNull();
  expect(walk.waiting!.opacity).toBe('1');
  expect(walk.waiting!.pointer).toBe('auto');
  expect(walk.tip).toMatch(/\d+\/100/);
}
