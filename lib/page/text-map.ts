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
  isNonClaimElement,
  outermost,
  tagOf,
  type HiddenCheck,
} from './dom-rules.ts';
import type { RangeBounds } from './static-ranges.ts';

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
  /**
   * A heading or a caption: its text stays in the map (offsets stay stable,
   * and it is context for the analysis) but it holds no claim, so no
   * attribution found in it is shown. Absent for ordinary blocks.
   */
  nonClaim?: true;
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

/**
 * The walk's stack: the rest of a list of children (a shadow root's or a
 * slot's) or of a run of siblings, read one node at a time, so that a root
 * of 10,000 paragraphs is not read whole in one step (20 ms in the content
 * script's world, where each node read makes its wrapper); or the end of a
 * block.
 */
type Step =
  | { list: readonly Node[]; at: number }
  | { next: Node }
  | { exit: Element; nonClaim?: boolean; restoreDepth?: number };

/**
 * Prose containers. A heading holds phrasing content only, so one of these
 * inside a heading is markup gone wrong (an unclosed <h1> swallows the
 * article after it in parsers that do not repair it): its text holds claims.
 */
const PROSE_TAGS = new Set(['p', 'li', 'blockquote', 'article', 'section', 'main', 'table', 'pre']);

/** A step over the children of `node` (as rendered: an open shadow root's
 * instead of the light ones, a slot's assigned nodes); null when it has none. */
function childrenOf(node: Node, shadow: boolean): Step | null {
  if (shadow && node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    // Open shadow roots render instead of the light children, which reach the
    // page only through <slot>s.
    const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (root && root.nodeType === DOCUMENT_FRAGMENT_NODE) {
      return root.firstChild ? { next: root.firstChild } : null;
    }
    if (tagOf(el) === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) return { list: assigned, at: 0 };
    }
  }
  return node.firstChild ? { next: node.firstChild } : null;
}

/**
 * Walks the text of `roots` into one string, remembering where each piece
 * came from. A cursor: `run(budgetMs)` walks until the budget is spent and
 * says whether it is done, so a page of 100,000 elements can be walked in
 * slices with the page's own tasks in between; `result()` gives the map.
 */
export class TextMapBuilder {
  private readonly shadow: boolean;
  private readonly segments: TextSegment[] = [];
  private readonly blocks: TextBlock[] = [];
  /** The text walked in the current run(), piece by piece. */
  private readonly parts: string[] = [];
  /** Each run()'s text, joined at its end, so that no one slice joins a
   * whole page (2 MB of text in ~40,000 parts: a 28 ms join). */
  private readonly chunks: string[] = [];
  private length = 0;
  private pending = NONE;
  private open: TextBlock | null = null;
  private readonly blockStack: Element[] = [];
  private readonly roots: Element[];
  private rootIndex = -1;
  private stack: Step[] = [];
  private finished = false;
  /** Open headings and captions around the walk's position. */
  private nonClaimDepth = 0;

  constructor(
    roots: readonly Element[],
    private readonly opts: TextMapOptions = {},
  ) {
    this.shadow = opts.shadow !== false;
    this.roots = outermost(inDocumentOrder(roots.filter(Boolean)));
  }

  get done(): boolean {
    return this.finished;
  }

  private isBlock(el: Element): boolean {
    if (this.opts.isBlock) {
      try {
        const answer = this.opts.isBlock(el);
        if (answer !== undefined) return answer;
      } catch {
        // fall back to the tag
      }
    }
    return BLOCK_TAGS.has(tagOf(el));
  }

