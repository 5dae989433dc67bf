// Badge groups on a long article: each group's box encloses its badges; on
// a page with thousands of badges the groups far from the viewport are
// skipped by rendering (content-visibility) yet their badges stay reachable
// by Tab, arrows and focusIndex and land on their cue, and a tooltip in a
// group far down the page sits next to its badge without being clipped by
// the group's box. Below that many badges, nothing is skipped.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { BadgeLayer, SKIP_FAR_ABOVE, type BadgeItem } from '../../lib/page/badges';
import { Overlay } from '../../lib/page/overlay';
import { attributionIn, rangeIn, staticIn } from './helpers';

/** Enough badges for far groups to skip rendering (150 badges a group). */
const COUNT = SKIP_FAR_ABOVE + 200;
const CUE = 'said on Tuesday';

let overlay: Overlay;
let layer: BadgeLayer;
let paragraphs: HTMLParagraphElement[];

function text(i: number): string {
  return `Paragraph ${i}: the mayor ${CUE} that the works would end soon.`;
}

function itemsFor(indices: number[]): BadgeItem[] {
  return indices.map((i) => {
    const t = text(i);
    const a = attributionIn(t, {
      cue: CUE,
      source: 'the mayor',
      kind: 'named',
      score: 60 + (i % 30),
      band: 'moderate',
    });
    return {
      key: `k${i}`,
      attribution: a,
      cue: staticIn(paragraphs[i].firstChild!, a.cue.start, a.cue.end),
    };
  });
}

const all = () => itemsFor([...Array(COUNT).keys()]);

function badges(): HTMLElement[] {
  return [...overlay.root.querySelectorAll<HTMLElement>('.badge')];
}

function groups(): HTMLElement[] {
  return [...overlay.root.querySelectorAll<HTMLElement>('.group')];
}

/** The end of cue `i` on screen. */
function cueEnd(i: number): DOMRect {
  const start = text(i).indexOf(CUE);
  const r = rangeIn(paragraphs[i].firstChild!, start, start + CUE.length).getClientRects();
  return r[r.length - 1];
}

/** In the rail: right of the column, its middle on the line where cue `i` ends. */
function expectAtCue(badge: HTMLElement, i: number): void {
  const b = badge.getBoundingClientRect();
  const end = cueEnd(i);
  expect(b.width).toBeGreaterThan(10);
  expect(badge.classList.contains('peek')).toBe(false);
  expect(b.left).toBeGreaterThan(paragraphs[i].getBoundingClientRect().right);
  const mid = (b.top + b.bottom) / 2;
  expect(mid).toBeGreaterThan(end.top);
  expect(mid).toBeLessThan(end.bottom);
}

/** Whether a badge is rendered, not skipped in a group far from the viewport. */
function rendered(el: Element): boolean {
  return el.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
}

function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

beforeEach(() => {
  window.scrollTo(0, 0);
  document.body.innerHTML = '';
  const article = document.createElement('article');
  // Narrower than the test frame: a margin on the right for the badges' rail.
  article.style.cssText = 'font: 16px/1.5 Georgia, serif; width: 300px; margin: 20px';
  paragraphs = Array.from({ length: COUNT }, (_, i) => {
    const p = document.createElement('p');
    p.style.margin = '0 0 60px';
    p.textContent = text(i);
    return p;
  });
  article.append(...paragraphs);
  document.body.append(article);
  overlay = new Overlay(document);
  overlay.attach();
  layer = new BadgeLayer(overlay, { onWrong: vi.fn() });
});

afterEach(() => {
  layer.destroy();
  overlay.destroy();
  window.scrollTo(0, 0);
});

test("each group's box encloses its badges with room for their focus ring", async () => {
  await layer.sync(all());
  layer.position();
  const gs = groups();
  expect(gs.length).toBe(Math.ceil(COUNT / 150));
  for (const g of gs) {
    const box = g.getBoundingClientRect();
    const inside = [...g.querySelectorAll<HTMLElement>('.badge')];
    expect(inside.length).toBeGreaterThan(0);
    for (const b of inside) {
      const r = b.getBoundingClientRect();
      // The focus ring reaches 4 px past the badge.
      expect(r.left - 4).toBeGreaterThanOrEqual(box.left);
      expect(r.top - 4).toBeGreaterThanOrEqual(box.top);
      expect(r.right + 4).toBeLessThanOrEqual(box.right);
      expect(r.bottom + 4).toBeLessThanOrEqual(box.bottom);
    }
  }
  // And every badge, near or far, is beside its cue.
  for (const [i, b] of badges().entries()) expectAtCue(b, i);
});

