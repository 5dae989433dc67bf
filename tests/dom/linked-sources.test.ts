// Linked sources on the page (issue 24, part 1): the incremental analyzer
// reads the article's <a href> spans from the text map and credits the
// attributions that link to their source; a link change is a new result, not a
// stale cached one; the tooltip opens the source in a new tab.
import { expect, test } from 'vitest';
import { IncrementalAnalyzer } from '../../lib/page/incremental';
import { buildTextMap } from '../../lib/page/text-map';
import { linksOfMap } from '../../lib/page/text-links';
import { Tooltip } from '../../lib/page/tooltip';
import { analyze } from '../../lib/sourcing';

function article(html: string): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

const PAGE =
  '<p>A <a href="https://audit.example.gov/reports/harbour.pdf">report</a> released by the ' +
  'regional audit office found the costs had doubled.</p>' +
  '<p>The <a href="/tag/port">Port Authority</a> said in a statement that work would begin in March.</p>' +
  '<p><a href="javascript:alert(1)">Two officials familiar with the talks</a> said the vote was close.</p>' +
  '<p><a href="https://council.example.gov/minutes">Tom Reyes said the vote was close, ' +
  'and Ana Silva said it was fair</a>.</p>';

test('the map gives each link its span and resolved href', () => {
  const map = buildTextMap([article(PAGE)]);
  const links = linksOfMap(map).map((l) => [map.text.slice(l.start, l.end), l.href]);
  expect(links).toEqual([
    ['report', 'https://audit.example.gov/reports/harbour.pdf'],
    ['Port Authority', new URL('/tag/port', location.href).href],
    ['Two officials familiar with the talks', 'javascript:alert(1)'],
    [
      'Tom Reyes said the vote was close, and Ana Silva said it was fair',
      'https://council.example.gov/minutes',
    ],
  ]);
});

test('the page analysis credits linked sources, and only those', async () => {
  const root = article(PAGE);
  const inc = new IncrementalAnalyzer(analyze);
  const r = (await inc.run(buildTextMap([root])))!;
  const hosts = r.attributions.map((a) => [a.source?.text.split(' ')[0], a.link?.host ?? null]);
  expect(hosts).toEqual([
    ['A', 'audit.example.gov'],
    // the page's own tag page: no source
    ['The', null],
    ['Two', null],
    ['Tom', 'council.example.gov'],
    ['Ana', 'council.example.gov'],
  ]);
  expect(r.attributions[0].reasons).toContain('links to its source');

  // the link taken away: the cached block is not reused with its old credit
  root.querySelector('a')!.replaceWith(document.createTextNode('report'));
  const again = (await inc.run(buildTextMap([root])))!;
  expect(again.attributions[0].link).toBeUndefined();
  expect(again.attributions[0].score!).toBeLessThan(r.attributions[0].score!);
});

test('the tooltip names the host and opens the source in a new tab, never a javascript: link', async () => {
  const root = article(PAGE);
  const r = (await new IncrementalAnalyzer(analyze).run(buildTextMap([root])))!;
  const tip = new Tooltip(document);
  tip.fill(r.attributions[0]);
  const a = tip.sourceLink;
  expect(a.hidden).toBe(false);
  expect(a.textContent).toBe('Open its source on audit.example.gov (new tab)');
  expect(a.getAttribute('href')).toBe('https://audit.example.gov/reports/harbour.pdf');
  expect(a.target).toBe('_blank');
  expect(a.rel).toBe('noopener noreferrer');
  expect(tip.element.textContent).toContain('Links to its source');
  // an attribution without a link, or with a forged non-web one, shows none
  tip.fill(r.attributions[2]);
  expect(a.hidden).toBe(true);
  expect(a.hasAttribute('href')).toBe(false);
  tip.fill({ ...r.attributions[2], link: { href: 'javascript:alert(1)', host: 'x' } });
  expect(a.hidden).toBe(true);
  expect(a.hasAttribute('href')).toBe(false);
});
