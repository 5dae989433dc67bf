// The "over time" chart of the Your reading page, in plain SVG: one line of
// average scores over the three band zones. A charting library would bring
// tens of kilobytes (and, for the canvas ones, no accessible tree) for one
// line; this is a few elements whose colours follow the page's CSS variables,
// so dark mode comes for free. Screen readers get a description listing every
// point, and the page has the same figures as a table.
import { chartPoints, type TimePoint } from '../record/stats';

const SVG = 'http://www.w3.org/2000/svg';
const BOX = { width: 640, height: 200, pad: 24 };

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart for these points; `label` is its accessible name, `desc` its description. */
export function scoreChart(
  points: readonly TimePoint[],
  words: {
    label: string;
    desc: string;
    bands: [string, string, string];
    tip(p: TimePoint): string;
  },
): SVGSVGElement {
  const { width, height, pad } = BOX;
  const svg = el('svg', {
    class: 'chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
  });
  svg.append(
    el('title', { id: 'chart-title' }, words.label),
    el('desc', { id: 'chart-desc' }, words.desc),
  );
  const y = (score: number) => pad + ((100 - score) / 100) * (height - 2 * pad);
  const zones: [string, number, number, string][] = [
    ['strong', 100, 70, words.bands[0]],
    ['moderate', 70, 40, words.bands[1]],
    ['weak', 40, 0, words.bands[2]],
  ];
  for (const [band, top, bottom, name] of zones) {
    svg.append(
      el('rect', {
        class: `zone-${band}`,
        x: pad,
        y: y(top),
        width: width - 2 * pad,
        height: y(bottom) - y(top),
      }),
      el('text', { class: 'axis', x: pad + 4, y: y(top) + 13, 'aria-hidden': 'true' }, name),
    );
  }
  for (const score of [0, 40, 70, 100]) {
    svg.append(
      el(
        'text',
        { class: 'axis', x: pad - 4, y: y(score) + 4, 'text-anchor': 'end', 'aria-hidden': 'true' },
        String(score),
      ),
    );
  }
  const placed = chartPoints(points, BOX);
  if (placed.length > 1) {
    svg.append(
      el('polyline', { class: 'line', points: placed.map((p) => `${p.x},${p.y}`).join(' ') }),
    );
  }
  for (const p of placed) {
    const dot = el('circle', { class: 'dot', cx: p.x, cy: p.y, r: 4.5 });
    dot.append(el('title', {}, words.tip(p.point)));
    svg.append(dot);
  }
  return svg;
}
