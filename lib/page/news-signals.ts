// Does this page say it is a news article? Sourcelight switches itself on
// only where it does (or where the reader said "always" for the site); any
// other page waits for the reader. Each signal is a piece of markup that news
// publishers write and encyclopedias, how-to pages and blogs do not: a
// schema.org news type, Open Graph article tags with a publication date or a
// section, Google News' `news_keywords`, a byline beside a dateline. Length
// or "readability" is no signal: every long page has it.
//
// Markup only, read with queries (no layout, no text walk), realm-free, so it
// runs in the content script's small loader on every page and in linkedom.
// The loader asks it once per page load: it must stay cheap and never throw.

/**
 * schema.org's NewsArticle and its subtypes (https://schema.org/NewsArticle),
 * and LiveBlogPosting, which newsrooms use for their live coverage. Plain
 * Article and BlogPosting are not here: how-to pages and blogs use them too.
 */
export const NEWS_TYPES: readonly string[] = [
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
];
const NEWS_TYPE_SET = new Set(NEWS_TYPES.map((t) => t.toLowerCase()));

export interface NewsSignal {
  /** Stable name (tests, the popup's "why"). */
  readonly name: string;
  /** What it catches, in words. */
  readonly catches: string;
  /** True when the page carries the signal. */
  test(doc: Document): boolean;
}

