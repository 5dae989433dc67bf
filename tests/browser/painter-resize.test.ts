// The painter keeps badges beside their cues when the article's column
// changes size, and does not place them a second time when nothing moved
// (a ResizeObserver reports every root once as it starts observing).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Painter } from '../../lib/page/painter';
import { buildTextMap } from '../../lib/page/text-map';
import { attributionIn, live } from './helpers';

const TEXT = [
  'The works on the bridge would end before the winter, the mayor said on Tuesday.',
  'Officials told reporters the budget had doubled since the spring.',
];

let article: HTMLElement;
let painter: Painter;

/** Two rendering updates: a ResizeObserver's report, then the frame it asked for. */
const frames = () =>
  new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

beforeEach(() => {
  article = document.createElement('article');
  article.style.cssText = 'width: 480px; margin: 40px 200px; font: 16px/24px serif';
  for (const t of TEXT) {
    const p = document.createElement('p');
    p.textContent = t;
    article.append(p);
  }
  document.body.append(article);
  painter = new Painter(document, { onWrong: () => {} });
});

afterEach(() => {
  painter.destroy();
  article.remove();
});

async function paint() {
  const map = buildTextMap([article]);
  const items = [
    { cue: 'said on Tuesday', source: 'the mayor', at: map.text.indexOf(TEXT[0]) },
    { cue: 'told reporters', source: 'Officials', at: map.text.indexOf(TEXT[1]) },
  ].map(({ cue, source, at }, i) => {
    const a = attributionIn(TEXT[i], { cue, source, kind: 'named', score: 80, band: 'strong' });
    const shift = (s: { start: number; end: number; text: string }) => ({
      ...s,
      start: s.start + at,
      end: s.end + at,
    });
    const attribution = {
      ...a,
      start: a.start + at,
      end: a.end + at,
      cue: shift(a.cue),
      source: a.source && shift(a.source),
      sentence: { start: at, end: at + TEXT[i].length },
    };
    return { key: `k${i}`, attribution, sentence: TEXT[i] };
  });
  expect(await painter.paint(map, items, [article])).toBe(true);
  return items;
}

/** Whether the first badge's middle lies on the line where the first cue ends. */
function firstBadgeOnItsLine(): boolean {
  const badge = painter.badges.elements()[0].getBoundingClientRect();
  const p = article.querySelector('p')!;
  const start = TEXT[0].indexOf('said on Tuesday');
  const r = document.createRange();
  r.setStart(p.firstChild!, start);
  r.setEnd(p.firstChild!, start + 'said on Tuesday'.length);
  const rects = live(r).getClientRects();
  const line = rects[rects.length - 1];
  const mid = (badge.top + badge.bottom) / 2;
  return mid >= line.top - 2 && mid <= line.bottom + 2;
}

test('the badges are placed once when nothing moves, and again when the column narrows', async () => {
  const position = vi.spyOn(painter.badges, 'position');
  await paint();
  expect(position).toHaveBeenCalledTimes(1);
  await frames();
  await frames();
  // The observer's first report is no change: no second pass.
  expect(position).toHaveBeenCalledTimes(1);
  expect(firstBadgeOnItsLine()).toBe(true);
  const before = painter.badges.elements()[0].getBoundingClientRect().top;

  // A narrower column: the first cue ends on a lower line, and its badge follows.
  article.style.width = '200px';
  await frames();
  await frames();
  expect(position).toHaveBeenCalledTimes(2);
  expect(painter.badges.elements()[0].getBoundingClientRect().top).toBeGreaterThan(before);
  expect(firstBadgeOnItsLine()).toBe(true);
});
