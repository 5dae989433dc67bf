// The rail's geometry on its own: where a badge goes beside its cue's line,
// and that badges never land on each other, on the obstacles beside a block,
// or past the document's edges.
import { expect, test } from 'vitest';
import { BADGE_H, GAP, MARK_W, Rail, type Box, type Spot } from '../../lib/page/rail';

const EDGES = { left: 0, right: 1000 };
/** A column from 300 to 700 px: 300 px of margin on each side. */
const COLUMN = { left: 300, right: 700 };

function spot(top: number, extra: Partial<Spot> = {}): Spot {
  return {
    line: { left: 400, top, right: 520, bottom: top + 20 },
    block: COLUMN,
    obstacles: [],
    ...extra,
  };
}

const box = (p: { x: number; y: number; w: number }): Box => ({
  left: p.x,
  top: p.y,
  right: p.x + p.w,
  bottom: p.y + BADGE_H,
});
const meet = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('a badge goes in the right margin, centred on its line', () => {
  const at = new Rail(EDGES).place(spot(100), 36, 16);
  expect(at).toEqual({
    x: COLUMN.right + GAP,
    y: Math.round(100 + 10 - BADGE_H / 2),
    mode: 'full',
    w: 36,
  });
});

test('badges of one line sit side by side, never over each other', () => {
  const rail = new Rail(EDGES);
  const placed = [0, 1, 2, 3].map(() => rail.place(spot(100), 36, 16));
  expect(placed.every((p) => p.mode === 'full')).toBe(true);
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      expect(meet(box(placed[i]), box(placed[j]))).toBe(false);
  expect(placed[1].x).toBeGreaterThan(placed[0].x + 36);
  expect(new Set(placed.map((p) => p.y)).size).toBe(1);
});

test('a narrow margin stacks a row apart, then uses the left margin', () => {
  // 50 px on the right: one badge wide.
  const rail = new Rail({ left: 0, right: COLUMN.right + 50 });
  const placed = [0, 1, 2, 3, 4].map(() => rail.place(spot(100), 36, 16));
  const boxes = placed.map(box);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(meet(boxes[i], boxes[j])).toBe(false);
  expect(placed[1].x).toBe(placed[0].x);
  expect(placed[1].y).not.toBe(placed[0].y);
  expect(placed.some((p) => p.x + p.w <= COLUMN.left)).toBe(true);
});

test('the letter alone when the full badge does not fit the margin', () => {
  const rail = new Rail({ left: COLUMN.left - 10, right: COLUMN.right + 25 });
  const at = rail.place(spot(100), 36, 16);
  expect(at.mode).toBe('compact');
  expect(at.w).toBe(16);
  expect(at.x + at.w).toBeLessThanOrEqual(COLUMN.right + 25);
});

test('a sidebar beside the block sends the badge to the other margin', () => {
  const sidebar = { left: 710, top: 0, right: 1000, bottom: 900 };
  const at = new Rail(EDGES).place(spot(100, { obstacles: [sidebar] }), 36, 16);
  expect(at.x + at.w).toBeLessThanOrEqual(COLUMN.left - GAP);
  expect(meet(box(at), sidebar)).toBe(false);
});

test('no margin: the free end of the line, else it waits for focus', () => {
  const full = { left: 0, right: 1000 };
  const rail = new Rail(full);
  const block = { left: 0, right: 1000 };
  // The line ends at 600: room after it.
  const end = rail.place(spot(100, { block, lineEnd: 600 }), 36, 16);
  expect(end).toEqual({ x: 600 + GAP, y: end.y, mode: 'full', w: 36 });
  // A full line: nowhere to stand.
  const none = rail.place(spot(200, { block, lineEnd: 995 }), 36, 16);
  expect(none.mode).toBe('peek');
  // Unknown line end (a page of thousands of badges): waits too.
  expect(rail.place(spot(300, { block }), 36, 16).mode).toBe('peek');
});

test('a line shorter than a badge gets no badge at its end', () => {
  const rail = new Rail({ left: 0, right: 1000 });
  const at = rail.place(
    {
      line: { left: 0, top: 100, right: 100, bottom: 110 },
      block: { left: 0, right: 1000 },
      obstacles: [],
      lineEnd: 100,
    },
    36,
    16,
  );
  expect(at.mode).toBe('peek');
});

test("a waiting badge leaves a thin mark beside its line, outside the block's text", () => {
  // 8 px of margin each side (a body's default margin): no room for a badge's letter.
  const rail = new Rail({ left: 0, right: 416 });
  const block = { left: 8, right: 408 };
  const line = { left: 300, top: 100, right: 400, bottom: 122 };
  const a = rail.place({ line, block, obstacles: [] }, 36, 16);
  expect(a.mode).toBe('peek');
  expect(a.mark).toEqual({ left: 410, top: 100, right: 410 + MARK_W, bottom: 122 });
  // A second on the same line: its mark not on the first (no room beside it
  // on the right: the left margin), and never over the block's text.
  const b = rail.place({ line, block, obstacles: [] }, 36, 16);
  expect(b.mark).toBeTruthy();
  expect(meet(a.mark!, b.mark!)).toBe(false);
  expect(b.mark!.right <= block.left || b.mark!.left >= block.right).toBe(true);
  // A sidebar in the right margin: the mark goes left of the block.
  const c = new Rail({ left: 0, right: 416 }).place(
    { line, block, obstacles: [{ left: 409, top: 0, right: 416, bottom: 1000 }] },
    36,
    16,
  );
  expect(c.mark!.right).toBeLessThanOrEqual(block.left);
  expect(c.mark!.left).toBeGreaterThanOrEqual(0);
});

test('a block from edge to edge leaves no room for a mark: none', () => {
  const rail = new Rail({ left: 0, right: 400 });
  const at = rail.place(
    {
      line: { left: 0, top: 100, right: 390, bottom: 120 },
      block: { left: 0, right: 400 },
      obstacles: [],
    },
    36,
    16,
  );
  expect(at.mode).toBe('peek');
  expect(at.mark).toBeNull();
});

test('a right-to-left line ends on the left: the left margin first, then the right', () => {
  const rail = new Rail(EDGES);
  const at = rail.place(spot(100, { rtl: true }), 36, 16);
  expect(at).toEqual({ x: COLUMN.left - GAP - 36, y: at.y, mode: 'full', w: 36 });
  // The left margin taken up to the window's edge: the right one.
  const narrow = new Rail({ left: COLUMN.left - 20, right: 1000 });
  const other = narrow.place(spot(100, { rtl: true }), 36, 16);
  expect(other.x).toBe(COLUMN.right + GAP);
});

test("a right-to-left line's free end is left of its text; a waiting badge's mark goes left", () => {
  const rail = new Rail({ left: 0, right: 1000 });
  const block = { left: 0, right: 1000 };
  // The line's text runs from 1000 leftwards to 400: room left of it.
  const end = rail.place(spot(100, { block, lineEnd: 400, rtl: true }), 36, 16);
  expect(end).toEqual({ x: 400 - GAP - 36, y: end.y, mode: 'full', w: 36 });
  // A full line waits, above the cue's end (its left), and its mark is left of the block.
  const marked = new Rail({ left: 0, right: 1000 });
  const col = { left: 8, right: 992 };
  const line = { left: 300, top: 200, right: 420, bottom: 220 };
  const waits = marked.place({ line, block: col, obstacles: [], lineEnd: 9, rtl: true }, 36, 16);
  expect(waits.mode).toBe('peek');
  expect(waits.x + waits.w).toBeLessThanOrEqual(line.left);
  expect(waits.mark!.right).toBeLessThanOrEqual(col.left);
});
