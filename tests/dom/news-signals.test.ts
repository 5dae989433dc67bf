// Each news signal on small pages: what it catches and what it must not.
import { describe, expect, it } from 'vitest';
import { detectNews, jsonLdNamesNews, NEWS_SIGNALS } from '../../lib/page/news-signals.ts';

function parse(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const og = (type: string) => `<meta property="og:type" content="${type}">`;
/**
 * The names of the signals a page carries; detectNews, whose first query
 * passes over pages with nothing any signal looks for, must name the first.
 */
const signalsOf = (doc: Document) => {
  const names = NEWS_SIGNALS.filter((s) => s.test(doc)).map((s) => s.name);
  expect(detectNews(doc)).toEqual({ isNews: names.length > 0, signal: names[0] ?? null });
  return names;
};

/** Long text every how-to page, encyclopedia and blog has: no signal at all. */
const LONG = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i}: the terrarium needs a layer of gravel, then charcoal, then soil, and the glass must be cleaned before the plants go in, so that light reaches every leaf.</p>`,
).join('');

describe('news signals', () => {
  it('every signal is named and says what it catches', () => {
    const names = NEWS_SIGNALS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of NEWS_SIGNALS) expect(s.catches.length).toBeGreaterThan(20);
  });

  it.each([
    ['NewsArticle', '{"@context":"https://schema.org","@type":"NewsArticle"}'],
    ['ReportageNewsArticle', '{"@type":"ReportageNewsArticle"}'],
    ['AnalysisNewsArticle', '{"@type":"schema:AnalysisNewsArticle"}'],
    [
      'OpinionNewsArticle in @graph',
      '{"@graph":[{"@type":"WebSite"},{"@type":"OpinionNewsArticle"}]}',
    ],
    ['a type list', '{"@type":["CreativeWork","NewsArticle"]}'],
    ['an array', '[{"@type":"BreadcrumbList"},{"@type":"https://schema.org/NewsArticle"}]'],
    ['mainEntity', '{"@type":"WebPage","mainEntity":{"@type":"LiveBlogPosting"}}'],
  ])('json-ld-news: %s', (_, json) => {
    expect(signalsOf(parse(ld(json)))).toEqual(['json-ld-news']);
  });

  it('json-ld-news: not plain Article, BlogPosting or HowTo, not malformed JSON, and a good block after a bad one', () => {
    for (const t of ['Article', 'BlogPosting', 'HowTo', 'WebPage']) {
      expect(signalsOf(parse(ld(`{"@type":"${t}"}`), LONG))).toEqual([]);
    }
    expect(signalsOf(parse(ld('{"@type": "NewsArticle",,}')))).toEqual([]);
    expect(signalsOf(parse(ld('{oops') + ld('{"@type":"NewsArticle"}')))).toEqual(['json-ld-news']);
  });

  it('json-ld-news: a deep or cyclic-looking blob is read within a budget', () => {
    const wide = { '@graph': Array.from({ length: 5000 }, () => ({ '@type': 'Thing' })) };
    expect(jsonLdNamesNews(wide)).toBe(false);
    const late = { '@graph': [...wide['@graph'], { '@type': 'NewsArticle' }] };
    expect(jsonLdNamesNews(late)).toBe(false); // past the budget: says nothing rather than stall
  });

  it('microdata-news: itemtype NewsArticle and its subtypes, not Article', () => {
    const body = (t: string) => `<div itemscope itemtype="${t}"><p>Text.</p></div>`;
    expect(signalsOf(parse('', body('http://schema.org/NewsArticle')))).toEqual(['microdata-news']);
    expect(signalsOf(parse('', body('https://schema.org/ReportageNewsArticle')))).toEqual([
      'microdata-news',
    ]);
    expect(signalsOf(parse('', body('http://schema.org/Article')))).toEqual([]);
    expect(signalsOf(parse('', body('http://schema.org/NewsArticleSeries')))).toEqual([]);
  });

  it('og-article-dated: og:type=article with a publication time or a section', () => {
    const time = '<meta property="article:published_time" content="2015-03-13T21:00:00Z">';
    const section = '<meta property="article:section" content="World">';
    expect(signalsOf(parse(og('article') + time))).toEqual(['og-article-dated']);
    expect(signalsOf(parse(og('Article') + section))).toEqual(['og-article-dated']);
    // Facebook's first namespace, as BBC News still wrote it.
    expect(
      signalsOf(parse(og('article') + '<meta property="og:article:section" content="US">')),
    ).toEqual(['og-article-dated']);
    // og:type=article alone is every how-to page; a dated website is not an article.
    expect(signalsOf(parse(og('article'), LONG))).toEqual([]);
    expect(signalsOf(parse(og('website') + time))).toEqual([]);
  });

  it('news-keywords: Google News tag', () => {
    expect(signalsOf(parse('<meta name="news_keywords" content="budget, council">'))).toEqual([
      'news-keywords',
    ]);
    expect(signalsOf(parse('<meta name="keywords" content="budget, council">'))).toEqual([]);
  });

  it('byline-dateline: a byline with a date in it or beside it', () => {
    const cases = [
      '<div class="story-info"><span class="byline">By Laurie Oakes</span><span class="datestamp">March 13, 2015</span></div>',
      '<p class="article-byline">By Jane Doe, <time datetime="2015-03-13">March 13</time></p>',
      '<cite class="byline vcard">By GILLIAN MOHNEY <abbr>March 11, 2015 3:46 PM</abbr></cite>',
      '<header><div><span class="pb-byline">By Kim</span></div><span class="dateline">CAIRO</span></header>',
      // No byline class: "by" and an author link, with datePublished beside it.
      '<div><span>by </span><a rel="author" href="/p/s">Steven Musil</a> <time itemprop="datePublished">January 18, 2017</time></div>',
    ];
    for (const body of cases) expect(signalsOf(parse('', body)), body).toEqual(['byline-dateline']);
  });

  it('byline-dateline: not a byline without a date, a blog post header, or a date far away', () => {
    const cases = [
      // eHow: a contributor byline, no date.
      '<div class="post-meta"><div class="meta"><a class="byline" rel="author">By Lucy Akins</a><div class="nb-byline">eHow Contributor</div></div></div>',
      // A WordPress theme's post header.
      '<article class="hentry"><div class="entry-meta"><span class="byline">by Ann</span><time datetime="2015-03-10">March 10, 2015</time></div></article>',
      // A blog's footer: "Posted by", not "By".
      '<footer><p>Posted by <a rel="author" href="/a">Nikhil</a> on <time datetime="2015-03-10">March 10, 2015</time></p></footer>',
      // A byline and a date in different parts of the page.
      `<div><div><div><div><span class="byline">By Kim</span></div></div></div></div>${LONG}<footer><time datetime="2020-01-01">2020</time></footer>`,
    ];
    for (const body of cases) expect(signalsOf(parse('', body)), body).toEqual([]);
  });
});

describe('detectNews', () => {
  it('says which signal decided, cheapest first', () => {
    const doc = parse(
      '<meta name="news_keywords" content="x">' + ld('{"@type":"NewsArticle"}'),
      '<article><p>Text.</p></article>',
    );
    expect(detectNews(doc)).toEqual({ isNews: true, signal: 'news-keywords' });
  });

  it('says no for long pages with article markup but nothing of news', () => {
    const doc = parse(og('article') + ld('{"@type":"Article"}'), `<article>${LONG}</article>`);
    expect(detectNews(doc)).toEqual({ isNews: false, signal: null });
  });

  it('never throws on a DOM that misbehaves', () => {
    const doc = parse('<meta name="news_keywords" content="x">');
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'querySelector' || key === 'querySelectorAll') {
          return () => {
            throw new Error('hostile');
          };
        }
        const v = Reflect.get(target, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    expect(detectNews(broken)).toEqual({ isNews: false, signal: null });
  });
});
