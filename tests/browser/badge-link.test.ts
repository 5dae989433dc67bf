// The link between badges and words in real Chromium: the pointer on an
// attribution's words lights its badge (found among many in text order),
// leaving them unlights it after a moment, and hovering or focusing a badge
// emphasises its attribution's highlight.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BadgeLink } from '../../lib/page/badge-link';
import { BadgeLayer, type BadgeItem } from '../../lib/page/badges';
import { Highlighter } from '../../lib/page/highlighter';
import { Overlay } from '../../lib/page/overlay';
import { attributionIn, live, staticIn } from './helpers';

const TEXT =
  'Police said the road was closed. Witnesses said it had flooded. The mayor said nothing.';
const PHRASES = [
  { cue: 'said the road', source: 'Police', kind: 'official' as const },
  { cue: 'said it had', source: 'Witnesses', kind: 'vague' as const },
  { cue: 'said nothing', source: 'The mayor', kind: 'named' as const },
];

let overlay: Overlay;
let layer: BadgeLayer;
let highlighter: Highlighter;
let link: BadgeLink;
let items: BadgeItem[];
let p: HTMLParagraphElement;

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function emphasised(): string | null {
  const h = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get(
    'sourcelight-emphasis',
  );
  if (!h) return null;
  let text: string | null = null;
  h.forEach((r) => (text = live(r).toString()));
  return text;
}

/** The middle of the first character of `phrase` in the paragraph. */
function pointOn(phrase: string): { x: number; y: number } {
  const at = TEXT.indexOf(phrase);
  const r = live(staticIn(p.firstChild!, at, at + 1)).getBoundingClientRect();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

function move(x: number, y: number): void {
  document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
}

beforeEach(async () => {
  document.body.innerHTML = '';
  p = document.createElement('p');
  p.style.cssText = 'font: 18px/1.6 Georgia, serif; width: 300px; margin: 20px';
  p.textContent = TEXT;
  document.body.append(p);
  overlay = new Overlay(document);
  overlay.attach();
  layer = new BadgeLayer(overlay, { onWrong: () => undefined });
  highlighter = new Highlighter(document);
  const text = p.firstChild!;
  items = PHRASES.map((ph, i) => {
    const a = attributionIn(TEXT, { ...ph, score: 60, band: 'moderate' });
    return {
      key: `k${i}`,
      attribution: a,
      cue: staticIn(text, a.cue.start, a.cue.end),
      span: staticIn(text, a.start, a.end),
    };
  });
  highlighter.paint({ moderate: items.map((i) => i.span!) }, 'light');
  await layer.sync(items);
  layer.position();
  link = new BadgeLink(document, overlay, highlighter, {
    elements: () => layer.elements(),
    items: () => items,
  });
});

afterEach(() => {
  link.destroy();
  layer.destroy();
  highlighter.clear();
  overlay.destroy();
});

test('the pointer on words lights their badge and emphasises them; off them, both go', async () => {
  const badges = layer.elements();
  const on = pointOn('it had flooded');
  move(on.x, on.y);
  await frame();
  expect(badges.map((b) => b.classList.contains('lit'))).toEqual([false, true, false]);
  expect(emphasised()).toBe('Witnesses said it had');
  // Another attribution: the light moves at once.
  const other = pointOn('The mayor');
  move(other.x, other.y);
  await frame();
  expect(badges.map((b) => b.classList.contains('lit'))).toEqual([false, false, true]);
  // Off the words (the page's margin): it lingers, then goes.
  move(2, 2);
  await frame();
  expect(badges[2].classList.contains('lit')).toBe(true);
  await new Promise((r) => setTimeout(r, 800));
  expect(badges.some((b) => b.classList.contains('lit'))).toBe(false);
  expect(emphasised()).toBeNull();
});

test('words outside every attribution light nothing', async () => {
  const on = pointOn('was closed');
  move(on.x, on.y);
  await frame();
  expect(layer.elements().some((b) => b.classList.contains('lit'))).toBe(false);
  expect(emphasised()).toBeNull();
});

test('focusing or hovering a badge emphasises its words until it lets go', async () => {
  const [first, , third] = layer.elements();
  first.focus();
  expect(emphasised()).toBe('Police said the road');
  first.blur();
  expect(emphasised()).toBeNull();
  third.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
  expect(emphasised()).toBe('The mayor said nothing');
  third.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
  expect(emphasised()).toBeNull();
});
