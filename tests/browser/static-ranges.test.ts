// The painter keeps StaticRanges and reads rects through one live probe.
import { afterEach, expect, test } from 'vitest';
import { liveRange, staticRange } from '../../lib/page/static-ranges';
import { lastRect } from '../../lib/page/badges';
import { rangeIn } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
});

function paragraph(text: string): Text {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p.firstChild as Text;
}

/** What the painter makes for [start, end) of `t`. */
function over(t: Text, start: number, end: number): AbstractRange {
  return staticRange(document, {
    startContainer: t,
    startOffset: start,
    endContainer: t,
    endOffset: end,
  })!;
}

test('a static range is inert: the page changing its text does not move it', () => {
  const t = paragraph('The minister said the plan works.');
  const fixed = over(t, 4, 17);
  const moving = rangeIn(t, 4, 17);
  expect(fixed).toBeInstanceOf(StaticRange);
  t.insertData(0, 'Yesterday, ');
  expect(moving.toString()).toBe('minister said');
  expect([fixed.startOffset, fixed.endOffset]).toEqual([4, 17]);
  // it still holds the offsets it was given, over whatever text is there now
  expect(liveRange(fixed)!.toString()).toBe(t.data.slice(4, 17));
});

test('rects of a static range come from one probe, the same one every time', () => {
  const t = paragraph('The minister said the plan works.');
  const a = over(t, 4, 12);
  const b = over(t, 13, 17);
  const ra = liveRange(a)!.getBoundingClientRect();
  const probe = liveRange(b)!;
  expect(liveRange(a)).toBe(probe);
  expect(probe.toString()).toBe('minister');
  const rb = liveRange(b)!.getBoundingClientRect();
  expect(ra.width).toBeGreaterThan(0);
  expect(rb.left).toBeGreaterThan(ra.right);
  expect(lastRect(b)!.right).toBeCloseTo(rb.right, 0);
});

test('no rect for a range whose node left the page or got shorter', () => {
  const t = paragraph('The minister said the plan works.');
  const r = over(t, 20, 30);
  t.deleteData(10, t.length - 10); // the page cut the paragraph short
  expect(liveRange(r)).toBeNull();
  expect(lastRect(r)).toBeNull();
  const u = paragraph('Guo said.');
  const s = over(u, 0, 3);
  (u.parentNode as Element).remove();
  expect(liveRange(s)).toBeNull();
  expect(lastRect(s)).toBeNull();
});
