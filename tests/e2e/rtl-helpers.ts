// Which side of its paragraph each badge and each waiting badge's mark
// stands (in-page code as strings, for the Chromium and Firefox tiers):
// tests/e2e/rtl.test.ts and tests/firefox/rtl.test.ts.
export interface Side {
  /** The paragraph beside whose line the badge stands, and its direction. */
  para: string;
  dir: string;
  /** The badge is left of the paragraph, right of it, or over it (its line's free end, or waiting). */
  side: 'left' | 'right' | 'inside';
  mode: string;
}

/** For each mark of a waiting badge: the paragraph at its height and which side of it the mark is. */
export const MARK_SIDES_JS = `(() => {
  const root = document.querySelector('[data-sourcelight="overlay"]').shadowRoot;
  const paras = [...document.querySelectorAll('article p')];
  return [...root.querySelectorAll('.mark')].filter((m) => m.getClientRects().length > 0).map((m) => {
    const r = m.getBoundingClientRect();
    const y = (r.top + r.bottom) / 2;
    const p = paras.find((p) => { const q = p.getBoundingClientRect(); return y >= q.top && y <= q.bottom; });
    if (!p) return { para: '', dir: '', side: 'inside', mode: 'mark' };
    const q = p.getBoundingClientRect();
    const side = r.right <= q.left + 0.5 ? 'left' : r.left >= q.right - 0.5 ? 'right' : 'inside';
    return { para: p.id, dir: getComputedStyle(p).direction, side, mode: 'mark' };
  });
})()`;

/** For each badge: the paragraph at its height and which side of it the badge is. */
export const SIDES_JS = `(() => {
  const root = document.querySelector('[data-sourcelight="overlay"]').shadowRoot;
  const paras = [...document.querySelectorAll('article p')];
  return [...root.querySelectorAll('.badge')].filter((b) => b.getClientRects().length > 0).map((b) => {
    const r = b.getBoundingClientRect();
    const y = (r.top + r.bottom) / 2;
    const mode = b.classList.contains('peek') ? 'peek' : 'rail';
    // A waiting badge stands above its cue's line: look a little lower for it.
    const at = mode === 'peek' ? r.bottom + 8 : y;
    const p = paras.find((p) => { const q = p.getBoundingClientRect(); return at >= q.top && at <= q.bottom; });
    if (!p) return { para: '', dir: '', side: 'inside', mode };
    const q = p.getBoundingClientRect();
    const side = r.right <= q.left + 0.5 ? 'left' : r.left >= q.right - 0.5 ? 'right' : 'inside';
    return { para: p.id, dir: getComputedStyle(p).direction, side, mode };
  });
})()`;
