// Badges in real Chromium: placed in the margin beside their cue's line (or
// at the free end of the line, or unseen until focused), over no word, in an
// open shadow root, carrying their data attributes and accessible names,
// reachable with the keyboard, with a tooltip that Escape closes — and the
// article's paragraphs do not move.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BadgeLayer, type BadgeItem } from '../../lib/page/badges';
import { Overlay, OVERLAY_TAG } from '../../lib/page/overlay';
import { TOOLTIP_ID } from '../../lib/page/tooltip';
import { attributionIn, live, staticIn } from './helpers';
import { OVERLAP_JS, type OverlapReport } from '../helpers/badge-overlap';

const P1 =
  'The ministry said in a statement that the bridge would reopen, ' +
  'while sources familiar with the matter said the repairs had barely begun.';
const P2 = 'The contractor did not respond to a request for comment on Friday.';

let overlay: Overlay;
let layer: BadgeLayer;
let onWrong: ReturnType<typeof vi.fn<(item: BadgeItem) => void>>;
let paragraphs: HTMLParagraphElement[];

function items(): BadgeItem[] {
  const t1 = paragraphs[0].firstChild!;
  const t2 = paragraphs[1].firstChild!;
  const a1 = attributionIn(P1, {
    cue: 'said in a statement',
    source: 'The ministry',
    kind: 'official',
    score: 81,
    band: 'strong',
    reasons: ['named institution on the record', 'on the record in a statement'],
  });
  const a2 = attributionIn(P1, {
    cue: 'said the repairs',
    source: 'sources familiar with the matter',
    kind: 'anonymous',
    score: 22,
    band: 'weak',
  });
  a2.cue = { ...a2.cue, end: a2.cue.start + 4, text: 'said' };
  const a3 = attributionIn(P2, {
    cue: 'did not respond to a request for comment',
    source: 'The contractor',
    kind: 'non-response',
    score: null,
    band: 'none',
  });
  return [
    { key: 'a1', attribution: a1, cue: staticIn(t1, a1.cue.start, a1.cue.end) },
    { key: 'a2', attribution: a2, cue: staticIn(t1, a2.cue.start, a2.cue.end) },
    { key: 'a3', attribution: a3, cue: staticIn(t2, a3.cue.start, a3.cue.end) },
  ];
}

function boxes() {
  return paragraphs.map((p) => p.getBoundingClientRect().toJSON());
}

beforeEach(() => {
  document.body.innerHTML = '';
  const article = document.createElement('article');
  article.style.cssText = 'font: 18px/1.6 Georgia, serif; width: 340px; margin: 20px';
  paragraphs = [P1, P2].map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    return p;
  });
  article.append(...paragraphs);
  document.body.append(article);
  overlay = new Overlay(document);
  onWrong = vi.fn<(item: BadgeItem) => void>();
  layer = new BadgeLayer(overlay, { onWrong });
});

afterEach(() => {
  layer.destroy();
  overlay.destroy();
});

test('one badge per attribution, in an open shadow root, with data attributes and names', async () => {
  const before = boxes();
  overlay.attach();
  await layer.sync(items());
  layer.position();
  const host = document.querySelector(OVERLAY_TAG)!;
  expect(host.shadowRoot).not.toBeNull();
  const badges = [...host.shadowRoot!.querySelectorAll<HTMLElement>('[data-sourcelight-kind]')];
  expect(badges.map((b) => b.getAttribute('data-sourcelight-kind'))).toEqual([
    'official',
    'anonymous',
    'non-response',
  ]);
  expect(badges.map((b) => b.getAttribute('data-sourcelight-score'))).toEqual(['81', '22', '']);
  expect(badges.map((b) => b.textContent)).toEqual(['O 81', 'A 22', '—']);
  expect(badges[1].getAttribute('aria-label')).toBe(
    'A 22 — Sources familiar with the matter, not named: weak, 22 of 100',
  );
  expect(badges[2].getAttribute('aria-label')).toBe(
    'The contractor did not respond to a request for comment: no score',
  );
  expect(boxes()).toEqual(before);
});

/** Badge over text or badge over badge, measured as the e2e tiers do. */
function overlaps(): OverlapReport {
  return (0, eval)(OVERLAP_JS) as OverlapReport;
}

/** Whether badge box `b` stands beside the line of `end`: its middle within the line, or a row off. */
function besideLine(b: DOMRect, end: DOMRect): boolean {
  const mid = (b.top + b.bottom) / 2;
  return mid >= end.top - 20 && mid <= end.bottom + 20;
}

