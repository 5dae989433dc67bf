// Linked sources: a claim whose source is one click away can be looked up, so
// it is stronger (sourcing-taxonomy.md, "a document that can be looked up").
// The caller passes the text's links (spans of the analysed text and their
// hrefs, from the DOM or the CLI's HTML reader) and the page's own site; an
// attribution whose cue, source or (for a document) sentence overlaps a link
// worth crediting gets `link`, a reason and RAISE.linked. Pure: URL parsing
// only, no DOM, no network.
import type { Attribution, TextLink } from './types.ts';
import { bandOf } from './score.ts';
import { RAISE, RANGE, type ScoredKind } from './weights.ts';

/** Only web addresses are sources a reader can open; `javascript:`, `data:`,
 * `mailto:`, `file:` and the rest are never credited (nor opened). */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** First path words of a site's own navigation pages: its tag, topic,
 * section and author pages list articles, they are no source. */
const NAVIGATION_SEGMENTS = new Set([
  'tag',
  'tags',
  'topic',
  'topics',
  'subject',
  'subjects',
  'keyword',
  'keywords',
  'section',
  'sections',
  'category',
  'categories',
  'hub',
  'author',
  'authors',
  'by',
  'byline',
  'profile',
  'profiles',
  'people',
  'staff',
  'contributor',
  'contributors',
  'writer',
  'writers',
  'columnist',
  'columnists',
  'reporter',
  'reporters',
  'search',
]);

/** A section front on the site itself ("/world", "/us-news/politics"): at
 * most this many path words, each a plain word (no digits, one hyphen at
 * most), with no file name. Article and document addresses carry a slug of
 * many words, a date, an id or an extension. */
const MAX_SECTION_DEPTH = 2;
const SECTION_WORD = /^[a-z]+(?:-[a-z]+)?$/i;

/** News outlets' hosts: a link there is another outlet's report, second-hand
 * but made checkable. A link from a second-hand attribution to any other site
 * counts the same. */
const OUTLET_HOSTS = [
  'reuters.com',
  'apnews.com',
  'afp.com',
  'bloomberg.com',
  'axios.com',
  'politico.com',
  'politico.eu',
  'cnn.com',
  'bbc.com',
  'bbc.co.uk',
  'npr.org',
  'pbs.org',
  'abcnews.go.com',
  'cbsnews.com',
  'nbcnews.com',
  'foxnews.com',
  'cnbc.com',
  'msnbc.com',
  'wsj.com',
  'nytimes.com',
  'washingtonpost.com',
  'ft.com',
  'theguardian.com',
  'economist.com',
  'thetimes.co.uk',
  'telegraph.co.uk',
  'independent.co.uk',
  'lemonde.fr',
  'spiegel.de',
  'xinhuanet.com',
  'tass.com',
  'interfax.com',
  'aljazeera.com',
  'haaretz.com',
  'theinformation.com',
  'buzzfeednews.com',
  'vox.com',
  'theverge.com',
  'techcrunch.com',
  'wired.com',
  'businessinsider.com',
  'semafor.com',
  'usatoday.com',
  'latimes.com',
  'theatlantic.com',
  'newyorker.com',
  'propublica.org',
];

/** The part of a WHATWG URL read here. Every runtime of this library (the
 * browsers, Node) has URL, but lib/sourcing's tsconfig has no DOM lib, so it
 * is taken from globalThis with only these fields typed. */
interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
}
const parseUrl = (href: string): ParsedUrl =>
  new (globalThis as unknown as { URL: new (href: string) => ParsedUrl }).URL(href);

/** Where a link points, or null when it is no source a reader can open. */
export function linkTarget(href: string): { href: string; host: string; path: string } | null {
  if (typeof href !== 'string') return null;
  let url: ParsedUrl;
  try {
    url = parseUrl(href.trim());
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || !url.hostname) return null;
  return { href: url.href, host: bareHost(url.hostname), path: url.pathname };
}

/** "www.example.com" and "example.com" are one site. */
const bareHost = (host: string) =>
  host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

