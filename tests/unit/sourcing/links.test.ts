// Linked sources (issue 24, part 1): an attribution whose source, cue or (for
// a document) sentence carries a link a reader can open is credited; the
// site's own tag, section and author pages and non-web links are not.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';
import type { TextLink } from '../../../lib/sourcing/types.ts';
import { RAISE } from '../../../lib/sourcing/weights.ts';
import { creditOf, isNavigationPath, siteHost } from '../../../lib/sourcing/links.ts';

const TEXT =
  'A report released on Thursday by the Congressional Budget Office found that costs rose. ' +
  'The senator said in a letter that the plan was flawed. ' +
  'The merger was first reported by Axios. ' +
  'According to news reports, the deal is off.';

/** The span of the n-th occurrence of `words` in `text`, linked to `href`. */
function link(text: string, words: string, href: string, nth = 0): TextLink {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  return { start: at, end: at + words.length, href };
}

const plain = analyze(TEXT);
const byCue = (cue: string) => plain.attributions.findIndex((a) => a.cue.text === cue);

describe('analyze with links', () => {
  test('a linked document gets the link, the reason and a higher score; unlinked ones do not', () => {
    const links = [link(TEXT, 'report', 'https://www.cbo.gov/publication/60000')];
    const linked = analyze(TEXT, { links, site: 'https://news.example.com/story' });
    const i = byCue('found');
    const a = linked.attributions[i];
    expect(a.link).toEqual({ href: 'https://www.cbo.gov/publication/60000', host: 'cbo.gov' });
    expect(a.reasons).toContain('links to its source');
    expect(a.score).toBe(Math.min(100, plain.attributions[i].score! + RAISE.linked));
    // the others carry no link and keep their score
    linked.attributions.forEach((b, j) => {
      if (j === i) return;
      expect(b.link).toBeUndefined();
      expect(b.score).toBe(plain.attributions[j].score);
      expect(b.reasons).toEqual(plain.attributions[j].reasons);
    });
    expect(linked.summary.score!).toBeGreaterThanOrEqual(plain.summary.score!);
    // the summary counts the linked ones, and says nothing when none are
    expect(linked.summary.linked).toBe(1);
    expect('linked' in plain.summary).toBe(false);
  });

  test("a document linked anywhere in its sentence is credited, another kind's sentence is not", () => {
    const links = [
      link(TEXT, 'costs rose', 'https://www.cbo.gov/data'),
      link(TEXT, 'the plan was flawed', 'https://senate.example.gov/plan'),
    ];
    const out = analyze(TEXT, { links });
    expect(out.attributions[byCue('found')].link?.host).toBe('cbo.gov');
    expect(out.attributions[byCue('said in a letter')].link).toBeUndefined();
  });

  test('a linked cue counts ("said in a letter" linking to the letter)', () => {
    const links = [link(TEXT, 'in a letter', 'https://www.senate.gov/letter.pdf')];
    const a = analyze(TEXT, { links }).attributions[byCue('said in a letter')];
    expect(a.link).toEqual({ href: 'https://www.senate.gov/letter.pdf', host: 'senate.gov' });
    expect(a.reasons).toContain('links to its source');
  });

  test("the site's own tag, section and author pages get no credit; its own documents do", () => {
    const site = 'https://www.daily.example/politics/2026/12/06/story.html';
    for (const href of [
      'https://www.daily.example/tag/budget',
      'https://daily.example/topics/congress/',
      'https://www.daily.example/author/jane-doe',
      'https://www.daily.example/politics',
      'https://www.daily.example/us-news/politics/',
      'https://www.daily.example/',
      'https://edition.daily.example/section/world',
    ]) {
      const out = analyze(TEXT, { links: [link(TEXT, 'report', href)], site });
      expect(out.attributions[byCue('found')].link, href).toBeUndefined();
      expect(out.attributions[byCue('found')].score, href).toBe(
        plain.attributions[byCue('found')].score,
      );
    }
    // a link within the page itself ("read the full statement" → #statement)
    const self = analyze(TEXT, { links: [link(TEXT, 'report', `${site}#statement`)], site });
    expect(self.attributions[byCue('found')].link).toBeUndefined();
    const own = 'https://www.daily.example/documents/2026/cbo-report-full-text.pdf';
    const out = analyze(TEXT, { links: [link(TEXT, 'report', own)], site });
    expect(out.attributions[byCue('found')].link?.host).toBe('daily.example');
    // the path rule itself
    expect(isNavigationPath('/tag/budget')).toBe(true);
    expect(isNavigationPath('/2026/12/06/senate-passes-budget-bill')).toBe(false);
  });

  test('javascript:, data:, mailto: and other non-web links are never credited', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:tips@example.com',
      'ftp://files.example.com/report.pdf',
      'file:///etc/passwd',
      '/relative/report.pdf',
      'not a url',
      '',
    ]) {
      expect(creditOf(href, null), href).toBeNull();
      const out = analyze(TEXT, { links: [link(TEXT, 'report', href)] });
      expect(out.attributions[byCue('found')].link, href).toBeUndefined();
    }
  });

  test('one link wrapping several attributions credits each of them', () => {
    const text = 'Maria Lopez said the bridge was safe, and Tom Reyes said it was not.';
    const base = analyze(text);
    expect(base.attributions).toHaveLength(2);
    const out = analyze(text, {
      links: [{ start: 0, end: text.length, href: 'https://city.example.gov/hearing' }],
    });
    for (const [j, a] of out.attributions.entries()) {
      expect(a.link).toEqual({
        href: 'https://city.example.gov/hearing',
        host: 'city.example.gov',
      });
      expect(a.score).toBe(base.attributions[j].score! + RAISE.linked);
    }
  });

  test('a link to another outlet is second-hand made checkable: credited, and said so', () => {
    const i = byCue('reported by');
    const out = analyze(TEXT, {
      links: [link(TEXT, 'Axios', 'https://www.axios.com/2026/12/05/merger-talks')],
      site: 'daily.example',
    });
    const a = out.attributions[i];
    expect(a.kind).toBe('secondhand');
    expect(a.link?.host).toBe('axios.com');
    expect(a.reasons).toContain('links to its source');
    expect(a.reasons.join(' ')).toMatch(/another outlet: second-hand, but a reader can check it/);
    expect(a.score).toBe(plain.attributions[i].score! + RAISE.linked);
    expect(a.band).toBe('moderate');
    // an unnamed outlet ("news reports") made checkable by a link rises to moderate
    const j = byCue('According to');
    const vague = analyze(TEXT, {
      links: [link(TEXT, 'news reports', 'https://www.reuters.com/world/deal-off-2026-12-05/')],
    }).attributions[j];
    expect(plain.attributions[j].band).toBe('weak');
    expect(vague.band).toBe('moderate');
    expect(vague.reasons.join(' ')).toMatch(/another outlet/);
  });

  test('without links, or with bad ones, the analysis is unchanged', () => {
    expect(analyze(TEXT, { links: [] })).toEqual(plain);
    const bad = [
      { start: 5, end: 2, href: 'https://x.example/a-b-c-d' },
      { start: NaN, end: 9, href: 'https://x.example/a-b-c-d' },
      null as unknown as TextLink,
    ];
    expect(analyze(TEXT, { links: bad })).toEqual(plain);
    expect(siteHost('https://www.Example.com/a')).toBe('example.com');
    expect(siteHost('example.com')).toBe('example.com');
    expect(siteHost('')).toBeNull();
  });
});
