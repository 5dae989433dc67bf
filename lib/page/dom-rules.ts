// Which parts of a page are article text and which are chrome, decided from
// markup alone so the same rules run in a real browser and in linkedom (the
// CLI). The one rule that needs a layout engine, hiddenByStyle, is handed in
// as a HiddenCheck by the callers that have one. Node types are compared by
// number, never with `instanceof`, because a page, a frame and linkedom are
// different realms.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** Lower-case tag name in any DOM (linkedom upper-cases `tagName`). */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Never text a reader reads as the article: code, form controls, embeds. */
const EXCLUDED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'form',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  // Site chrome and asides (related links, pull quotes that repeat the text).
  'nav',
  'aside',
  'footer',
  'menu',
  'dialog',
  // Captions describe a picture; the taxonomy does not count them.
  'figcaption',
]);

/** ARIA landmarks that are chrome whatever their tag. */
const EXCLUDED_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/**
 * Reader comments: `comments`, `article-comments`, `comment-list`, but not
 * `commentary` (opinion content) nor WordPress's body class `comments-open`.
 */
const COMMENTS_TOKEN =
  /^(?:(?:article|post|story|user|reader|js|site)[-_])?comments?(?:[-_]?(?:s|list|section|area|thread|container|wrapper|block|widget))?$|^disqus_thread$|^respond$/i;
/** Caption wrappers that are not <figcaption>: `wp-caption-text`, `image-caption`. */
const CAPTION_TOKEN = /caption/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Block-level elements: text on either side of their edges never joins. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export type HiddenCheck = (el: Element) => boolean;

/** checkVisibility()'s options: the spec's names and the first ones browsers shipped. */
const VISIBILITY_OPTIONS = {
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
};

/**
 * Hidden by the page's CSS: left out of the text, so nothing is painted over
 * words the reader cannot see: `display: none` (a tab panel, a collapsed
 * section), `visibility: hidden` (a page that shows its body once its scripts
 * ran), `opacity: 0` on the element or an ancestor, and a box of zero width
 * or height that clips its content. `display: contents` (a <slot>, a
 * wrapper) has no box of its own and fails checkVisibility(), yet its
 * children show: it is not hidden.
 */
export function hiddenByStyle(el: Element): boolean {
  // Only block-level tags and custom elements are asked: a page of 100,000
  // inline elements would otherwise pay a style lookup for each one.
  const tag = tagOf(el);
  if (!BLOCK_TAGS.has(tag) && !tag.includes('-') && tag !== 'slot') return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  const view = el.ownerDocument?.defaultView;
  if (!check.call(el, VISIBILITY_OPTIONS)) {
    return !view || view.getComputedStyle(el).display !== 'contents';
  }
  if (!view) return false;
  // A box that clips (overflow other than visible) hides its text when it has
  // no width or height. Style first: layout is read only for clipping boxes.
  const style = view.getComputedStyle(el);
  if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
  if (style.display === 'contents' || style.display === 'inline') return false;
  const rect = el.getBoundingClientRect();
  return rect.width === 0 || rect.height === 0;
}

function tokens(value: string | null): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

function hasAncestorTag(el: Element, tag: string): boolean {
  for (let p = el.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
    if (tagOf(p as Element) === tag) return true;
  }
  return false;
}

/**
 * A <header> inside an <article> holds the headline and byline: keep it,
 * unless it carries navigation. Any other <header> is the site's banner.
 */
function isChromeHeader(el: Element): boolean {
  if (!hasAncestorTag(el, 'article')) return true;
  return el.querySelector('nav, [role="navigation"]') !== null;
}

/** Headings: a headline alone is not an attribution (see the taxonomy). */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Text that is read but holds no claim: headings (h1-h6, role=heading) and
 * captions that are kept in the text (a table's <caption>, role=caption).
 * Figure captions and caption-classed wrappers are left out altogether.
 */
export function isNonClaimElement(el: Element): boolean {
  const tag = tagOf(el);
  if (HEADING_TAGS.has(tag) || tag === 'caption') return true;
  const role = el.getAttribute('role');
  if (!role) return false;
  const r = role.trim().toLowerCase();
  return r === 'heading' || r === 'caption';
}

/** True when `el` and everything inside it is left out of the article text. */
export function isExcludedElement(el: Element, isHidden?: HiddenCheck): boolean {
  const tag = tagOf(el);
  if (EXCLUDED_TAGS.has(tag)) return true;
  // Sourcelight's own nodes: badges, overlays, tooltips.
  if (tag.startsWith('sourcelight-') || el.hasAttribute('data-sourcelight')) return true;
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = (el.getAttribute('role') || '').trim().toLowerCase();
  if (role && EXCLUDED_ROLES.has(role)) return true;
  if (tag === 'header' && isChromeHeader(el)) return true;
  const id = el.getAttribute('id');
  if (id && COMMENTS_TOKEN.test(id)) return true;
  for (const t of tokens(el.getAttribute('class'))) {
    if (COMMENTS_TOKEN.test(t) || CAPTION_TOKEN.test(t)) return true;
  }
  if (isHidden) {
    try {
      if (isHidden(el)) return true;
    } catch {
      // A failing style lookup (detached node, odd frame) keeps the element.
    }
  }
  return false;
}

/** True when `el` or one of its ancestors up to (not beyond) `stop` is excluded. */
export function isInsideExcluded(el: Element, stop: Node | null, isHidden?: HiddenCheck): boolean {
  for (let n: Node | null = el; n && n !== stop && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
    if (isExcludedElement(n as Element, isHidden)) return true;
  }
  return false;
}

/**
 * Length of trimmed <p> text inside `el`, leaving out paragraphs in chrome.
 * Counting stops once `enough` is reached (a yes/no question on a page of
 * 10,000 paragraphs need not read them all).
 */
export function paragraphTextLength(el: Element, enough = Infinity): number {
  let total = 0;
  const ps = el.querySelectorAll('p');
  for (let i = 0; i < ps.length && total < enough; i++) {
    const p = ps[i];
    if (isInsideExcluded(p, el)) continue;
    total += (p.textContent || '').trim().length;
  }
  if (tagOf(el) === 'p') total += (el.textContent || '').trim().length;
  return total;
}

/** Keeps only the outermost of nested elements, in their original order. */
export function outermost(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && contains(other, el)));
}

/** `a.contains(b)` without relying on it (linkedom, detached nodes). */
export function contains(a: Node, b: Node): boolean {
  for (let n: Node | null = b; n; n = n.parentNode) if (n === a) return true;
  return false;
}

/** Sorts nodes in document order when the DOM can tell; keeps order otherwise. */
export function inDocumentOrder<T extends Node>(nodes: readonly T[]): T[] {
  const FOLLOWING = 4;
  try {
    return [...nodes].sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
    );
  } catch {
    return [...nodes];
  }
}
