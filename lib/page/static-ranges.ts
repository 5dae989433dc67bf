// The ranges Sourcelight keeps (highlights, badge cues) are StaticRanges.
// The browser updates every live Range of a document on each DOM change in
// it (Blink walks all of them when a node is removed): with 2,000 live ranges
// on a page, the page's own removals ran ~40× slower. A StaticRange is inert
// data; the rescan that follows a change builds new ones. Reading a rect
// needs a live Range, so one per document is re-aimed at each range in turn.

export interface RangeBounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

type StaticRangeCtor = new (init: RangeBounds) => AbstractRange;

/** A StaticRange over `bounds` (a live Range where the engine has none). */
export function staticRange(doc: Document, bounds: RangeBounds): AbstractRange | null {
  const Ctor = (doc.defaultView as unknown as { StaticRange?: StaticRangeCtor } | null)
    ?.StaticRange;
  if (typeof Ctor !== 'function') return liveRangeOver(doc, bounds);
  try {
    return new Ctor(bounds);
  } catch {
    return null; // a node type a range cannot hold
  }
}

/** A new live Range over `bounds`; null when the nodes no longer hold those offsets. */
export function liveRangeOver(doc: Document, bounds: RangeBounds): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    return range;
  } catch {
    // offsets past a node the page has shortened meanwhile
    return null;
  }
}

const probes = new WeakMap<Document, Range>();
const scratches = new WeakMap<Document, Range>();

/** The one Range of `doc` kept in `ranges`, made on first use. */
function rangeOf(ranges: WeakMap<Document, Range>, doc: Document): Range {
  let range = ranges.get(doc);
  if (!range) {
    range = doc.createRange();
    ranges.set(doc, range);
  }
  return range;
}

/**
 * A live Range of `doc` for reading rects of text it is set over: the same
 * object for every call in a document, apart from liveRange()'s. A new Range
 * per read stays live (taxing each of the page's removals) until collected:
 * on the page bench's 1,000 paragraphs, the layout's reads left thousands.
 */
export function scratchRange(doc: Document): Range {
  return rangeOf(scratches, doc);
}

/**
 * A live Range over `range`'s bounds, for reading its rects now: the same
 * object for every call in a document, so it is good until the next call.
 * Null when the nodes are gone or no longer hold those offsets.
 */
export function liveRange(range: AbstractRange): Range | null {
  const sc = range.startContainer;
  if (!sc.isConnected || !range.endContainer.isConnected) return null;
  if (typeof (range as Range).getClientRects === 'function') return range as Range;
  const doc = sc.ownerDocument;
  if (!doc) return null;
  const probe = rangeOf(probes, doc);
  try {
    probe.setStart(sc, range.startOffset);
    probe.setEnd(range.endContainer, range.endOffset);
    return probe;
  } catch {
    return null;
  }
}