test('each badge sits in the margin beside the line of its cue, over no word and no badge', async () => {
  overlay.attach();
  const list = items();
  await layer.sync(list);
  layer.position();
  for (const [i, badge] of layer.elements().entries()) {
    const rects = live(list[i].cue!).getClientRects();
    const end = rects[rects.length - 1];
    const b = badge.getBoundingClientRect();
    const p = paragraphs[i < 2 ? 0 : 1].getBoundingClientRect();
    expect(b.width).toBeGreaterThan(10);
    expect(b.left).toBeGreaterThan(p.right);
    expect(besideLine(b, end)).toBe(true);
    expect(badge.classList.contains('peek')).toBe(false);
  }
  const r = overlaps();
  expect(r.badges).toBe(3);
  expect(r.text).toEqual([]);
  expect(r.badgePairs).toEqual([]);
});

test('badges follow when the page scrolls and repositions after a reflow', async () => {
  document.body.style.height = '3000px';
  overlay.attach();
  const list = items();
  await layer.sync(list);
  layer.position();
  window.scrollTo(0, 200);
  const badge = layer.elements()[0];
  const rects = live(list[0].cue!).getClientRects();
  expect(besideLine(badge.getBoundingClientRect(), rects[rects.length - 1])).toBe(true);
  window.scrollTo(0, 0);
  // Reflow: narrower column, the cue's line moves; after position() the badge follows.
  (paragraphs[0].parentElement as HTMLElement).style.width = '240px';
  layer.position();
  const r2 = live(list[0].cue!).getClientRects();
  const b = badge.getBoundingClientRect();
  expect(besideLine(b, r2[r2.length - 1])).toBe(true);
  expect(b.left).toBeGreaterThan(paragraphs[0].getBoundingClientRect().right);
  expect(overlaps().text).toEqual([]);
  document.body.style.height = '';
});

test('with no margin, a badge goes to the free end of its line or waits for focus', async () => {
  // The article fills the window: no margin on either side.
  const article = paragraphs[0].parentElement as HTMLElement;
  article.style.width = 'auto';
  article.style.margin = '0';
  // Small type, so that P2 is one line with room after its last word.
  article.style.fontSize = '13px';
  document.body.style.margin = '0';
  overlay.attach();
  await layer.sync(items());
  layer.position();
  const [a1, a2, a3] = layer.elements();
  // P2 is one line: its badge stands after the line's last word, inside the paragraph.
  expect(a3.classList.contains('peek')).toBe(false);
  const p2 = paragraphs[1].getBoundingClientRect();
  const b3 = a3.getBoundingClientRect();
  expect(b3.top).toBeGreaterThanOrEqual(p2.top);
  expect(b3.bottom).toBeLessThanOrEqual(p2.bottom);
  expect(b3.right).toBeLessThanOrEqual(p2.right);
  const r = overlaps();
  expect(r.text).toEqual([]);
  expect(r.badgePairs).toEqual([]);
  // Whatever waits is invisible and lets the pointer through until focused
  // (then it shows, over the words, with its tooltip).
  const waiting = [a1, a2].filter((x) => x.classList.contains('peek'));
  expect(r.badges).toBe(3 - waiting.length);
  for (const b of waiting) {
    expect(getComputedStyle(b).opacity).toBe('0');
    expect(getComputedStyle(b).pointerEvents).toBe('none');
    b.focus();
    expect(getComputedStyle(b).opacity).toBe('1');
    b.blur();
  }
  document.body.style.margin = '';
});

test('focus opens the tooltip, Escape closes it, arrows move between badges', async () => {
  overlay.attach();
  await layer.sync(items());
  layer.position();
  const [b1, b2, b3] = layer.elements();
  b1.focus();
  const tip = layer.tooltip.element;
  expect(tip.hidden).toBe(false);
  expect(b1.getAttribute('aria-describedby')).toBe(TOOLTIP_ID);
  // One sentence first, then what raised the score, ▲ and words; no expert's terms.
  expect(tip.querySelector('.headline')!.textContent).toBe(
    'The ministry, on the record: strong, 81/100',
  );
  expect([...tip.querySelectorAll('li.raise')].map((li) => li.textContent)).toEqual([
    '▲A named institution, on the record',
    '▲On the record, in a statement',
  ]);
  expect(tip.textContent).toContain('Raised the score');
  expect(tip.textContent).not.toMatch(/cue|chain/i);
  expect(tip.querySelector('button')!.textContent).toBe('This badge is wrong');

  b1.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  expect(tip.hidden).toBe(true);
  expect(overlay.root.activeElement).toBe(b1);

  b1.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
  );
  expect(overlay.root.activeElement).toBe(b2);
  expect(tip.hidden).toBe(false);
  expect(tip.textContent).toContain('Sources familiar with the matter, not named: weak, 22/100');
  expect(layer.move(1)).toBe(true);
  expect(overlay.root.activeElement).toBe(b3);
  expect(layer.move(1)).toBe(true); // wraps around
  expect(overlay.root.activeElement).toBe(b1);
  expect(layer.move(-1)).toBe(true);
  expect(overlay.root.activeElement).toBe(b3);
});

