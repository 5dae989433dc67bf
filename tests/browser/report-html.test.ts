// The report as HTML for the clipboard: the same report as the Markdown
// (headings, score, sources table, list), and page text that looks like
// markup stays text. In real Chromium: DOMPurify under happy-dom does not
// walk the tree (it leaves javascript: links), so it is tested where it runs.
import { describe, expect, test } from 'vitest';
import { reportToHtml } from '../../lib/report/html';
import { analysisToMarkdown } from '../../lib/report/markdown';
import { analyze } from '../../lib/sourcing';

const HOSTILE = [
  'Marta Okafor said the bridge was <img src=x onerror=alert(1)> safe.',
  'Officials said the toll </table><script>alert(2)</script> would rise.',
  'Sources familiar with the plan said "<a href="javascript:alert(3)">click</a>" was a joke.',
].join(' ');

/** The HTML parsed inert (a template's content loads nothing and runs nothing). */
function fragment(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = `<div>${html}</div>`;
  return template.content.firstElementChild as HTMLElement;
}

function report(text: string, title = 'Bridge <b>news</b>') {
  const analysis = analyze(text);
  const markdown = analysisToMarkdown({
    title,
    url: 'https://news.example/bridge',
    text,
    analysis,
  });
  return { analysis, markdown, html: reportToHtml(markdown) };
}

describe('reportToHtml', () => {
  test('headings, score line, sources table and the list, from the same report', () => {
    const { analysis, html } = report(
      'Marta Okafor said the bridge was safe. Officials said the toll would rise. ' +
        'Okafor said the cables were new.',
      'Bridge news',
    );
    const box = fragment(html);
    expect(box.querySelector('h2')?.textContent).toBe('Sourcing report: Bridge news');
    expect(box.textContent).toContain(`Score: ${analysis.summary.score}/100`);
    const link = box.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://news.example/bridge');
    const rows = [...box.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Marta Okafor', '', 'named', '2'],
      ['Officials', '', analysis.sources![1].kind, '1'],
    ]);
    expect(box.querySelector('th')?.getAttribute('style')).toMatch(/border/);
    expect(box.querySelectorAll('ol > li')).toHaveLength(analysis.attributions.length);
    expect(box.querySelectorAll('blockquote')).toHaveLength(analysis.attributions.length);
  });

  test('hostile page text stays text: no image, script, handler or javascript: link', () => {
    const { analysis, html } = report(HOSTILE);
    expect(analysis.attributions.length).toBeGreaterThanOrEqual(3);
    const box = fragment(html);
    expect(box.querySelectorAll('img, script, iframe, object, style')).toHaveLength(0);
    for (const el of box.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
      const href = el.getAttribute('href');
      if (href) expect(href).toMatch(/^https:\/\//);
    }
    // the words arrive as the reader saw them, and the table is whole
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(box.textContent).toContain('</table><script>alert(2)</script>');
    expect(box.querySelector('h2')?.textContent).toBe('Sourcing report: Bridge <b>news</b>');
    expect(box.querySelectorAll('table')).toHaveLength(1);
    expect(box.querySelectorAll('ol > li')).toHaveLength(analysis.attributions.length);
  });

  test('markup put straight into the Markdown is shown or dropped, never kept', () => {
    const html = reportToHtml(
      [
        '## Report',
        '',
        '<img src=x onerror=alert(1)>',
        '',
        '<script>alert(2)</script>',
        '',
        '[a link](javascript:alert(3)) and <b onclick="alert(4)">bold</b>',
        '',
        '| A |',
        '| --- |',
        '| <iframe src="https://evil.example"></iframe> |',
      ].join('\n'),
    );
    const box = fragment(html);
    expect(box.querySelectorAll('img, script, iframe, b')).toHaveLength(0);
    expect(box.querySelector('a')?.hasAttribute('href') ?? false).toBe(false);
    expect(html).not.toMatch(/<(img|script|iframe)/i);
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