/** The page's own site from a host or a URL ("https://www.x.com/a" → "x.com"). */
export function siteHost(site: string | undefined): string | null {
  if (typeof site !== 'string' || !site.trim()) return null;
  const s = site.trim();
  try {
    return bareHost(parseUrl(s.includes('//') ? s : `https://${s}`).hostname) || null;
  } catch {
    return null;
  }
}

const withoutHash = (href: string) => href.replace(/#.*$/s, '');

/** The page's own address without its fragment, when `site` is a full URL. */
function pageAddress(site: string | undefined): string | null {
  if (typeof site !== 'string' || !site.includes('//')) return null;
  try {
    return withoutHash(parseUrl(site.trim()).href);
  } catch {
    return null;
  }
}

/** One site or its subdomain ("edition.cnn.com" is cnn.com's). */
function sameSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}

/** The site's own front, tag, section or author page. */
export function isNavigationPath(path: string): boolean {
  const words = path.split('/').filter(Boolean);
  if (!words.length) return true;
  if (NAVIGATION_SEGMENTS.has(words[0].toLowerCase())) return true;
  return words.length <= MAX_SECTION_DEPTH && words.every((w) => SECTION_WORD.test(w));
}

const isOutletHost = (host: string) => OUTLET_HOSTS.some((o) => sameSite(host, o));

/** What one link is worth to an attribution: nothing, a source, or another
 * outlet's report. */
export type LinkCredit = { href: string; host: string; outlet: boolean; external: boolean } | null;

export function creditOf(
  href: string,
  site: string | null,
  page: string | null = null,
): LinkCredit {
  const t = linkTarget(href);
  if (!t) return null;
  // "read the full statement" pointing within the page itself ("#statement")
  if (page && withoutHash(t.href) === page) return null;
  if (site && sameSite(t.host, site)) {
    if (isNavigationPath(t.path)) return null;
    return { href: t.href, host: t.host, outlet: false, external: false };
  }
  return { href: t.href, host: t.host, outlet: isOutletHost(t.host), external: true };
}

export const LINKED_REASON = 'links to its source';
export const OUTLET_LINK_REASON =
  'the link goes to another outlet: second-hand, but a reader can check it';

interface Credited {
  start: number;
  end: number;
  credit: NonNullable<LinkCredit>;
}

/**
 * Gives each attribution that carries a creditable link its `link`, reason
 * and raise, in place (the attributions are the analysis's own, just built).
 * Links sorted by start with a running maximum of their ends, so each span
 * finds the links it overlaps by a binary search: linear-ish on big pages.
 */
export function creditLinks(
  attributions: Attribution[],
  links: readonly TextLink[],
  site?: string,
): void {
  const own = siteHost(site);
  const page = pageAddress(site);
  const usable: Credited[] = [];
  for (const l of links) {
    if (!l || !Number.isFinite(l.start) || !Number.isFinite(l.end) || l.end <= l.start) continue;
    const credit = creditOf(l.href, own, page);
    if (credit) usable.push({ start: l.start, end: l.end, credit });
  }
  if (!usable.length) return;
  usable.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const u of usable) maxEnd.push((m = Math.max(m, u.end)));
  const find = (start: number, end: number): Credited | undefined => {
    let lo = 0;
    let hi = usable.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < usable.length && usable[i].start < end; i++)
      if (usable[i].end > start) return usable[i];
    return undefined;
  };
  for (const a of attributions) {
    if (a.score === null || a.link) continue;
    // the words that name the source first, then the cue; a document's own
    // sentence is where it is usually linked ("the report, released Thursday")
    const hit =
      (a.source && find(a.source.start, a.source.end)) ||
      find(a.cue.start, a.cue.end) ||
      (a.kinds.includes('document') ? find(a.sentence.start, a.sentence.end) : undefined);
    if (!hit) continue;
    const { href, host, outlet, external } = hit.credit;
    a.link = { href, host };
    a.reasons.push(LINKED_REASON);
    if (outlet || (external && a.kinds.includes('secondhand'))) a.reasons.push(OUTLET_LINK_REASON);
    const hi = RANGE[a.kind as ScoredKind][1];
    a.score = Math.min(hi, Math.max(a.score, a.score + RAISE.linked));
    a.band = bandOf(a.score);
  }
}