test('the tooltip sits right after its badge so Tab reaches its button', async () => {
  overlay.attach();
  await layer.sync(items());
  layer.position();
  const [b1, b2] = layer.elements();
  b1.focus();
  expect(b1.nextElementSibling).toBe(layer.tooltip.element);
  // A re-sync (the page changed) keeps order and the open tooltip.
  await layer.sync(items());
  expect(layer.elements()[0]).toBe(b1);
  expect(layer.elements()[1]).toBe(b2);
  expect(b1.nextElementSibling).toBe(layer.tooltip.element);
});

test('"This badge is wrong" reports the badge, hides it, and moves focus on', async () => {
  overlay.attach();
  await layer.sync(items());
  layer.position();
  const [, b2, b3] = layer.elements();
  b2.focus();
  layer.tooltip.wrongButton.click();
  expect(onWrong).toHaveBeenCalledTimes(1);
  expect(onWrong.mock.calls[0][0].key).toBe('a2');
  expect(b2.getBoundingClientRect().width).toBe(0);
  expect(overlay.root.activeElement).toBe(b3);
  // The next badge gets focus quietly: its tooltip does not pop open in the old one's place.
  expect(layer.tooltip.open).toBe(false);
  // A visible confirmation, announced; no Undo where the owner cannot take it back.
  const toast = overlay.root.querySelector<HTMLElement>('.toast')!;
  expect(toast.hidden).toBe(false);
  expect(toast.getBoundingClientRect().height).toBeGreaterThan(10);
  expect(toast.textContent).toContain('Marked as wrong');
  expect(overlay.root.querySelector('[role="status"]')!.textContent).toContain('Marked as wrong');
  expect(toast.querySelector<HTMLElement>('.undo')!.hidden).toBe(true);
});

test('"This badge is wrong" offers Undo: Shift+Tab from the next badge reaches it', async () => {
  overlay.attach();
  const undo = vi.fn();
  onWrong.mockImplementation(() => undo);
  const list = items();
  await layer.sync(list);
  layer.position();
  const [, b2, b3] = layer.elements();
  b2.focus();
  layer.tooltip.wrongButton.click();
  expect(overlay.root.activeElement).toBe(b3);
  const toast = overlay.root.querySelector<HTMLElement>('.toast')!;
  const undoButton = toast.querySelector<HTMLButtonElement>('.undo')!;
  expect(undoButton.hidden).toBe(false);
  b3.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, composed: true }),
  );
  expect(overlay.root.activeElement).toBe(undoButton);
  undoButton.click();
  expect(undo).toHaveBeenCalledTimes(1);
  expect(toast.hidden).toBe(true);
  // The owner shows the badge again: the re-sync brings it back, with focus, quietly.
  await layer.sync(list.filter((i) => i.key !== 'a2'));
  await layer.sync(list);
  layer.position();
  expect(overlay.root.activeElement).toBe(layer.elements()[1]);
  expect(layer.tooltip.open).toBe(false);
});

test('page text that looks like markup stays text', async () => {
  overlay.attach();
  const list = items();
  list[0].attribution = {
    ...list[0].attribution,
    source: { start: 0, end: 5, text: '<img src=x onerror="window.__pwned=1">' },
    reasons: ['<b>bold</b>'],
  };
  await layer.sync(list);
  layer.position();
  layer.elements()[0].focus();
  const tip = layer.tooltip.element;
  expect(tip.querySelector('img, b')).toBeNull();
  expect(tip.textContent).toContain('<img src=x');
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('destroy removes every badge, the tooltip and the host', async () => {
  overlay.attach();
  await layer.sync(items());
  layer.position();
  layer.elements()[0].focus();
  layer.destroy();
  overlay.destroy();
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  expect(overlay.root.querySelectorAll('.badge, .tip').length).toBe(0);
});