  private emit(node: Text): void {
    const data = node.data;
    if (!data) return;
    // Whitespace between blocks (source indentation) is not article text.
    if ((this.pending !== NONE || this.length === 0) && ONLY_WHITESPACE.test(data)) return;
    if (this.pending !== NONE && this.length > 0) {
      if (this.pending === PARAGRAPH) {
        if (this.open) this.open.end = this.length;
        this.open = null;
        this.parts.push('\n\n');
        this.length += 2;
      } else {
        this.parts.push('\n');
        this.length += 1;
      }
    }
    this.pending = NONE;
    if (!this.open) {
      this.open = {
        start: this.length,
        end: this.length,
        element: this.blockStack[this.blockStack.length - 1],
      };
      if (this.nonClaimDepth > 0) this.open.nonClaim = true;
      this.blocks.push(this.open);
    }
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data.replace(WHITESPACE, ' '));
    this.length += data.length;
    this.open.end = this.length;
  }

  /** Moves to the next root; false when there is none. */
  private nextRoot(): boolean {
    while (++this.rootIndex < this.roots.length) {
      const root = this.roots[this.rootIndex];
      if (root.nodeType !== ELEMENT_NODE) continue;
      this.pending = PARAGRAPH;
      this.blockStack.length = 0;
      this.blockStack.push(root);
      // A root that is itself a heading (a caller's choice) is still one.
      this.nonClaimDepth = isNonClaimElement(root) ? 1 : 0;
      // The caller chose the roots; only Sourcelight's own nodes are refused.
      if (tagOf(root).startsWith('sourcelight-') || root.hasAttribute('data-sourcelight')) continue;
      const children = childrenOf(root, this.shadow);
      this.stack = children ? [children] : [];
      return true;
    }
    return false;
  }

  /**
   * Walks until done or until `budgetMs` has passed (checked every few
   * hundred nodes); true when the whole text is mapped.
   */
  run(budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
    const done = this.walk(budgetMs, now);
    if (this.parts.length) {
      this.chunks.push(this.parts.join(''));
      this.parts.length = 0;
    }
    return done;
  }

  private walk(budgetMs: number, now: () => number): boolean {
    if (this.finished) return true;
    const deadline = budgetMs === Infinity ? Infinity : now() + budgetMs;
    let count = 0;
    for (;;) {
      if (this.stack.length === 0) {
        if (!this.nextRoot()) {
          this.finished = true;
          return true;
        }
        continue;
      }
      if (++count % 256 === 0 && deadline !== Infinity && now() >= deadline) return false;
      const step = this.stack[this.stack.length - 1];
      let node: Node;
      if ('next' in step) {
        node = step.next;
        const after = node.nextSibling;
        if (after) step.next = after;
        else this.stack.pop();
      } else if ('list' in step) {
        node = step.list[step.at++];
        if (step.at >= step.list.length) this.stack.pop();
      } else {
        this.stack.pop();
        this.blockStack.pop();
        if (step.nonClaim) this.nonClaimDepth -= 1;
        if (step.restoreDepth !== undefined) this.nonClaimDepth = step.restoreDepth;
        this.pending = PARAGRAPH;
        continue;
      }
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        this.emit(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
      const el = node as Element;
      if (isExcludedElement(el, this.opts.isHidden)) continue;
      const tag = tagOf(el);
      if (tag === 'br') {
        if (this.pending < PARAGRAPH) this.pending += 1;
        continue;
      }
      // Headings and captions are blocks of their own, whatever their display.
      const nonClaim = isNonClaimElement(el);
      if (nonClaim || this.isBlock(el)) {
        this.pending = PARAGRAPH;
        this.blockStack.push(el);
        if (nonClaim) {
          this.stack.push({ exit: el, nonClaim });
          this.nonClaimDepth += 1;
        } else if (this.nonClaimDepth > 0 && PROSE_TAGS.has(tag)) {
          this.stack.push({ exit: el, restoreDepth: this.nonClaimDepth });
          this.nonClaimDepth = 0;
        } else {
          this.stack.push({ exit: el });
        }
      }
      const children = childrenOf(el, this.shadow);
      if (children) this.stack.push(children);
    }
  }

  /** The map of everything walked so far (all of it once `run()` said done). */
  result(): TextMap {
    return { text: this.chunks.join(''), segments: this.segments, blocks: this.blocks };
  }
}

/** Walks the text of `roots` into one string, remembering where each piece came from. */
export function buildTextMap(roots: readonly Element[], opts: TextMapOptions = {}): TextMap {
  const builder = new TextMapBuilder(roots, opts);
  builder.run();
  return builder.result();
}

/**
 * The same walk in slices of `budgetMs`, awaiting `pause()` in between (the
 * page's own tasks run there). Null once `signal` is aborted.
 */
export async function buildTextMapSliced(
  roots: readonly Element[],
  opts: TextMapOptions,
  pause: () => Promise<void>,
  signal?: AbortSignal,
  budgetMs = 10,
): Promise<TextMap | null> {
  const builder = new TextMapBuilder(roots, opts);
  while (!builder.run(budgetMs)) {
    await pause();
    if (signal?.aborted) return null;
  }
  return builder.result();
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
 * The bounds of `[start, end)` of the flat text, trimmed to text at both
 * ends (a span starting or ending in a separator shrinks to the nearest
 * characters). Null when nothing is left.
 */
export function spanBounds(map: TextMap, start: number, end: number): RangeBounds | null {
  if (!(end > start)) return null;
  const from = locate(map, Math.max(0, start), 'start');
  const to = locate(map, Math.min(end, map.text.length), 'end');
  if (!from || !to) return null;
  const a = map.segments[from.index].start + from.inNode;
  const b = map.segments[to.index].start + to.inNode;
  if (a >= b) return null;
  const p = toPoint(map, from);
  const q = toPoint(map, to);
  return {
    startContainer: p.node,
    startOffset: p.offset,
    endContainer: q.node,
    endOffset: q.offset,
  };
}

/** The blocks whose element is `el` or lies inside it (for re-analysing a changed part). */
export function blocksWithin(map: TextMap, el: Node): TextBlock[] {
  return map.blocks.filter((b) => contains(el, b.element));
}
