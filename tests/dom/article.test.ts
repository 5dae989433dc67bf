import { describe, expect, it } from 'vitest';
import { findArticleRoots } from '../../lib/page/article.ts';
import { buildTextMap } from '../../lib/page/text-map.ts';

function parse(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

/** A paragraph of plausible news text, about 150 characters. */
function para(n: number): string {
  return `<p>Paragraph ${n}: the regional council said on Tuesday that the new bridge would open in spring, and engineers confirmed the final load tests had passed.</p>`;
}

const STORY = [1, 2, 3, 4].map(para).join('');

describe('findArticleRoots', () => {
  const textOf = (doc: Document) => buildTextMap(findArticleRoots(doc)).text;

  it('prefers [itemprop=articleBody]', () => {
    const doc = parse(
      '',
      `<article><h1>Title</h1><div itemprop="articleBody" id="body">${STORY}</div><p>Share this</p></article>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['body']);
  });

  it('picks the <article> with the most paragraph text, not the teaser cards', () => {
    const doc = parse(
      '',
      `<article id="teaser1"><p>Teaser one.</p></article>
       <main><article id="story">${STORY}</article></main>
       <article id="teaser2"><p>Another teaser, a little longer but still small.</p></article>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['story']);
  });

  it('keeps several comparable <article>s (live blog posts) in document order', () => {
    const doc = parse(
      '',
      `<div><article id="p1">${para(1)}</article><article id="p2">${para(2)}${para(3)}</article></div>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['p1', 'p2']);
  });

  it('never returns nested duplicates', () => {
    const doc = parse(
      '',
      `<article id="outer">${para(1)}<article id="inner">${para(2)}${para(3)}</article></article>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['outer']);
    const bodies = parse(
      '',
      `<div itemprop="articleBody" id="a">${para(1)}<div itemprop="articleBody" id="b">${para(2)}</div></div>`,
    );
    expect(findArticleRoots(bodies).map((e) => e.id)).toEqual(['a']);
  });

  it('uses a common content container when there is no <article>', () => {
    const doc = parse(
      '',
      `<div class="sidebar">${para(9)}</div><div class="entry-content" id="entry">${STORY}</div>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['entry']);
  });

  it('falls back to the element holding the most <p> text', () => {
    const doc = parse(
      '',
      `<div id="promo">${para(7)}</div><div id="wrap"><div id="text">${STORY}</div></div>`,
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['text']);
  });

  it('falls back to the body when nothing stands out', () => {
    const doc = parse('', '<span>Just a word.</span>');
    expect(findArticleRoots(doc)).toEqual([doc.body]);
  });

  it('reads the article text without nav, aside, comments or captions', () => {
    const doc = parse(
      ld('{"@type":"NewsArticle"}'),
      `<header><nav><a>Home</a><a>World</a></nav></header>
       <main>
         <article>
           <header><h1>Bridge opens</h1></header>
           <figure><img alt=""><figcaption>The bridge at dawn.</figcaption></figure>
           ${para(1)}${para(2)}
           <aside>Related: other bridges</aside>
           <section class="comments"><p>Great news! said a commenter</p></section>
         </article>
       </main>
       <footer>Contact us</footer>`,
    );
    const text = textOf(doc);
    expect(text.startsWith('Bridge opens\n\nParagraph 1: the regional council said')).toBe(true);
    expect(text).toContain('Paragraph 2:');
    for (const chrome of ['Home', 'Related', 'commenter', 'dawn', 'Contact']) {
      expect(text).not.toContain(chrome);
    }
  });
});