test('groups far from the viewport are skipped, and the page does not move', async () => {
  const before = paragraphs.slice(0, 3).map((p) => p.getBoundingClientRect().toJSON());
  const height = document.documentElement.scrollHeight;
  await layer.sync(all());
  layer.position();
  await frames();
  const els = badges();
  expect(rendered(els[0])).toBe(true);
  expect(rendered(els[COUNT - 1])).toBe(false);
  // Skipped is not gone: still in the accessibility tree's terms, named.
  expect(els[COUNT - 1].getAttribute('aria-label')).toMatch(/the mayor/i);
  expect(paragraphs.slice(0, 3).map((p) => p.getBoundingClientRect().toJSON())).toEqual(before);
  expect(document.documentElement.scrollHeight).toBe(height);
  const host = overlay.host.getBoundingClientRect();
  expect([host.width, host.height]).toEqual([0, 0]);
});

test('focusIndex reaches a badge in a far group, scrolls it into view at its cue', async () => {
  await layer.sync(all());
  layer.position();
  await frames();
  const last = badges()[COUNT - 1];
  expect(rendered(last)).toBe(false);
  expect(layer.focusIndex(COUNT - 1)).toBe(true);
  expect(overlay.root.activeElement).toBe(last);
  await frames();
  expect(rendered(last)).toBe(true);
  const r = last.getBoundingClientRect();
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(window.innerHeight);
  expectAtCue(last, COUNT - 1);
  // Home goes back to the first badge, End to the last, across the groups.
  last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
  expect(overlay.root.activeElement).toBe(badges()[0]);
  badges()[0].dispatchEvent(
    new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }),
  );
  expect(overlay.root.activeElement).toBe(last);
});

test('focusIndex on a badge not yet placed, then the full placement, keep it at its cue', async () => {
  await layer.sync(all());
  // Only badge 200 is placed (its group's box fits it alone)...
  expect(layer.focusIndex(200)).toBe(true);
  expectAtCue(badges()[200], 200);
  // ...then all of them: the group's origin moves, the badge must not.
  layer.position();
  expectAtCue(badges()[200], 200);
  expectAtCue(badges()[150], 150);
  expectAtCue(badges()[299], 299);
});

test('Tab from the page reaches the first badge in a far group and brings it into view', async () => {
  const after = document.createElement('button');
  after.textContent = 'page button';
  document.body.append(after);
  await layer.sync(all());
  layer.position();
  after.focus();
  after.scrollIntoView();
  await frames();
  const first = badges()[0];
  expect(rendered(first)).toBe(false);
  // The overlay comes after the page in the DOM: Tab goes from the page's
  // last control to the first badge, at the top of the article.
  await userEvent.keyboard('{Tab}');
  expect(overlay.root.activeElement).toBe(first);
  await frames();
  expect(rendered(first)).toBe(true);
  const r = first.getBoundingClientRect();
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(window.innerHeight);
  expectAtCue(first, 0);
});

test('Tab goes from the last badge of a group, through its tooltip, to the next group', async () => {
  await layer.sync(all());
  layer.position();
  const els = badges();
  expect(layer.focusIndex(149)).toBe(true);
  await userEvent.keyboard('{Tab}');
  expect(overlay.root.activeElement).toBe(layer.tooltip.wrongButton);
  await userEvent.keyboard('{Tab}');
  expect(overlay.root.activeElement).toBe(els[150]);
  expect(els[150].parentElement).not.toBe(els[149].parentElement);
  expectAtCue(els[150], 150);
});

test('a tooltip in a group far down the page sits by its badge and is not clipped', async () => {
  await layer.sync(all());
  layer.position();
  const badge = badges()[COUNT - 1];
  const group = badge.parentElement!;
  expect(parseFloat(group.style.top)).toBeGreaterThan(10000);
  expect(layer.focusIndex(COUNT - 1)).toBe(true);
  await frames();
  const tip = layer.tooltip.element;
  expect(tip.hidden).toBe(false);
  const b = badge.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const box = group.getBoundingClientRect();
  // Next to its badge: just below (or above), from its left edge less 8 px,
  // unless that would cross the viewport's right edge.
  const right = document.documentElement.clientWidth;
  expect(t.left).toBeCloseTo(Math.max(8, Math.min(b.left - 8, right - t.width - 8)), -0.5);
  expect(Math.abs(t.top - (b.bottom + 6)) < 2 || Math.abs(t.bottom - (b.top - 6)) < 2).toBe(true);
  // Larger than the group's box (badges in the rail: it reaches out to the
  // left), and its far corner still renders and takes clicks.
  const outLeft = t.left < box.left - 20;
  expect(outLeft || t.right > box.right + 20).toBe(true);
  const x = outLeft ? t.left + 6 : t.right - 6;
  const y = t.bottom - 6;
  expect(y).toBeLessThan(window.innerHeight);
  const hit = overlay.root.elementFromPoint(x, y);
  expect(hit && tip.contains(hit)).toBe(true);
});

