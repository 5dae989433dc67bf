import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetToPoint, spanBounds, type TextMap } from '../../lib/page/text-map.ts';
import { liveRangeOver } from '../../lib/page/static-ranges.ts';

// The global happy-dom document: its Ranges work (those of a DOMParser
// document come back collapsed in happy-dom 21).
function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

function mapOf(
  body: string,
  opts?: Parameters<typeof buildTextMap>[1],
): { doc: Document; map: TextMap } {
  const doc = page(body);
  return { doc, map: buildTextMap([doc.body], opts) };
}

/** Every segment is its node's text, same length, whitespace made spaces. */
function expectConsistent(map: TextMap) {
  let last = -1;
  for (const seg of map.segments) {
    expect(seg.end - seg.start).toBe(seg.node.data.length);
    expect(map.text.slice(seg.start, seg.end)).toBe(seg.node.data.replace(/\s/g, ' '));
    expect(seg.start).toBeGreaterThan(last - 1);
    last = seg.end;
  }
}

describe('buildTextMap', () => {
  it('joins inline markup into one sentence and maps offsets back to the right nodes', () => {
    const { map } = mapOf(
      '<p>The <a href="/x">health <em>ministry</em></a> <b>declined</b> to comment.</p>',
    );
    expect(map.text).toBe('The health ministry declined to comment.');
    expectConsistent(map);
    const at = map.text.indexOf('ministry');
    const point = offsetToPoint(map, at)!;
    expect(point.node.data).toBe('ministry');
    expect(point.node.parentElement!.tagName).toBe('EM');
    expect(point.offset).toBe(0);
    const inDeclined = offsetToPoint(map, map.text.indexOf('clined'))!;
    expect(inDeclined.node.data).toBe('declined');
    expect(inDeclined.offset).toBe(2);
  });

  it('decodes entities and turns nbsp, tabs and newlines into single spaces without collapsing', () => {
    const { map } = mapOf('<p>Smith&nbsp;&amp;&nbsp;Sons\tsaid\n  so.</p>');
    expect(map.text).toBe('Smith & Sons said   so.');
    expect(map.text.length).toBe(map.segments.reduce((n, s) => n + s.node.data.length, 0));
    expectConsistent(map);
  });

  it('separates blocks with a blank line and records each block with its element', () => {
    const { map } = mapOf(`
      <h1>Headline</h1>
      <p>First paragraph.</p>
      <ul><li>One item</li><li>Two item</li></ul>
      <blockquote><p>Quoted.</p></blockquote>
      <table><tr><td>Cell A</td><td>Cell B</td></tr></table>`);
    expect(map.text).toBe(
      'Headline\n\nFirst paragraph.\n\nOne item\n\nTwo item\n\nQuoted.\n\nCell A\n\nCell B',
    );
    expect(map.blocks.map((b) => [map.text.slice(b.start, b.end), b.element.tagName])).toEqual([
      ['Headline', 'H1'],
      ['First paragraph.', 'P'],
      ['One item', 'LI'],
      ['Two item', 'LI'],
      ['Quoted.', 'P'],
      ['Cell A', 'TD'],
      ['Cell B', 'TD'],
    ]);
    expectConsistent(map);
  });

  it('keeps direct text of a div as its own block, around nested paragraphs', () => {
    const { map } = mapOf('<div>Lead text<p>Inner paragraph.</p>Tail text</div>');
    expect(map.text).toBe('Lead text\n\nInner paragraph.\n\nTail text');
    expect(map.blocks.map((b) => b.element.tagName)).toEqual(['DIV', 'P', 'DIV']);
  });

  it('turns <br> into a newline and two <br> into a paragraph break', () => {
    const { map } = mapOf('<div>Line one<br>Line two<br><br>Line three</div>');
    expect(map.text).toBe('Line one\nLine two\n\nLine three');
    expect(map.blocks.map((b) => map.text.slice(b.start, b.end))).toEqual([
      'Line one\nLine two',
      'Line three',
    ]);
  });

  it('leaves out code, forms, chrome, comments, hidden and Sourcelight nodes', () => {
    const { map } = mapOf(`
      <nav>Home News Sport</nav>
      <header>Site banner</header>
      <p>Kept one.<script>var x = "script text";</script><style>p{}</style></p>
      <noscript>Enable JS</noscript><template><p>tpl</p></template>
      <form><p>Subscribe now</p><input value="x"><button>Go</button></form>
      <textarea>draft</textarea><select><option>opt</option></select>
      <div contenteditable="true">editable</div>
      <aside>Related stories</aside><footer>Copyright</footer>
      <figure><img alt=""><figcaption>A caption said nothing.</figcaption></figure>
      <section id="comments"><p>First comment</p></section>
      <div class="article-comments"><p>Another comment</p></div>
      <p aria-hidden="true">aria hidden</p><p hidden>hidden attr</p>
      <p style="color: red; display: none">inline none</p>
      <svg><text>svg text</text></svg><iframe srcdoc="frame"></iframe>
      <span data-sourcelight="badge">SL badge</span><sourcelight-badge>SL element</sourcelight-badge>
      <p>Kept <span class="commentary">two</span>.</p>`);
    expect(map.text).toBe('Kept one.\n\nKept two.');
    expectConsistent(map);
  });

  it('keeps the header of an <article> (headline) but not a site header', () => {
    const { map } = mapOf(
      '<header><nav>Menu</nav>Brand</header><article><header><h1>Real headline</h1></header><p>Body.</p></article>',
    );
    expect(map.text).toBe('Real headline\n\nBody.');
  });

  it('honours an isHidden callback (computed style in the browser)', () => {
    const { map } = mapOf('<p>Visible.</p><p class="sr">Screen reader only.</p>', {
      isHidden: (el) => el.classList.contains('sr'),
    });
    expect(map.text).toBe('Visible.');
  });

  it('skips whitespace-only source indentation between blocks', () => {
    const { map } = mapOf('\n   <p>A.</p>\n\n\t<p>B.</p>\n  ');
    expect(map.text).toBe('A.\n\nB.');
    expect(map.segments).toHaveLength(2);
  });

  it('walks several roots once each, nested duplicates dropped', () => {
    const doc = page(
      '<div id="a"><p>One.</p><div id="b"><p>Two.</p></div></div><p id="c">Three.</p>',
    );
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    const c = doc.getElementById('c')!;
    expect(buildTextMap([c, b, a]).text).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('walks an open shadow root of a custom element', () => {
    const doc = page('<p>Light.</p><x-quote></x-quote>');
    const host = doc.querySelector('x-quote')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'In the shadow.';
    shadow.appendChild(p);
    expect(buildTextMap([doc.body]).text).toBe('Light.\n\nIn the shadow.');
    expect(buildTextMap([doc.body], { shadow: false }).text).toBe('Light.');
  });

  it('returns an empty map for an empty root', () => {
    const { map } = mapOf('');
    expect(map).toMatchObject({ text: '', segments: [], blocks: [] });
    expect(offsetToPoint(map, 0)).toBeNull();
  });
});

describe('offsetToPoint', () => {
  const { map } = mapOf('<p>ab<b>cd</b></p><p>ef</p>');
  // text: "abcd\n\nef"; segments ab [0,2) cd [2,4) ef [6,8)

  it('picks the later node with start affinity and the earlier with end affinity at a boundary', () => {
    expect(map.text).toBe('abcd\n\nef');
    expect(offsetToPoint(map, 2, 'start')).toMatchObject({ offset: 0 });
    expect(offsetToPoint(map, 2, 'start')!.node.data).toBe('cd');
    expect(offsetToPoint(map, 2, 'end')!.node.data).toBe('ab');
    expect(offsetToPoint(map, 2, 'end')!.offset).toBe(2);
  });

  it('moves out of a separator to the nearest text on the chosen side', () => {
    for (const off of [4, 5]) {
      const s = offsetToPoint(map, off, 'start')!;
      expect([s.node.data, s.offset]).toEqual(['ef', 0]);
      const e = offsetToPoint(map, off + 1, 'end')!;
      expect([e.node.data, e.offset]).toEqual(['cd', 2]);
    }
  });

  it('is null past the text on the chosen side', () => {
    expect(offsetToPoint(map, 8, 'start')).toBeNull();
    expect(offsetToPoint(map, 0, 'end')).toBeNull();
    expect(offsetToPoint(map, 8, 'end')!.node.data).toBe('ef');
    expect(offsetToPoint(map, Number.NaN)).toBeNull();
  });

  it('agrees with a linear scan on every offset of a real page', () => {
    const { map: big } = mapOf(
      '<h2>Talks <i>stall</i></h2><p>Officials <a>said</a> on <b>Monday</b>.<br>More &amp; more.</p><p>End.</p>',
    );
    for (let off = 0; off < big.text.length; off++) {
      const point = offsetToPoint(big, off, 'start');
      const seg = big.segments.find((s) => off >= s.start && off < s.end);
      if (seg) {
        expect(point!.node).toBe(seg.node);
        expect(point!.offset).toBe(off - seg.start);
        expect(point!.node.data[point!.offset].replace(/\s/, ' ')).toBe(big.text[off]);
      } else {
        expect(big.text[off]).toBe('\n');
      }
    }
  });
});

/** A live Range over the span's bounds, to read its text (the painter makes StaticRanges). */
function rangeForSpan(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const at = spanBounds(map, start, end);
  return at && liveRangeOver(doc, at);
}

describe('spanBounds', () => {
  it('selects exactly the span across inline elements', () => {
    const { doc, map } = mapOf('<p>The <a>health <em>ministry</em></a> declined to comment.</p>');
    const start = map.text.indexOf('health');
    const end = map.text.indexOf(' declined') + ' declined'.length;
    const range = rangeForSpan(map, start, end, doc)!;
    expect(range.toString()).toBe('health ministry declined');
    expect(range.startContainer.textContent).toBe('health ');
  });

  it('trims a span that starts or ends in a block separator', () => {
    const { doc, map } = mapOf('<p>One.</p><p>Two.</p>');
    const range = rangeForSpan(map, 4, 11, doc)!; // "\n\nTwo." plus end of text
    expect(range.toString()).toBe('Two.');
    const back = rangeForSpan(map, 0, 6, doc)!;
    expect(back.toString()).toBe('One.');
  });

  it('is null for a span inside a separator or an empty span', () => {
    const { doc, map } = mapOf('<p>One.</p><p>Two.</p>');
    expect(rangeForSpan(map, 4, 6, doc)).toBeNull();
    expect(rangeForSpan(map, 3, 3, doc)).toBeNull();
  });
});

describe('any DOM', () => {
  it('gives the same text and blocks in linkedom (the CLI) as in happy-dom', async () => {
    const { parseHTML } = await import('linkedom');
    const html =
      '<main><h1>Vote &amp; count</h1><p>The <a>council</a> said&nbsp;so.<br>Then\n  more.</p>' +
      '<aside>Side</aside><ul><li>One</li><li>Two <em>too</em></li></ul><div hidden>no</div></main>';
    const happy = page(html);
    const { document: linked } = parseHTML(`<html><body>${html}</body></html>`);
    const a = buildTextMap([happy.querySelector('main')!]);
    const b = buildTextMap([linked.querySelector('main') as unknown as Element]);
    expect(a.text).toBe('Vote & count\n\nThe council said so.\nThen   more.\n\nOne\n\nTwo too');
    expect(b.text).toBe(a.text);
    expect(b.blocks.map((x) => [x.start, x.end])).toEqual(a.blocks.map((x) => [x.start, x.end]));
    for (const seg of b.segments) expect(seg.end - seg.start).toBe(seg.node.data.length);
  });
});
