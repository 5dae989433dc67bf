// Headings and captions are read but hold no claim (the taxonomy: a headline
// or caption alone is not an attribution). Their text stays in the map, so
// offsets do not move, but no attribution found in them is kept.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { IncrementalAnalyzer } from '../../lib/page/incremental';
import { nonClaimSpans, withoutNonClaims } from '../../lib/page/non-claim';
import { buildTextMap, type TextMap } from '../../lib/page/text-map';
import { analyze, summarize } from '../../lib/sourcing';

const HEADLINE = 'Minister admits the harbour plan was rushed';
const BODY =
  'The harbour authority said in a statement that the barrier had been inspected in March.';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

function blockTexts(map: TextMap): { text: string; nonClaim: boolean }[] {
  return map.blocks.map((b) => ({
    text: map.text.slice(b.start, b.end),
    nonClaim: b.nonClaim === true,
  }));
}

describe('non-claim blocks in the text map', () => {
  it('keeps a headline in the text as a block of its own, marked non-claim', () => {
    const map = buildTextMap([root(`<h1>${HEADLINE}</h1><p>${BODY}</p>`)]);
    expect(map.text).toBe(`${HEADLINE}\n\n${BODY}`);
    expect(blockTexts(map)).toEqual([
      { text: HEADLINE, nonClaim: true },
      { text: BODY, nonClaim: false },
    ]);
  });

  it('marks every heading level, role=heading (even inline) and table captions', () => {
    const map = buildTextMap([
      root(
        '<h2>Two</h2><p>Para one.</p><h6>Six</h6>' +
          '<p>Before <span role="heading" aria-level="3">Inline heading</span> after.</p>' +
          '<table><caption>Table caption</caption><tr><td>Cell text.</td></tr></table>' +
          '<div role="caption">Role caption</div>',
      ),
    ]);
    expect(blockTexts(map)).toEqual([
      { text: 'Two', nonClaim: true },
      { text: 'Para one.', nonClaim: false },
      { text: 'Six', nonClaim: true },
      { text: 'Before ', nonClaim: false },
      { text: 'Inline heading', nonClaim: true },
      { text: ' after.', nonClaim: false },
      { text: 'Table caption', nonClaim: true },
      { text: 'Cell text.', nonClaim: false },
      { text: 'Role caption', nonClaim: true },
    ]);
  });

  it('marks blocks nested inside a heading, and ends with it', () => {
    const map = buildTextMap([
      root(`<h1><div>Part one</div><div>Part two</div></h1><p>After.</p>`),
    ]);
    expect(blockTexts(map)).toEqual([
      { text: 'Part one', nonClaim: true },
      { text: 'Part two', nonClaim: true },
      { text: 'After.', nonClaim: false },
    ]);
  });

  it('paragraphs inside a heading (an unclosed <h1> in broken markup) hold claims again', () => {
    // linkedom keeps an unclosed <h1> open over the rest of the article
    const { document: doc } = parseHTML(
      `<html><body><article><h1>${HEADLINE}</h2><p>${BODY}</p><ul><li>One said so.</li></ul></article></body></html>`,
    );
    const map = buildTextMap([doc.querySelector('article')!]);
    expect(blockTexts(map)).toEqual([
      { text: HEADLINE, nonClaim: true },
      { text: BODY, nonClaim: false },
      { text: 'One said so.', nonClaim: false },
    ]);
  });

  it('figure captions stay out of the text altogether', () => {
    const map = buildTextMap([
      root(
        `<figure><img alt=""><figcaption>Officials said it rose.</figcaption></figure><p>${BODY}</p>`,
      ),
    ]);
    expect(map.text).toBe(BODY);
  });

  it('gives the same blocks in linkedom (the CLI) as in happy-dom', () => {
    const html = `<h1>${HEADLINE}</h1><p>${BODY}</p><h3 role="heading">Sub</h3><p>End.</p>`;
    const happy = buildTextMap([root(html)]);
    const { document: linked } = parseHTML(`<html><body><article>${html}</article></body></html>`);
    const other = buildTextMap([linked.querySelector('article') as unknown as Element]);
    expect(blockTexts(other)).toEqual(blockTexts(happy));
  });
});

describe('attributions in headings are not kept', () => {
  it('drops the headline attribution and keeps the body one at its offsets', async () => {
    const map = buildTextMap([root(`<h1>${HEADLINE}</h1><p>${BODY}</p>`)]);
    // The analyzer itself does find a claim in the headline...
    const whole = analyze(map.text).attributions;
    expect(whole.some((a) => a.start < HEADLINE.length)).toBe(true);
    // ...which the page never shows.
    const res = (await new IncrementalAnalyzer(analyze).run(map))!;
    expect(res.attributions.length).toBeGreaterThan(0);
    for (const a of res.attributions) {
      expect(a.start).toBeGreaterThanOrEqual(HEADLINE.length + 2);
      expect(map.blocks[res.blockOf[res.attributions.indexOf(a)]].nonClaim).toBeUndefined();
    }
    const inBody = whole.filter((a) => a.start >= HEADLINE.length + 2);
    const strip = (l: typeof whole) => l.map((a) => [a.kind, a.start, a.end, a.cue.text]);
    expect(strip(res.attributions)).toEqual(strip(inBody));
  });

  it('drops attributions in subheadings and captions too, not in the paragraphs between', async () => {
    const map = buildTextMap([
      root(
        `<p>${BODY}</p><h2>Police said the bridge would close on Friday</h2>` +
          `<table><caption>Officials confirmed the figures</caption><tr><td>1</td></tr></table>` +
          `<p>A spokesperson for the council declined to comment.</p>`,
      ),
    ]);
    const said = (list: { sentence: { start: number; end: number } }[]) =>
      list.map((a) => map.text.slice(a.sentence.start, a.sentence.end));
    // The analyzer finds claims in the subheading and the caption...
    const whole = said(analyze(map.text).attributions);
    expect(whole.some((s) => s.includes('Police said'))).toBe(true);
    expect(whole.some((s) => s.includes('Officials confirmed'))).toBe(true);
    // ...the page keeps only those in paragraphs.
    const res = (await new IncrementalAnalyzer(analyze).run(map))!;
    const sentences = said(res.attributions);
    expect(sentences.some((s) => s.includes('harbour authority'))).toBe(true);
    expect(sentences.some((s) => s.includes('declined to comment'))).toBe(true);
    expect(sentences.some((s) => s.includes('Police said'))).toBe(false);
    expect(sentences.some((s) => s.includes('Officials confirmed'))).toBe(false);
  });
});

describe('whole-text callers (the CLI on HTML)', () => {
  it('withoutNonClaims drops heading attributions and recomputes the summary', () => {
    const html = `<h1>${HEADLINE}</h1><p>${BODY}</p>`;
    const { document: linked } = parseHTML(`<html><body><article>${html}</article></body></html>`);
    const map = buildTextMap([linked.querySelector('article') as unknown as Element]);
    const spans = nonClaimSpans(map);
    expect(spans).toEqual([[0, HEADLINE.length]]);
    const full = analyze(map.text);
    expect(full.attributions.some((a) => a.sentence.start === 0)).toBe(true);
    const kept = withoutNonClaims(full, spans, summarize);
    expect(kept.attributions.length).toBe(full.attributions.length - 1);
    expect(kept.attributions.every((a) => a.sentence.start > HEADLINE.length)).toBe(true);
    expect(kept.summary).toEqual(summarize(kept.attributions));
    // Nothing to drop: the very same analysis comes back.
    expect(withoutNonClaims(full, [], summarize)).toBe(full);
  });
});
