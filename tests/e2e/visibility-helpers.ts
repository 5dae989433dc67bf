// What the reader sees of Sourcelight on a page, for the hidden-text tests in
// both browsers (in-page code as a string: it runs over Playwright and BiDi):
// the badges that are displayed, and the text of every registered highlight.
export interface Shown {
  /** aria-labels of the badges that have a box on screen. */
  badges: string[];
  /** Text of each Sourcelight highlight range. */
  highlights: string[];
}

export const SHOWN_JS = `(() => {
  const badges = [];
  const stack = [document];
  while (stack.length) {
    const root = stack.pop();
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('data-sourcelight-kind') && el.getClientRects().length > 0) {
        badges.push(el.getAttribute('aria-label') || '');
      }
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
  const highlights = [];
  const reg = globalThis.CSS && CSS.highlights;
  if (reg) reg.forEach((h, name) => {
    if (String(name).startsWith('sourcelight')) h.forEach((r) => {
      try {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        highlights.push(live.toString());
      } catch (e) {
        highlights.push('');
      }
    });
  });
  return { badges, highlights };
})()`;

/** The ways tests/e2e/pages/content/collapse.html hides a paragraph: and the source it names (in its badge and its highlight). */
export const WAYS = [
  { way: 'accordion', source: 'Tom Berg' },
  { way: 'flagged', source: 'ministry' },
  { way: 'readmore', source: 'Lena Park' },
  { way: 'fade', source: 'officials' },
  { way: 'panel', source: 'Dan Reyes' },
  { way: 'styled', source: 'Ines Olsen' },
  { way: 'veil', source: 'Kofi Mensah' },
] as const;
