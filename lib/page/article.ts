// Where is the article's text? Markup only, cheap, and realm-free so it runs
// the same in the content script and in linkedom (CLI). Whether the page is a
// news article at all is ./news-signals.ts's question.

import {
  ELEMENT_NODE,
  inDocumentOrder,
  isExcludedElement,
  isInsideExcluded,
  outermost,
  paragraphTextLength,
  tagOf,
} from './dom-rules.ts';

/** Paragraph text an <article> needs before it counts (teaser cards have less). */
export const MIN_ARTICLE_TEXT = 140;
/** Containers sites put their story in, most specific first. */
const CONTENT_SELECTORS = [
  '[itemprop="articleBody"]',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.story-body',
  '.story-content',
  '.entry-content',
  '.post-content',
  '.post-body',
  '#article-body',
  '#story',
  'main',
  '[role="main"]',
  '#content',
  '.content',
];

function usable(el: Element): boolean {
  return !isInsideExcluded(el, null) && (el.textContent || '').trim().length > 0;
}

/** `<article>` elements with the most paragraph text; teasers and chrome left out. */
function bestArticles(doc: Document): Element[] {
  const scored: { el: Element; score: number }[] = [];
  const articles = doc.querySelectorAll('article');
  // A lone <article> only has to clear the bar; several are compared in full.
  const enough = articles.length === 1 ? MIN_ARTICLE_TEXT : Infinity;
  for (let i = 0; i < articles.length; i++) {
    const el = articles[i];
    if (isInsideExcluded(el, null)) continue;
    const score = paragraphTextLength(el, enough);
    if (score >= MIN_ARTICLE_TEXT) scored.push({ el, score });
  }
  if (!scored.length) return [];
  const best = Math.max(...scored.map((s) => s.score));
  // Several comparable articles (a live blog's posts) are all kept; a main
  // story beside small related-story cards keeps only the story.
  return scored.filter((s) => s.score >= best * 0.5).map((s) => s.el);
}

/** The element holding the most <p> text: parents earn a paragraph fully, grandparents half. */
function densestContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (isInsideExcluded(p, null)) continue;
    const len = (p.textContent || '').trim().length;
    if (len < 25) continue; // bylines, datelines, "Advertisement"
    const parent = p.parentNode as Element | null;
    if (!parent || parent.nodeType !== ELEMENT_NODE) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentNode as Element | null;
    if (grand && grand.nodeType === ELEMENT_NODE && tagOf(grand) !== 'html') {
      scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
    }
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return topScore >= MIN_ARTICLE_TEXT ? top : null;
}

/**
 * Where the article's text lives, outermost elements only, in document order:
 * `[itemprop=articleBody]`, else the biggest `<article>`(s), else a common
 * content container, else the element with the most paragraph text, else body.
 */
export function findArticleRoots(doc: Document): Element[] {
  const finish = (els: Element[]) => outermost(inDocumentOrder(els));
  try {
    const bodies = Array.from(doc.querySelectorAll('[itemprop="articleBody"]')).filter(usable);
    if (bodies.length) return finish(bodies);

    const articles = bestArticles(doc);
    if (articles.length) return finish(articles);

    for (const selector of CONTENT_SELECTORS) {
      const els = Array.from(doc.querySelectorAll(selector)).filter(
        (el) => !isExcludedElement(el) && !isInsideExcluded(el, null),
      );
      const rich = els.filter(
        (el) => paragraphTextLength(el, MIN_ARTICLE_TEXT) >= MIN_ARTICLE_TEXT,
      );
      if (rich.length) return finish(rich.slice(0, 1));
    }

    const dense = densestContainer(doc);
    if (dense) return [dense];
  } catch {
    // Fall through to the body: reading too much beats reading nothing.
  }
  const body = doc.body ?? doc.documentElement;
  return body ? [body] : [];
}
