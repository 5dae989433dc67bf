// The links of the article's text, as spans of a TextMap with their hrefs,
// for analyze()'s `links` option (lib/sourcing/links.ts judges which are
// sources). Shared by the content script and the CLI's HTML reader.
import type { TextLink } from '../sourcing/types.ts';
import type { TextMap } from './text-map.ts';

const isAnchor = (el: Element) => {
  const tag = (el.localName || el.tagName || '').toLowerCase();
  return (tag === 'a' || tag === 'area') && el.hasAttribute('href');
};

/** The nearest <a href> holding a node (within its tree), remembered for
 * every element passed on the way up: a page of deep nesting with text at
 * each level stays linear (a closest() per text node would not). */
function anchorFinder(): (node: Node) => Element | null {
  const memo = new Map<Element, Element | null>();
  return (node) => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const known = memo.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(el);
      if (isAnchor(el)) {
        found = el;
        break;
      }
    }
    for (const el of path) memo.set(el, found);
    return found;
  };
}

/** Where an anchor points: its href resolved against `base` (or the
 * document's own address); the raw value when it cannot be resolved, which
 * the analysis then does not credit. */
function hrefOf(a: Element, base: string | undefined): string {
  const raw = (a.getAttribute('href') ?? '').trim();
  const against = base ?? a.ownerDocument?.baseURI ?? undefined;
  try {
    return against ? new URL(raw, against).href : new URL(raw).href;
  } catch {
    return raw;
  }
}

/**
 * Every run of the map's text inside one link. The segments come in text
 * order, so the text of one anchor is a run of consecutive segments; a run
 * ends where another anchor or no anchor begins.
 */
export function linksOfMap(map: TextMap, base?: string): TextLink[] {
  const out: TextLink[] = [];
  const anchorOf = anchorFinder();
  let current: Element | null = null;
  let open: TextLink | null = null;
  for (const seg of map.segments) {
    const a = anchorOf(seg.node);
    if (a && a === current && open) {
      open.end = seg.end;
      continue;
    }
    current = a;
    open = null;
    if (!a) continue;
    open = { start: seg.start, end: seg.end, href: hrefOf(a, base) };
    out.push(open);
  }
  return out;
}

/** The page's own site: its canonical or og:url address, else its own
 * address (the document the map's text comes from). */
export function siteOfMap(map: TextMap): string | undefined {
  const doc = map.segments[0]?.node.ownerDocument;
  if (!doc) return undefined;
  try {
    const canonical =
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ||
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
    const here = doc.location?.href;
    if (canonical) return new URL(canonical, here || undefined).href;
    return here || undefined;
  } catch {
    return doc.location?.href || undefined;
  }
}
