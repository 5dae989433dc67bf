// The article's text as one flat string, with a map from every offset back to
// the DOM text node it came from (the approach of mark.js and Hypothesis).
//
// Each text node is copied with the SAME length: whitespace characters become
// a plain space and nothing is collapsed, so `segment.end - segment.start ===
// node.data.length` and an offset maps back by subtraction. Blocks are joined
// with "\n\n" so no sentence crosses a paragraph; <br> becomes "\n". Those
// separators belong to no segment.

import {
  BLOCK_TAGS,
  CDATA_SECTION_NODE,
  DOCUMENT_FRAGMENT_NODE,
  ELEMENT_NODE,
  TEXT_NODE,
  contains,
  inDocumentOrder,
  isExcludedElement,
  outermost,
  tagOf,
  type HiddenCheck,
} from './dom-rules.ts';

export interface TextSegment {
  node: Text;
  /** Offsets into `TextMap.text`; `end - start === node.data.length`. */
  start: number;
  end: number;
}

export interface TextBlock {
  /** A run of text between two block separators ("\n\n"). */
  start: number;
  end: number;
  /** The nearest block-level element holding the run (or the root). */
  element: Element;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  blocks: TextBlock[];
}

export interface TextMapOptions {
  /** Extra "hidden" test, e.g. computed style in the browser. */
  isHidden?: HiddenCheck;
  /** Overrides the tag-based block test (e.g. computed `display`); undefined keeps it. */
  isBlock?: (el: Element) => boolean | undefined;
  /** Walk open shadow roots of custom elements (default true). */
  shadow?: boolean;
}

const WHITESPACE = /\s/g;
const ONLY_WHITESPACE = /^\s*$/;
const NONE = 0;
// 1 = one "\n" pending (a <br>)
const PARAGRAPH = 2;

type Step = { node: Node } | { exit: Element };

function childrenOf(node: Node, shadow: boolean): Node[] {
  const out: Node[] = [];
  if (shadow && node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    // Open shadow roots render instead of the light children, which reach the
    // page only through <slot>s.
    const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (root && root.nodeType === DOCUMENT_FRAGMENT_NODE) {
      for (let c = root.firstChild; c; c = c.nextSibling) out.push(c);
      return out;
    }
    if (tagOf(el) === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) return [...assigned];
    }
  }
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Walks the text of `roots` into one string, remembering where each piece came from. */
export function buildTextMap(roots: readonly Element[], opts: TextMapOptions = {}): TextMap {
  const shadow = opts.shadow !== false;
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let length = 0;
  let pending = NONE;
  let open: TextBlock | null = null;
  const blockStack: Element[] = [];

  const isBlock = (el: Element): boolean => {
    if (opts.isBlock) {
      try {
        const answer = opts.isBlock(el);
        if (answer !== undefined) return answer;
      } catch {
        // fall back to the tag
      }
    }
    return BLOCK_TAGS.has(tagOf(el));
  };

  const emit = (node: Text) => {
    const data = node.data;
    if (!data) return;
    // Whitespace between blocks (source indentation) is not article text.
    if ((pending !== NONE || length === 0) && ONLY_WHITESPACE.test(data)) return;
    if (pending !== NONE && length > 0) {
      if (pending === PARAGRAPH) {
        if (open) open.end = length;
        open = null;
        parts.push('\n\n');
        length += 2;
      } else {
        parts.push('\n');
        length += 1;
      }
    }
    pending = NONE;
    if (!open) {
      open = { start: length, end: length, element: blockStack[blockStack.length - 1] };
      blocks.push(open);
    }
    segments.push({ node, start: length, end: length + data.length });
    parts.push(data.replace(WHITESPACE, ' '));
    length += data.length;
    open.end = length;
  };

  const ordered = outermost(inDocumentOrder(roots.filter(Boolean)));
  for (const root of ordered) {
    if (root.nodeType !== ELEMENT_NODE) continue;
    pending = PARAGRAPH;
    blockStack.length = 0;
    blockStack.push(root);
    // The caller chose the roots; only Sourcelight's own nodes are refused.
    if (tagOf(root).startsWith('sourcelight-') || root.hasAttribute('data-sourcelight')) continue;

    const stack: Step[] = childrenOf(root, shadow)
      .reverse()
      .map((node) => ({ node }));
    while (stack.length) {
      const step = stack.pop()!;
      if ('exit' in step) {
        blockStack.pop();
        pending = PARAGRAPH;
        continue;
      }
      const node = step.node;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        emit(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
      const el = node as Element;
      if (isExcludedElement(el, opts.isHidden)) continue;
      const tag = tagOf(el);
      if (tag === 'br') {
        if (pending < PARAGRAPH) pending += 1;
        continue;
      }
      const children = childrenOf(el, shadow);
      if (isBlock(el)) {
        pending = PARAGRAPH;
        blockStack.push(el);
        stack.push({ exit: el });
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
    }
  }
  return { text: parts.join(''), segments, blocks };
}

/** Index of the segment holding `offset` and the offset inside its node. */
function locate(
  map: TextMap,
  offset: number,
  affinity: 'start' | 'end',
): { index: number; inNode: number } | null {
  const segs = map.segments;
  if (!segs.length || !Number.isFinite(offset)) return null;
  if (affinity === 'start') {
    // First segment whose end is beyond the offset.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid].end > offset) hi = mid;
      else lo = mid + 1;
    }
    if (lo === segs.length) return null;
    return { index: lo, inNode: Math.max(0, offset - segs[lo].start) };
  }
  // Last segment whose start is before the offset.
  let lo = -1;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (segs[mid].start < offset) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 0) return null;
  return { index: lo, inNode: Math.min(offset, segs[lo].end) - segs[lo].start };
}

function toPoint(map: TextMap, at: { index: number; inNode: number }) {
  const node = map.segments[at.index].node;
  // The page may have shortened the node since the map was built.
  return { node, offset: Math.min(at.inNode, node.data.length) };
}

/**
 * The text node and offset in it for a flat-text offset. At a boundary
 * between two nodes, `start` affinity picks the later node and `end` the
 * earlier one; an offset inside a separator moves forward (`start`) or back
 * (`end`) to the nearest text. Null when there is no text on that side.
 */
export function offsetToPoint(
  map: TextMap,
  offset: number,
  affinity: 'start' | 'end' = 'start',
): { node: Text; offset: number } | null {
  const at = locate(map, offset, affinity);
  return at ? toPoint(map, at) : null;
}

/**
 * A DOM Range over `[start, end)` of the flat text, trimmed to text at both
 * ends (a span starting or ending in a separator shrinks to the nearest
 * characters). Null when nothing is left or the nodes are gone.
 */
export function rangeForSpan(
  map: TextMap,
  start: number,
  end: number,
  doc: Document,
): Range | null {
  if (!(end > start)) return null;
  const from = locate(map, Math.max(0, start), 'start');
  const to = locate(map, Math.min(end, map.text.length), 'end');
  if (!from || !to) return null;
  const a = map.segments[from.index].start + from.inNode;
  const b = map.segments[to.index].start + to.inNode;
  if (a >= b) return null;
  try {
    const range = doc.createRange();
    const p = toPoint(map, from);
    const q = toPoint(map, to);
    range.setStart(p.node, p.offset);
    range.setEnd(q.node, q.offset);
    return range;
  } catch {
    return null;
  }
}

/** The blocks whose element is `el` or lies inside it (for re-analysing a changed part). */
export function blocksWithin(map: TextMap, el: Node): TextBlock[] {
  return map.blocks.filter((b) => contains(el, b.element));
}
