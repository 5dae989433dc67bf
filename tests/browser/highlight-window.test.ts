// The highlight window in real Chromium: a usual page registers every range; a
// page with more than WINDOW_ABOVE registers those near the viewport, and the
// window follows the reader down the page and back.
import { afterEach, expect, test } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter } from '../../lib/page/highlighter';
import {
  HighlightWindow,
  WINDOW_ABOVE,
  type HighlightEntry,
} from '../../lib/page/highlight-window';
import type { Band } from '../../lib/sourcing/types';
import { live, staticIn } from './helpers';

const BANDS: Band[] = ['strong', 'moderate', 'weak'];

/** An article of `n` paragraphs, each with one attribution range ("Source i said"). */
function article(n: number): HighlightEntry[] {
  const el = document.createElement('article');
  el.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p>The council met on Tuesday. Source ${i} said the plan works.</p>`,
  ).join('');
  document.body.append(el);
  return [...el.querySelectorAll('p')].map((p, i) => {
    const text = p.firstChild!;
    const at = text.textContent!.indexOf('Source');
    const range = staticIn(text, at, at + `Source ${i} said`.length);
    return { range, band: BANDS[i % BANDS.length] };
  });
}

/** Texts of every registered Sourcelight range. */
function registered(): string[] {
  const out: string[] = [];
  for (const name of Object.values(HIGHLIGHT_NAMES)) {
    CSS.highlights.get(name)?.forEach((r) => out.push(live(r).toString()));
  }
  return out;
}

const nextFrame = () => new Promise((ok) => requestAnimationFrame(ok));

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

test('a usual page registers every range, in its band', () => {
  const entries = article(40);
  const w = new HighlightWindow(document, new Highlighter(document));
  w.set(entries, 'light');
  expect(w.windowed).toBe(false);
  expect(registered()).toHaveLength(40);
  expect(live([...CSS.highlights.get(HIGHLIGHT_NAMES.strong)!][0]).toString()).toBe(
    'Source 0 said',
  );
  w.clear();
  expect(registered()).toEqual([]);
});

test('a huge page registers only the ranges near the viewport, and the window follows scrolling', () => {
  const n = WINDOW_ABOVE * 4;
  const entries = article(n);
  const w = new HighlightWindow(document, new Highlighter(document));
  w.set(entries, 'light');
  expect(w.windowed).toBe(true);
  let texts = registered();
  expect(texts).toContain('Source 0 said');
  expect(texts).not.toContain(`Source ${n - 1} said`);
  expect(texts.length).toBeGreaterThan(10);
  expect(texts.length).toBeLessThan(n / 4);
  // Every range inside the viewport is registered.
  const inView = entries.filter((e) => {
    const r = live(e.range).getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  expect(inView.length).toBeGreaterThan(0);
  for (const e of inView) expect(texts).toContain(live(e.range).toString());

  // Half-way down: the window moves with the reader.
  const middle = entries[n / 2].range;
  window.scrollTo(0, live(middle).getBoundingClientRect().top + scrollY);
  w.refresh();
  texts = registered();
  expect(texts).toContain(`Source ${n / 2} said`);
  expect(texts).not.toContain('Source 0 said');
  expect(texts).not.toContain(`Source ${n - 1} said`);

  // The end, then back to the top.
  window.scrollTo(0, document.documentElement.scrollHeight);
  w.refresh();
  expect(registered()).toContain(`Source ${n - 1} said`);
  window.scrollTo(0, 0);
  w.refresh();
  expect(registered()).toContain('Source 0 said');
  w.clear();
  expect(registered()).toEqual([]);
});

test('a small scroll keeps the window as it is (no re-registration)', async () => {
  const entries = article(WINDOW_ABOVE * 2);
  const w = new HighlightWindow(document, new Highlighter(document));
  w.set(entries, 'light');
  const before = w.registered;
  const strong = CSS.highlights.get(HIGHLIGHT_NAMES.strong);
  window.scrollTo(0, 40);
  await nextFrame();
  w.refresh();
  expect(w.registered).toEqual(before);
  expect(CSS.highlights.get(HIGHLIGHT_NAMES.strong)).toBe(strong);
  w.clear();
});

test('ranges whose text left the page are stepped over, not trusted', () => {
  const entries = article(WINDOW_ABOVE + 100);
  // The first paragraphs are removed: their ranges collapse out of the document.
  const paragraphs = document.querySelectorAll('p');
  for (let i = 0; i < 5; i++) paragraphs[i].remove();
  const w = new HighlightWindow(document, new Highlighter(document));
  w.set(entries, 'light');
  const texts = registered();
  expect(texts).toContain('Source 5 said');
  expect(texts.length).toBeLessThan(entries.length);
  w.clear();
});
