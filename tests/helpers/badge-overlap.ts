// Do badges cover words? An in-page measurement shared by the Chromium and
// Firefox tiers (a string, so neither test compiler adds helpers the page
// does not know): every shown badge's box against the box of every visible
// character of the page (the article and everything around it), and every
// badge against every other. A text node's line fragments are tested first
// (Range.getClientRects); only a fragment that touches a badge is read
// character by character, so a news page costs one pass over its text.

export interface OverlapHit {
  badge: string;
  /** The character covered and a few around it, or the other badge's text. */
  what: string;
}

export interface OverlapReport {
  /** Badges shown (visible boxes). */
  badges: number;
  /** Badges in the overlay, shown or not (e.g. waiting for focus). */
  total: number;
  /** Characters of the page tested (non-space, with a box). */
  chars: number;
  /** A badge over a character of the page. */
  text: OverlapHit[];
  /** Two badges over each other. */
  badgePairs: OverlapHit[];
}

/**
 * Evaluates to an OverlapReport. A badge's box counts with its border; a
 * character's box is its glyph cell (the line box's gap above and below is
 * free). Boxes that only touch, or overlap by under half a pixel, do not count.
 */
export const OVERLAP_JS = `(() => {
  const EPS = 0.5;
  const host = document.querySelector('[data-sourcelight="overlay"]');
  const root = host && host.shadowRoot;
  const all = root ? [...root.querySelectorAll('.badge')] : [];
  const boxes = [];
  for (const b of all) {
    if (b.getClientRects().length === 0) continue;
    const cs = getComputedStyle(b);
    if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    const r = b.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ text: b.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom });
  }
  const hit = (a, r) =>
    Math.min(a.r, r.right) - Math.max(a.l, r.left) > EPS &&
    Math.min(a.b, r.bottom) - Math.max(a.t, r.top) > EPS;
  const hitBox = (a, c) =>
    Math.min(a.r, c.r) - Math.max(a.l, c.l) > EPS && Math.min(a.b, c.b) - Math.max(a.t, c.t) > EPS;
  const text = [];
  let chars = 0;
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      const p = n.parentElement;
      if (!p || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/.test(p.tagName)) return NodeFilter.FILTER_REJECT;
      return /\\S/.test(n.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    range.selectNodeContents(n);
    const frags = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (frags.length === 0) continue;
    if (getComputedStyle(p).visibility !== 'visible') continue;
    chars += n.data.replace(/\\s/g, '').length;
    const near = boxes.filter((b) => frags.some((r) => hit(b, r)));
    if (near.length === 0) continue;
    for (let i = 0; i < n.data.length; i++) {
      if (/\\s/.test(n.data[i])) continue;
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        for (const b of near) {
          if (hit(b, r)) {
            text.push({ badge: b.text, what: n.data.slice(Math.max(0, i - 12), i + 12).replace(/\\s+/g, ' ') });
          }
        }
      }
    }
  }
  const badgePairs = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (hitBox(boxes[i], boxes[j])) badgePairs.push({ badge: boxes[i].text, what: boxes[j].text });
    }
  }
  return { badges: boxes.length, total: all.length, chars, text, badgePairs };
})()`;
