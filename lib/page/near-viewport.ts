// Which of many items in text order lie near the viewport, reading a few of
// their boxes (a binary search), never all of them: the registered highlights
// of a page of thousands (highlight-window.ts) and the badges placed there
// (badge-layout.ts).

/** How far beyond the viewport (in viewport heights) counts as near. */
const REACH = 1.5;

/** Items stepped over, at most, to find one with a box (a collapsed or hidden one has none). */
const SKIP_EMPTY = 8;

type Box = { top: number; bottom: number };

/**
 * [first, last): the first item whose box ends below `top` and the first at
 * or after it whose box starts below `bottom` (viewport coordinates), for
 * `count` items whose boxes `boxOf` reads (null: none).
 */
export function nearItems(
  count: number,
  boxOf: (i: number) => Box | null,
  top: number,
  bottom: number,
): [number, number] {
  /** The box of item i, or of the next one with a box before `end`. */
  const boxFrom = (i: number, end: number) => {
    for (let k = i; k < end && k < i + SKIP_EMPTY; k++) {
      const r = boxOf(k);
      if (r) return { top: r.top, bottom: r.bottom, index: k };
    }
    return null;
  };
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = boxFrom(mid, hi);
    if (box && box.bottom < top) lo = box.index + 1;
    else hi = mid;
  }
  const first = lo;
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = boxFrom(mid, hi);
    if (!box || box.top <= bottom) lo = (box?.index ?? mid) + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** The viewport's height (800 px where the document has no window or size). */
export function viewportHeight(doc: Document): number {
  return doc.defaultView?.innerHeight || doc.documentElement.clientHeight || 800;
}

/** The viewport, and the band REACH heights beyond it each way. */
export function nearBand(doc: Document): Box {
  const h = viewportHeight(doc);
  return { top: -REACH * h, bottom: h + REACH * h };
}