test('below SKIP_FAR_ABOVE badges, no group skips rendering', async () => {
  const some = [...Array(SKIP_FAR_ABOVE).keys()];
  await layer.sync(itemsFor(some));
  layer.position();
  await frames();
  const els = badges();
  expect(els.length).toBe(SKIP_FAR_ABOVE);
  expect(groups().length).toBeGreaterThan(2);
  expect(els.every(rendered)).toBe(true);
});

test('a re-sync that moves badges into other groups keeps each at its cue', async () => {
  await layer.sync(all());
  layer.position();
  // The first 40 attributions go: every later badge moves to an earlier group.
  const rest = [...Array(COUNT).keys()].slice(40);
  await layer.sync(itemsFor(rest));
  const els = badges();
  expect(els.length).toBe(rest.length);
  for (const k of [0, 109, 110, 111, 259, 260, rest.length - 1]) expectAtCue(els[k], rest[k]);
});

/** Places the way the painter does on a page of thousands: far badges wait. */
async function positionLazily(): Promise<void> {
  const done = await layer.positionSliced(
    () => new Promise((r) => setTimeout(r, 0)),
    new AbortController().signal,
  );
  expect(done).toBe(true);
}

const waiting = (el: Element) => el.classList.contains('pending');

test('on a page of thousands, only the badges near the viewport are placed; the rest wait, unseen', async () => {
  await layer.sync(all());
  await positionLazily();
  const els = badges();
  // The viewport shows the first paragraphs: the first group is placed, beside its cues...
  for (const i of [0, 1, 5]) {
    expect(waiting(els[i])).toBe(false);
    expectAtCue(els[i], i);
  }
  // ...and the far ones wait: not shown, not in the Tab order (display: none)
  expect(waiting(els[COUNT - 1])).toBe(true);
  expect(getComputedStyle(els[COUNT - 1]).display).toBe('none');
  // A waiting badge is counted and found by its kind and index; its words
  // and accessible name come when it is placed. A placed one has them.
  expect(els[COUNT - 1].dataset.sourcelightKind).toBe('named');
  expect(els[COUNT - 1].dataset.sourcelightIndex).toBe(String(COUNT - 1));
  expect(els[COUNT - 1].getAttribute('aria-label')).toBeNull();
  expect(els[COUNT - 1].textContent).toBe('');
  expect(els[0].getAttribute('aria-label')).toMatch(/the mayor/i);
  expect(els[0].textContent).not.toBe('');
  const placedCount = els.filter((b) => !waiting(b)).length;
  expect(placedCount).toBeGreaterThan(0);
  expect(placedCount).toBeLessThan(COUNT / 2);
});

test('scrolled far down, the badges there are placed at their cues (placeNear)', async () => {
  await layer.sync(all());
  await positionLazily();
  paragraphs[COUNT - 1].scrollIntoView();
  layer.placeNear();
  await frames();
  const last = badges()[COUNT - 1];
  expect(waiting(last)).toBe(false);
  expect(rendered(last)).toBe(true);
  expectAtCue(last, COUNT - 1);
  expect(last.getAttribute('aria-label')).toMatch(/the mayor/i);
  // the words of a placed badge near the top with the same score
  expect(last.textContent).toBe(badges()[(COUNT - 1) % 30].textContent);
  expectAtCue(badges()[COUNT - 10], COUNT - 10);
});

test('where far badges wait, focusIndex places the badge and Tab goes on to the next group', async () => {
  await layer.sync(all());
  await positionLazily();
  const els = badges();
  expect(waiting(els[449])).toBe(true);
  expect(layer.focusIndex(449)).toBe(true);
  expect(overlay.root.activeElement).toBe(els[449]);
  await frames();
  expectAtCue(els[449], 449);
  // its neighbour in the next group was placed with it: Tab reaches it
  expect(waiting(els[450])).toBe(false);
  await userEvent.keyboard('{Tab}');
  expect(overlay.root.activeElement).toBe(layer.tooltip.wrongButton);
  await userEvent.keyboard('{Tab}');
  expect(overlay.root.activeElement).toBe(els[450]);
  await frames();
  expectAtCue(els[450], 450);
});