/** `https://schema.org/NewsArticle`, `schema:NewsArticle` and `NewsArticle` name the same type. */
export function typeName(value: string): string {
  return (value.trim().split(/[/:#]/).pop() ?? '').toLowerCase();
}

/** A meta tag's content by `property` or `name` (sites use either for Open Graph). */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
  if (!el) return null;
  return (el.getAttribute('content') || '').trim();
}

/** Most JSON-LD items looked at per page: a hostile page can ship a huge blob. */
const JSON_LD_BUDGET = 2000;
/** JSON-LD blocks longer than this are not parsed (the news type is near the top of real ones). */
const JSON_LD_MAX_CHARS = 500_000;

/** True when one JSON-LD value (objects, arrays, @graph, mainEntity) names a news type. */
export function jsonLdNamesNews(data: unknown): boolean {
  const queue: unknown[] = [data];
  for (let visited = 0; queue.length && visited < JSON_LD_BUDGET; visited++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      for (const x of item) queue.push(x);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    for (const t of types) {
      if (typeof t === 'string' && NEWS_TYPE_SET.has(typeName(t))) return true;
    }
    if (record['@graph']) queue.push(record['@graph']);
    if (record.mainEntity) queue.push(record.mainEntity);
    if (record.mainEntityOfPage && typeof record.mainEntityOfPage === 'object') {
      queue.push(record.mainEntityOfPage);
    }
  }
  return false;
}

function jsonLdNews(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if ((s.getAttribute('type') || '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = s.textContent || '';
    // No news type named anywhere in the text: no need to parse it.
    if (text.length > JSON_LD_MAX_CHARS || !/newsarticle|liveblogposting/i.test(text)) continue;
    try {
      if (jsonLdNamesNews(JSON.parse(text))) return true;
    } catch {
      // Malformed JSON-LD is common; it simply says nothing.
    }
  }
  return false;
}

/** Microdata: `itemtype` holds one or more type URLs. */
function microdataNews(doc: Document): boolean {
  const els = doc.querySelectorAll('[itemtype*="NewsArticle" i], [itemtype*="LiveBlogPosting" i]');
  for (let i = 0; i < els.length; i++) {
    const types = (els[i].getAttribute('itemtype') || '').split(/\s+/);
    if (types.some((t) => t && NEWS_TYPE_SET.has(typeName(t)))) return true;
  }
  return false;
}

/** Open Graph's article tags, and the `og:article:` spelling of Facebook's first namespace. */
const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time'];
const SECTION_KEYS = ['article:section', 'og:article:section'];

function ogArticleDated(doc: Document): boolean {
  if ((metaContent(doc, 'og:type') || '').toLowerCase() !== 'article') return false;
  return [...PUBLISHED_KEYS, ...SECTION_KEYS].some((k) => !!metaContent(doc, k));
}

/** An element named a byline by its class or id: `byline`, `article-byline`, `pb-byline`, `by-line`. */
const BYLINE_SELECTOR = '[class*="byline" i], [class*="by-line" i], [id*="byline" i]';
const BYLINE_NAME = /by-?line/i;
/** The author link or microdata of a byline that has no byline class ("by <a rel=author>"). */
const AUTHOR_SELECTOR = '[rel="author"], [itemprop="author"]';
/** A byline's words: "By Jane Doe", "by: Laurie Oakes" (not "Posted by", a blog's). */
const BY_WORDS = /^\s*by\b/i;
/** A date: a <time>, schema.org's datePublished, or an element named a dateline, date or timestamp. */
const DATE_SELECTOR = [
  'time[datetime]',
  '[itemprop="datePublished"]',
  '[class*="dateline" i]',
  '[class*="datestamp" i]',
  '[class*="timestamp" i]',
  '[class*="date" i]',
  '[class*="published" i]',
].join(', ');
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date written out in the byline itself: "March 11, 2015", "24 July 2015", "2015-03-11". */
const DATE_WORDS = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
/** Blog themes' post header (WordPress's hAtom `entry-meta`): a blog post's byline, not a newsroom's. */
const BLOG_META_SELECTOR = '.entry-meta, .hentry, .type-post';
/** Bylines looked at (a page lists other stories' bylines too), and levels climbed from each to its date. */
const MAX_BYLINES = 60;
const BYLINE_LEVELS = 3;
/** Text read from a byline for a written-out date: a byline is a line. */
const MAX_BYLINE_TEXT = 300;

/** Byline elements: named so, or the line around an author link that starts with "By". */
function bylines(doc: Document): Element[] {
  const out: Element[] = [];
  const named = doc.querySelectorAll(BYLINE_SELECTOR);
  for (let i = 0; i < named.length && out.length < MAX_BYLINES; i++) {
    const el = named[i];
    if (BYLINE_NAME.test(`${el.getAttribute('class') || ''} ${el.id || ''}`)) out.push(el);
  }
  const authors = doc.querySelectorAll(AUTHOR_SELECTOR);
  for (let i = 0; i < authors.length && out.length < MAX_BYLINES; i++) {
    const line = authors[i].parentElement;
    const text = line?.textContent?.slice(0, MAX_BYLINE_TEXT) ?? '';
    if (line && BY_WORDS.test(text)) out.push(line);
  }
  return out;
}

/**
 * A byline with a dateline beside it: the header of a news story ("By Jane
 * Doe · March 13, 2015"). The date must be written in the byline or sit in it
 * or in one of its three nearest containers, so a byline in a sidebar and a
 * date in the footer do not make a pair.
 */
function bylineDateline(doc: Document): boolean {
  for (const byline of bylines(doc)) {
    if (byline.closest(BLOG_META_SELECTOR)) continue;
    const text = byline.textContent || '';
    if (text.length <= MAX_BYLINE_TEXT && DATE_WORDS.test(text)) return true;
    let box: Element | null = byline;
    for (let level = 0; box && level <= BYLINE_LEVELS; level++) {
      if (box.matches(DATE_SELECTOR) || box.querySelector(DATE_SELECTOR)) return true;
      box = box.parentElement;
      if (box && (box === doc.body || box === doc.documentElement)) break;
    }
  }
  return false;
}

/** The signals, cheapest first; the first that holds decides. */
export const NEWS_SIGNALS: readonly NewsSignal[] = [
  {
    name: 'news-keywords',
    catches: "<meta name=news_keywords>: Google News' tag, written only by news publishers",
    test: (doc) => !!metaContent(doc, 'news_keywords'),
  },
  {
    name: 'og-article-dated',
    catches:
      'og:type=article with article:published_time or article:section: an article with a publication date or a news section (a how-to page has neither)',
    test: ogArticleDated,
  },
  {
    name: 'microdata-news',
    catches:
      'itemtype=schema.org/NewsArticle or a subtype (ReportageNewsArticle, ...) in microdata',
    test: microdataNews,
  },
  {
    name: 'json-ld-news',
    catches: 'JSON-LD with @type NewsArticle or a subtype, also inside @graph or mainEntity',
    test: jsonLdNews,
  },
  {
    name: 'byline-dateline',
    catches:
      "a byline with a date beside it: a news story's header, outside a blog theme's post meta",
    test: bylineDateline,
  },
];

export interface NewsDetection {
  isNews: boolean;
  /** The signal that decided, or null. */
  signal: string | null;
}

/** Decides whether `doc` declares itself a news article. Never throws. */
export function detectNews(doc: Document): NewsDetection {
  for (const s of NEWS_SIGNALS) {
    try {
      if (s.test(doc)) return { isNews: true, signal: s.name };
    } catch {
      // A page whose DOM misbehaves gives this signal nothing; try the next.
    }
  }
  return { isNews: false, signal: null };
}
