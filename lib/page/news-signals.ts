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
/** Built on first use: most pages never name a schema.org type. */
let newsTypeSet: Set<string> | undefined;
const isNewsType = (name: string) =>
  (newsTypeSet ??= new Set(NEWS_TYPES.map((t) => t.toLowerCase()))).has(typeName(name));

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
      if (typeof t === 'string' && isNewsType(t)) return true;
    }
    if (record['@graph']) queue.push(record['@graph']);
    if (record.mainEntity) queue.push(record.mainEntity);
    if (record.mainEntityOfPage && typeof record.mainEntityOfPage === 'object') {
      queue.push(record.mainEntityOfPage);
    }
  }
  return false;
}

/** A meta tag's content by `property` or `name` (sites use either for Open Graph). */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta:is([property="${key}" i], [name="${key}" i])`);
  if (!el) return null;
  return (el.getAttribute('content') || '').trim();
}

function jsonLdNews(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
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
    if (types.some((t) => t && isNewsType(t))) return true;
  }
  return false;
}

/** Open Graph's article tags, and the `og:article:` spelling of Facebook's first namespace. */
const DATED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:section',
  'og:article:section',
];

const DATED_SELECTOR = `meta:is(${DATED_KEYS.map((k) => `[property="${k}" i], [name="${k}" i]`).join(', ')})`;

function ogArticleDated(doc: Document): boolean {
  // The dated tags first: og:type=article alone is every how-to page, and a
  // query that finds nothing touches no element (see detectNews).
  if (!doc.querySelector(DATED_SELECTOR)) return false;
  if ((metaContent(doc, 'og:type') || '').toLowerCase() !== 'article') return false;
  return DATED_KEYS.some((k) => !!metaContent(doc, k));
}

/**
 * Byline candidates in one query (a selector per document walk costs): an
 * element named a byline by its class or id (`byline`, `article-byline`,
 * `pb-byline`, `by-line`), or an author link or microdata, whose line may be
 * a byline without such a class ("by <a rel=author>").
 */
const BYLINE_SELECTOR =
  '[class*="byline" i], [class*="by-line" i], [id*="byline" i], [rel="author"], [itemprop="author"]';
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
/** A date written out in the byline itself: "March 11, 2015", "24 July 2015", "2015-03-11". Built on first use. */
let dateWords: RegExp | undefined;
const hasDateWords = (text: string) =>
  (dateWords ??= new RegExp(
    `\\b${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    'i',
  )).test(text);
/** Blog themes' post header (WordPress's hAtom `entry-meta`): a blog post's byline, not a newsroom's. */
const BLOG_META_SELECTOR = '.entry-meta, .hentry, .type-post';
/** Bylines looked at (a page lists other stories' bylines too), and levels climbed from each to its date. */
const MAX_BYLINES = 60;
const BYLINE_LEVELS = 3;
/** Text read from a byline for a written-out date: a byline is a line. */
const MAX_BYLINE_TEXT = 300;

/** Byline elements: named so, or the line around an author link that starts with "By". */
function bylines(doc: Document): Element[] {
  const named: Element[] = [];
  const lines: Element[] = [];
  const found = doc.querySelectorAll(BYLINE_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    // The same tests as the selector's parts, to tell a named byline from an author link.
    if (/by-?line/i.test(el.getAttribute('class') || '') || /byline/i.test(el.id || '')) {
      if (named.length < MAX_BYLINES) named.push(el);
    }
    // `rel` compares without case in HTML, as the selector does; itemprop with it.
    const author =
      (el.getAttribute('rel') || '').toLowerCase() === 'author' ||
      el.getAttribute('itemprop') === 'author';
    if (author && lines.length < MAX_BYLINES) {
      const line = el.parentElement;
      const text = line?.textContent?.slice(0, MAX_BYLINE_TEXT) ?? '';
      if (line && BY_WORDS.test(text)) lines.push(line);
    }
  }
  // Named bylines first, then author lines, at most MAX_BYLINES in all.
  return named.concat(lines).slice(0, MAX_BYLINES);
}

/**
 * A byline with a dateline beside it: the header of a news story ("By Jane
 * Doe · March 13, 2015"). The date must be written in the byline or sit in it
 * or in one of its three nearest containers, so a byline in a sidebar and a
 * date in the footer do not make a pair.
 */
function bylineDateline(doc: Document): boolean {
  // The date may sit in any of a byline's nearest containers, each inside the
  // next: looking in the outermost one answers for all (once per container).
  const looked = new Set<Element>();
  for (const byline of bylines(doc)) {
    if (byline.closest(BLOG_META_SELECTOR)) continue;
    const text = byline.textContent || '';
    if (text.length <= MAX_BYLINE_TEXT && hasDateWords(text)) return true;
    let top: Element = byline;
    for (let level = 0; level < BYLINE_LEVELS; level++) {
      const up = top.parentElement;
      if (!up || up === doc.body || up === doc.documentElement) break;
      top = up;
    }
    if (looked.has(top)) continue;
    looked.add(top);
    if (top.matches(DATE_SELECTOR) || top.querySelector(DATE_SELECTOR)) return true;
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

/**
 * Decides whether `doc` declares itself a news article. Never throws. Each
 * signal first asks a query that finds nothing on a page without its markup,
 * so most pages that are not news are answered without touching an element
 * (in the content script's own world the first element it touches costs
 * about a millisecond), at the price of one walk of the page per signal
 * (each selector of a query is tried on every element: tag first, as in
 * `meta:is(...)`, makes the others cheap).
 */
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

/** Whether `doc` declares itself news; a failure is reported to `onError` and reads as no news. */
export function isNewsPage(
  doc: Document,
  onError: (e: unknown) => void = () => undefined,
): boolean {
  try {
    return detectNews(doc).isNews;
  } catch (e) {
    onError(e);
    return false;
  }
}
