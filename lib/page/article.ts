// Is this page a news article, and where is its text? Markup only, cheap, and
// realm-free so it runs the same in the content script and in linkedom (CLI).

// the readerable check alone (see readability-readerable.d.ts)
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import {
  ELEMENT_NODE,
  inDocumentOrder,
  isExcludedElement,
  isInsideExcluded,
  outermost,
  paragraphTextLength,
  tagOf,
} from './dom-rules.ts';

/** schema.org types that mean "this page is an article". */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
]);

/** Paragraph text an <article> needs before it counts (teaser cards have less). */
export const MIN_ARTICLE_TEXT = 140;
/** Detection asks more of a bare <article> than root finding does. */
const MIN_DETECT_TEXT = 400;

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

export interface ArticleDetection {
  isArticle: boolean;
  /** Why, in words (empty when it is not an article). */
  reasons: string[];
}

function typeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  const name = value.trim().split(/[/:#]/).pop() ?? '';
  return name;
}

/** The article types named anywhere in one JSON-LD value (objects, arrays, @graph). */
function jsonLdArticleTypes(data: unknown, found: Set<string>): void {
  const queue: unknown[] = [data];
  let visited = 0;
  // Bounded: a hostile page can ship a huge JSON-LD blob.
  while (queue.length && visited < 2000) {
    const item = queue.shift();
    visited++;
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    for (const t of types) {
      const name = typeName(t);
      if (name && ARTICLE_TYPES.has(name.toLowerCase())) found.add(name);
    }
    if (record['@graph']) queue.push(record['@graph']);
    if (record.mainEntity) queue.push(record.mainEntity);
    if (record.mainEntityOfPage && typeof record.mainEntityOfPage === 'object') {
      queue.push(record.mainEntityOfPage);
    }
  }
}

function jsonLdTypes(doc: Document): string[] {
  const found = new Set<string>();
  const scripts = doc.querySelectorAll('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    const type = (s.getAttribute('type') || '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    try {
      jsonLdArticleTypes(JSON.parse(s.textContent || ''), found);
    } catch {
      // Malformed JSON-LD is common; it simply says nothing.
    }
  }
  return [...found];
}

function metaContent(doc: Document, key: string): string | null {
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const k = (m.getAttribute('property') || m.getAttribute('name') || '').trim().toLowerCase();
    if (k === key) return (m.getAttribute('content') || '').trim().toLowerCase();
  }
  return null;
}

/** Readability's visibility test, from attributes only (no layout in linkedom). */
function visibleByMarkup(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return true;
  return !isInsideExcluded(node as Element, null);
}

/** Decides whether `doc` holds an article, and says why. */
export function detectArticle(doc: Document): ArticleDetection {
  const reasons: string[] = [];
  try {
    for (const t of jsonLdTypes(doc)) reasons.push(`JSON-LD ${t}`);
    if (metaContent(doc, 'og:type') === 'article') reasons.push('og:type=article');
    if (doc.querySelector('[itemprop="articleBody"]')) reasons.push('itemprop=articleBody element');
    // The checks above are queries; the ones below read text. Cheap first:
    // a page that already said it is an article is not measured.
    const articles = reasons.length ? [] : doc.querySelectorAll('article');
    for (let i = 0; i < articles.length; i++) {
      if (paragraphTextLength(articles[i], MIN_DETECT_TEXT) >= MIN_DETECT_TEXT) {
        reasons.push('<article> element with paragraph text');
        break;
      }
    }
    if (!reasons.length && isProbablyReaderable(doc, { visibilityChecker: visibleByMarkup })) {
      reasons.push('Readability: probably readerable');
    }
  } catch {
    // A page whose DOM misbehaves is not treated as an article.
  }
  return { isArticle: reasons.length > 0, reasons };
}

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
