// The highlighter in real Chromium: ranges land in CSS.highlights under one
// name per band, the ::highlight() stylesheet exists only while painted, and
// painting changes neither the DOM of the article nor its layout.
import { afterEach, expect, test } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  Highlighter,
  highlightCss,
  highlightsSupported,
} from '../../lib/page/highlighter';
import { pageTheme } from '../../lib/page/theme';

function article(html: string): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

function rangeOf(node: Node, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

/** Every ::highlight rule adopted by the document. */
function sheetText(): string {
  return document.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
}

afterEach(() => {
  document.body.replaceChildren();
  document.body.style.background = '';
});

test('Chromium supports the Custom Highlight API', () => {
  expect(highlightsSupported()).toBe(true);
});

test('registers one highlight per band and removes them all on clear', () => {
  const el = article('<p>The minister said the plan works, sources familiar with it said.</p>');
  const text = el.querySelector('p')!.firstChild!;
  const h = new Highlighter(document);
  h.paint(
    { strong: [rangeOf(text, 4, 17)], weak: [rangeOf(text, 34, 64), rangeOf(text, 0, 3)] },
    'light',
  );
  const strong = CSS.highlights.get(HIGHLIGHT_NAMES.strong)!;
  const weak = CSS.highlights.get(HIGHLIGHT_NAMES.weak)!;
  expect(strong.size).toBe(1);
  expect(weak.size).toBe(2);
  expect([...strong][0].toString()).toBe('minister said');
  expect(CSS.highlights.has(HIGHLIGHT_NAMES.moderate)).toBe(false);
  expect(weak.priority).toBeGreaterThan(strong.priority);
  // The rules live in an adopted sheet: no node a page could remove.
  expect(document.querySelector('style[data-sourcelight]')).toBeNull();
  expect(document.adoptedStyleSheets).toContain(h.adoptedSheet);
  expect(sheetText()).toContain(`::highlight(${HIGHLIGHT_NAMES.weak})`);

  // Repaint with fewer bands: the missing ones go.
  h.paint({ moderate: [rangeOf(text, 4, 17)] }, 'light');
  expect(CSS.highlights.has(HIGHLIGHT_NAMES.strong)).toBe(false);
  expect(CSS.highlights.has(HIGHLIGHT_NAMES.moderate)).toBe(true);

  h.clear();
  for (const name of Object.values(HIGHLIGHT_NAMES)) expect(CSS.highlights.has(name)).toBe(false);
  expect(document.querySelector('style[data-sourcelight]')).toBeNull();
  expect(sheetText()).toBe('');
});

test('painting nothing leaves no stylesheet behind', () => {
  const h = new Highlighter(document);
  h.paint({}, 'light');
  expect(document.querySelector('style[data-sourcelight]')).toBeNull();
  expect(document.adoptedStyleSheets).toHaveLength(0);
});

test('each band has its own underline pattern, so colour is not the only cue', () => {
  const css = highlightCss('light');
  for (const style of ['solid', 'dashed', 'dotted', 'wavy']) {
    expect(css).toMatch(new RegExp(`underline ${style} `));
  }
  expect(highlightCss('dark')).not.toBe(css);
});

test('the stylesheet parses: every rule is kept by the browser', () => {
  const h = new Highlighter(document);
  const el = article('<p>Police said so.</p>');
  h.paint({ strong: [rangeOf(el.querySelector('p')!.firstChild!, 0, 11)] }, 'dark');
  const sheet = h.adoptedSheet!;
  // Four bands and the emphasis.
  expect(sheet.cssRules.length).toBe(5);
  const rule = sheet.cssRules[0] as CSSStyleRule;
  expect(rule.style.textDecorationLine).toBe('underline');
  expect(rule.style.backgroundColor).not.toBe('');
  h.clear();
});

test('one attribution is emphasised above its band, in the page theme, until cleared', () => {
  const h = new Highlighter(document);
  const el = article('<p>Police said so. Officials said otherwise.</p>');
  const text = el.querySelector('p')!.firstChild!;
  const first = rangeOf(text, 0, 11);
  h.paint({ strong: [first, rangeOf(text, 16, 30)] }, 'dark');
  const reg = CSS.highlights as unknown as Map<string, Highlight>;
  h.emphasise(first);
  expect(reg.has('sourcelight-emphasis')).toBe(false);
  const e = reg.get('sourcelight-emphasis-dark')!;
  expect(e.size).toBe(1);
  expect(e.priority).toBeGreaterThan(reg.get('sourcelight-strong-dark')!.priority);
  h.emphasise(null);
  expect(reg.has('sourcelight-emphasis-dark')).toBe(false);
  h.emphasise(first);
  h.clear();
  expect(reg.has('sourcelight-emphasis-dark')).toBe(false);
});

test('highlights change neither the DOM nor the layout of the paragraphs', () => {
  const el = article(
    '<p style="font: 18px/1.6 serif; width: 420px">Officials said the talks had stalled, ' +
      'according to a report by the agency, which <em>declined to comment</em> further.</p>' +
      '<p style="font: 18px/1.6 serif; width: 420px">A second paragraph follows here.</p>',
  );
  const before = el.innerHTML;
  const boxes = () => [...el.querySelectorAll('p')].map((p) => p.getBoundingClientRect().toJSON());
  const b0 = boxes();
  const p = el.querySelector('p')!;
  const h = new Highlighter(document);
  h.paint(
    {
      strong: [rangeOf(p.firstChild!, 0, 14)],
      none: [rangeOf(p.querySelector('em')!.firstChild!, 0, 18)],
    },
    'light',
  );
  expect(el.innerHTML).toBe(before);
  expect(boxes()).toEqual(b0);
  h.clear();
});

test('pageTheme reads the background behind the article', () => {
  const el = article('<p>Text</p>');
  expect(pageTheme(el.querySelector('p'))).toBe('light');
  document.body.style.background = 'rgb(18, 18, 18)';
  expect(pageTheme(el.querySelector('p'))).toBe('dark');
  el.style.background = '#fafafa';
  expect(pageTheme(el.querySelector('p'))).toBe('light');
});
