// The overlay: one zero-size element at the end of <html> whose open shadow
// root holds every badge and the tooltip. It is absolutely positioned at the
// document's origin, so badges placed in document coordinates scroll with the
// page for free, and it takes no room: the article's paragraphs never move.

export const OVERLAY_TAG = 'sourcelight-overlay';

/** Badge colours: white text on these passes WCAG AA (≥ 4.5:1). */
const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  left: 0 !important;
  top: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  pointer-events: none !important;
  transform: none !important;
  /* Badges move without relaying out the page, and their overflow is ink
     overflow only: they can never add a scrollbar or move a paragraph. */
  contain: layout style size !important;
}
/* Badge groups: each its own containing block, its box the bounding box of
   its badges (set by BadgeLayer, badges placed relative to it), so a change
   to one badge lays out its group only. A group starts parked far above the
   page until its badges are placed.
   On a page with thousands of badges ("skip-far", see BadgeLayer.sync),
   content-visibility: auto skips the style, layout, paint and hit testing of
   groups far from the viewport: every badge is a positioned box, and each
   rendering update would otherwise walk them all. Parked groups are skipped
   from their first frame, so badges revealed far away cost no rendering.
   Skipped badges stay in the Tab order; but Chromium reports a badge in a
   skipped group as "not rendered" to the accessibility tree until its group
   comes near the viewport (focus does that), hence only on such pages.
   Their size is set explicitly, so size containment needs no intrinsic size.
   The group whose tooltip is open rises above the others and is rendered
   whole: paint containment would clip the tooltip. */
.group {
  position: absolute;
  left: 0;
  top: -1000000px;
  width: 0;
  height: 0;
  contain: layout style size;
}
.skip-far > .group { content-visibility: auto; }
.group:has(> .tip:not([hidden])) { z-index: 3; }
.skip-far > .group:has(> .tip:not([hidden])) { content-visibility: visible; }
/* No "all: initial" here: it makes each badge resolve every CSS property,
   three times the style cost of thousands of badges. The shadow root already
   keeps page rules out and the host resets what is inherited; what is left
   are the UA's button styles, reset one by one. */
.badge {
  appearance: none;
  -webkit-appearance: none;
  display: block;
  margin: 0;
  min-width: 0;
  min-height: 0;
  /* Its width is set by BadgeLayout (the width it was placed with) and its
     height is the rail's BADGE_H: the box on screen is the box placed. */
  height: 15px;
  overflow: hidden;
  text-align: center;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  word-spacing: normal;
  position: absolute;
  z-index: 1;
  box-sizing: border-box;
  pointer-events: auto;
  cursor: help;
  white-space: nowrap;
  font: 700 10px/13px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  letter-spacing: 0.02em;
  color: #fff;
  background: var(--c);
  padding: 0 4px;
  border: 1px solid rgba(255, 255, 255, 0.92);
  border-radius: 7px;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.35);
  user-select: none;
  -webkit-user-select: none;
}
.badge:hover { filter: brightness(1.12); }
.badge:focus { outline: none; }
.badge:focus-visible, .badge.active {
  outline: 2px solid #0969da;
  outline-offset: 2px;
  box-shadow: 0 0 0 4px #fff;
}
.badge.gone,
.badge.pending { display: none; }
/* No margin beside its line (see rail.ts): the badge waits, invisible and
   out of the pointer's way, over the end of its cue, and shows while its
   highlight is hovered ("lit"), while it has focus or its tooltip is open.
   It stays in the Tab order and the accessibility tree. */
.badge.peek { opacity: 0; pointer-events: none; }
.badge.peek:focus,
.badge.peek.active,
.badge.peek.lit,
.badge.peek[aria-expanded="true"] { opacity: 1; pointer-events: auto; }
/* The link between badge and text: the badge of the highlight under the
   pointer, and the badge whose highlight is emphasised, get a ring. */
.badge.lit { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--c); }
/* A waiting badge's mark (see rail.ts): a thin tick beside its line, in the
   band's colour and its highlight's line style, so colour is never alone.
   In its badge's group, placed relative to it as the badges are. */
.mark {
  position: absolute;
  width: 3px;
  box-sizing: border-box;
  border-left: 3px solid var(--c);
  pointer-events: none;
}
.mark[hidden] { display: none; }
.mark.moderate { border-left-style: dashed; }
.mark.weak { border-left-style: dotted; }
.mark.none { border-left-style: double; }
.strong { --c: #1a7f37; }
.moderate { --c: #9a6700; }
.weak { --c: #c62828; }
.none { --c: #57606a; }
.tip {
  all: initial;
  position: absolute;
  z-index: 2;
  box-sizing: border-box;
  pointer-events: auto;
  display: block;
  width: max-content;
  max-width: min(340px, calc(100vw - 16px));
  padding: 10px 12px;
  border-radius: 8px;
  border: 1px solid rgba(255, 255, 255, 0.18);
  background: #1f2328;
  color: #f6f8fa;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.35);
  text-align: left;
}
.tip[hidden] { display: none; }
.tip .title { display: flex; align-items: center; gap: 6px; font-weight: 700; font-size: 14px; }
.tip .chip { display: inline-block; width: 10px; height: 10px; border-radius: 3px; background: var(--c); border: 1px solid #fff; }
.tip .strength { color: #d0d7de; margin-top: 2px; }
.tip .explain { color: #d0d7de; margin-top: 4px; font-style: italic; }
.tip .line { margin-top: 6px; }
.tip .label { color: #9ea7b3; }
.tip ul { margin: 6px 0 0; padding: 0 0 0 18px; }
.tip li { margin: 1px 0; display: list-item; list-style: disc; }
.tip .wrong {
  all: initial;
  display: inline-block;
  margin-top: 8px;
  padding: 3px 8px;
  border-radius: 6px;
  border: 1px solid #8c959f;
  color: #f6f8fa;
  background: transparent;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  cursor: pointer;
}
.tip .wrong:hover { background: rgba(255, 255, 255, 0.1); }
.tip .wrong:focus-visible { outline: 2px solid #58a6ff; outline-offset: 2px; }
`;

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/**
 * The host element and its open shadow root. A page may have defined a custom
 * element with our tag name (its constructor may attach its own shadow root
 * or throw): then null, and the caller tries a name of its own.
 */
function makeHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } | null {
  try {
    const host = doc.createElement(tag);
    const root = host.attachShadow({ mode: 'open' });
    return { host, root };
  } catch {
    return null;
  }
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where badges live, in document order of their cues. */
  readonly layer: HTMLElement;

  constructor(private readonly doc: Document) {
    const made = makeHost(doc, OVERLAY_TAG) ?? makeHost(doc, `${OVERLAY_TAG}-${randomSuffix()}`);
    if (!made) throw new Error('cannot create the overlay element');
    this.host = made.host;
    this.root = made.root;
    this.host.setAttribute('data-sourcelight', 'overlay');
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = doc.createElement('div');
    this.layer.setAttribute('role', 'group');
    this.layer.setAttribute('aria-label', 'Sourcelight badges');
    this.root.append(style, this.layer);
  }

  /** Puts the host back if the page removed it (some pages rewrite <html>). */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  /** The host's top-left in viewport coordinates (its containing block may be offset). */
  origin(): { x: number; y: number } {
    const r = this.host.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  destroy(): void {
    this.host.remove();
  }
}
