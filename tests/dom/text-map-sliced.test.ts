// The text map walked in slices (a big page must not freeze) is the same map
// as the one walked at once, whatever the budget and wherever it stops.
import { describe, expect, it } from 'vitest';
import { TextMapBuilder, buildTextMap, buildTextMapSliced } from '../../lib/page/text-map';

function bigArticle(paragraphs: number): HTMLElement {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(
      `<p>Para ${i} <span>with <em>inline</em></span> markup,<br>a break` +
        (i % 7 === 0 ? `</p><h3>Heading ${i}</h3>` : '</p>') +
        (i % 11 === 0 ? '<nav>skip me</nav>' : ''),
    );
  }
  document.body.innerHTML = `<article>${parts.join('\n')}</article>`;
  return document.querySelector('article')!;
}

/** A clock that moves 1 ms every time it is read. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

describe('TextMapBuilder', () => {
  it('stops when its budget is spent and resumes where it stopped', () => {
    const root = bigArticle(400);
    const whole = buildTextMap([root]);
    const builder = new TextMapBuilder([root]);
    const clock = tickingClock();
    let slices = 0;
    while (!builder.run(0.5, clock)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(builder.done).toBe(true);
    const map = builder.result();
    expect(map.text).toBe(whole.text);
    expect(map.segments.map((s) => [s.node, s.start, s.end])).toEqual(
      whole.segments.map((s) => [s.node, s.start, s.end]),
    );
    expect(map.blocks).toEqual(whole.blocks);
    expect(map.text).not.toContain('skip me');
    expect(map.blocks.filter((b) => b.nonClaim).length).toBe(Math.ceil(400 / 7));
  });

  it('sliced: yields between slices and gives the same map; null once aborted', async () => {
    const root = bigArticle(300);
    const whole = buildTextMap([root]);
    let pauses = 0;
    const map = await buildTextMapSliced([root], {}, async () => void pauses++, undefined, 0);
    expect(pauses).toBeGreaterThan(0);
    expect(map!.text).toBe(whole.text);
    expect(map!.blocks).toEqual(whole.blocks);
    const newer = new AbortController();
    const gone = await buildTextMapSliced([root], {}, async () => newer.abort(), newer.signal, 0);
    expect(gone).toBeNull();
  });
});
