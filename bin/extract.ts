// HTML file -> the article text the extension would analyse: parsed with
// linkedom, article root found and text walked by the same lib/page code.

import { parseHTML } from 'linkedom';
import { findArticleRoots } from '../lib/page/article.ts';
import { nonClaimSpans } from '../lib/page/non-claim.ts';
import { buildTextMap } from '../lib/page/text-map.ts';
import { linksOfMap } from '../lib/page/text-links.ts';
import type { TextLink } from '../lib/sourcing/types.ts';

export interface Extracted {
  text: string;
  /** Headings and captions: they hold no claim, so nothing found there is reported. */
  nonClaims?: [number, number][];
  title?: string;
  url?: string;
  /** The text's links, and the page's own site (its canonical or og:url address). */
  links?: TextLink[];
  site?: string;
}

/**
 * linkedom does not build <html>/<head>/<body> around a fragment the way a
 * browser does (a bare "<p>hi" parses to no body), so give it a full shell.
 */
export function normalizeHtml(source: string): string {
  if (/<body[\s>]/i.test(source)) {
    return /<html[\s>]/i.test(source) ? source : `<html>${source}</html>`;
  }
  let rest = source.replace(/<!doctype[^>]*>/i, '');
  let head = '<head></head>';
  const match = /<head[\s>][\s\S]*?<\/head\s*>/i.exec(rest);
  if (match) {
    head = match[0];
    rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length);
  }
  rest = rest.replace(/<\/?html[^>]*>/gi, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

function attr(doc: Document, selector: string, name: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value || undefined;
}

/** Last resort for markup linkedom cannot parse: drop tags, keep words. */
function stripTags(source: string): string {
  return source
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:p|div|li|h[1-6]|br|tr|blockquote)[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t\r]+/g, ' ')
    .replace(/\s*\n\s*\n\s*/g, '\n\n')
    .trim();
}

function absolute(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).href : undefined;
  } catch {
    return undefined;
  }
}

export function extractFromHtml(source: string): Extracted {
  try {
    const { document } = parseHTML(normalizeHtml(source)) as unknown as { document: Document };
    let map = buildTextMap(findArticleRoots(document));
    if (!map.text.trim() && document.documentElement) {
      // Markup so broken that the body ended up empty: read everything.
      map = buildTextMap([document.documentElement]);
    }
    const { text } = map;
    const nonClaims = nonClaimSpans(map);
    const title =
      attr(document, 'meta[property="og:title"]', 'content') ||
      document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ||
      undefined;
    const url =
      attr(document, 'link[rel="canonical"]', 'href') ||
      attr(document, 'meta[property="og:url"]', 'content');
    // relative links resolve against the page's own address, when it gives one
    const site = absolute(url);
    const links = linksOfMap(map, site);
    return { text, nonClaims, title, url, links, site };
  } catch {
    return { text: stripTags(source) };
  }
}
