// Where the badges go: one small button per attribution, beside its cue's
// line in the page's margin (rail.ts decides where, so that no badge covers
// a word), in the overlay's shadow root, in groups that each lay out on their
// own. They are placed from the cue's client rects, in two phases (read every
// rect, then write every position) so a page with many badges costs one
// layout. Hover, focus and keys are badge-interaction.ts.
import type { Attribution } from '../sourcing/types';
import { KIND_LABELS, accessibleName, badgeText } from './labels';
import type { Overlay } from './overlay';
import { BADGE_H, Rail, type Box as RailBox, type Mode, type Spot as RailSpot } from './rail';
import { nearBand, nearItems } from './near-viewport';
import { nextFrame } from './schedule';
import { liveRange, scratchRange } from './static-ranges';
import type { TipBounds, Tooltip } from './tooltip';

export interface BadgeItem {
  /** Stable across re-scans while the attribution is the same, so focus survives. */
  key: string;
  attribution: Attribution;
  /** Where the cue is now; null when it can no longer be found. */
  cue: AbstractRange | null;
  /** The attribution's whole highlighted span, the link between badge and text. */
  span?: AbstractRange | null;
}

type Spot = RailSpot | null;

/**
 * What one positioning pass has read of the page, so that badges sharing a
 * block read its style, box and neighbours once.
 */
interface Reading {
  origin: { x: number; y: number };
  blockOf: Map<Element, Element>;
  /** Boxes in overlay coordinates, converted when read: the page may scroll between batches. */
  rectOf: Map<Node, RailBox | null>;
  besideOf: Map<Element, RailBox[]>;
  /** Blocks laid out right to left. */
  rtlOf: Map<Element, boolean>;
  /** Whether to read where each cue's line ends (a few badges: see spotOf). */
  lineEnds: boolean;
}

/**
 * What the layer knows of one badge, so placing thousands reads no style and
 * touches no class list that is already right.
 */
interface BadgeState {
  /** Hidden until first positioned (the "pending" class). */
  pending: boolean;
  /** Its cue cannot be found (the "gone" class). */
  gone: boolean;
  /** Placed: x and y hold its place, in overlay coordinates. */
  shown: boolean;
  x: number;
  y: number;
  /** Estimated width of its full text (see estimateWidth). */
  w: number;
  /** Its letter alone, for a narrow margin. */
  letter: string;
  /** Where it was placed: the rail, the rail with its letter alone, or shown on demand. */
  mode: Mode;
  /** The width it was placed with, as written to its style. */
  pw: number;
  /** Its offset from its group's origin, as last written to its style. */
  ox: number;
  oy: number;
  /** A waiting badge's mark beside its line (see rail.ts), made when first needed;
   * in its badge's group, so a far group skips rendering its marks too. */
  mark: HTMLElement | null;
  /** The mark's box (overlay coordinates); null while it is hidden. */
  mb: RailBox | null;
  /** The mark's offset from its group's origin, as last written to its style. */
  mox: number;
  moy: number;
  /** The item whose words (text, name, width) the badge shows; null while
   * it waits unplaced with only its kind, band, score and index (fillWaiting). */
  filled: BadgeItem | null;
}

/** A group's box in overlay coordinates, as last written to its style. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Badges per layout group (see groupFor). */
const GROUP_SIZE = 150;

/**
 * Above this many badges, groups far from the viewport skip rendering (see
 * the overlay's CSS): the price is that Chromium leaves their badges out of
 * the accessibility tree until they come near the viewport (Tab, the arrow
 * keys, the commands and the popup list still reach every one), worth paying
 * only where every frame would otherwise walk hundreds of positioned badges.
 * A news article has tens; 1,000 badges shown a group a frame cost ~100 ms
 * more than with far groups skipped.
 */
export const SKIP_FAR_ABOVE = 500;

/**
 * Room around a group's badges inside its box. A group far from the viewport
 * is paint-contained, which clips at its box: a badge's focus ring and shadow
 * reach 4 px out, and its real width may exceed the estimate (fonts differ).
 */
const GROUP_PAD = 8;
const GROUP_SLACK_RIGHT = 24;
/** Up to this many badges, each cue's line is read to its end (rail.ts's line-end places). */
const LINE_ENDS_UP_TO = 200;
/** Siblings read each way at each level above a block (see besideOf). */
const SIBLINGS_READ = 40;
/** How far above and below a block its neighbours can meet a badge (badges stack two rows). */
const BESIDE_SLACK = 3 * BADGE_H;

/**
 * Width so placement needs no measuring: 6.4 px a character plus padding and
 * border. The badge's style width is set to it, so its box is what was placed.
 */
function estimateWidth(text: string): number {
  return Math.ceil(10 + text.length * 6.4);
}

export class BadgeLayout {
  private items: BadgeItem[] = [];
  private readonly byKey = new Map<string, HTMLButtonElement>();
  /** The badges and their states, in the order of `items`. */
  private buttons: HTMLButtonElement[] = [];
  private states: BadgeState[] = [];
  private readonly stateOf = new WeakMap<Element, BadgeState>();
  /** Whether groups far from the viewport skip rendering and wait to be
   * placed (SKIP_FAR_ABOVE, nearWindow). */
  private skipFar = false;
  /** Per group, the positioning pass that placed it (far groups: an older one, or none). */
  private placedIn: number[] = [];
  /** The current positioning pass: a new one when the layout may have moved. */
  private pass = 0;
  private groups: HTMLElement[] = [];
  /** Each group's box as written, so an unchanged box costs no style write. */
  private readonly boxOf = new WeakMap<HTMLElement, Box>();
  private readonly itemOf = new WeakMap<Element, BadgeItem>();

  constructor(
    private readonly overlay: Overlay,
    /** Shown next to its badge, in its group: it moves and goes with it. */
    private readonly tooltip: Tooltip,
  ) {}

  /** The badge elements in visible order. */
  elements(): HTMLButtonElement[] {
    return this.buttons.slice();
  }

  get count(): number {
    return this.items.length;
  }

  /** The item a badge shows; undefined for any other element. */
  item(el: Element): BadgeItem | undefined {
    return this.itemOf.get(el);
  }

  /**
   * Makes the layer show exactly `items`, reusing elements whose key is
   * unchanged. New badges stay hidden ("pending") until positioned, so
   * creating thousands costs no layout; `pause` lets a big page yield.
   */
  async sync(items: BadgeItem[], pause?: () => Promise<void>): Promise<void> {
    const doc = this.overlay.host.ownerDocument;
    const keep = new Set(items.map((i) => i.key));
    for (const [key, btn] of this.byKey) {
      if (keep.has(key)) continue;
      if (this.tooltip.owner === btn) this.tooltip.hide();
      this.stateOf.get(btn)?.mark?.remove();
      btn.remove();
      this.byKey.delete(key);
    }
    this.skipFar = items.length > SKIP_FAR_ABOVE;
    this.overlay.layer.classList.toggle('skip-far', this.skipFar);
    let prev: Element | null = null;
    const buttons: HTMLButtonElement[] = new Array(items.length);
    const states: BadgeState[] = new Array(items.length);
    for (let index = 0; index < items.length; index++) {
      if (pause && index % 10 === 9) await pause();
      const item = items[index];
      let btn = this.byKey.get(item.key);
      if (!btn) {
        btn = doc.createElement('button');
        btn.type = 'button';
        this.byKey.set(item.key, btn);
        this.stateOf.set(btn, {
          pending: true,
          gone: false,
          shown: false,
          x: 0,
          y: 0,
          w: 0,
          letter: '',
          mode: 'full',
          pw: NaN,
          ox: NaN,
          oy: NaN,
          mark: null,
          mb: null,
          mox: NaN,
          moy: NaN,
          filled: null,
        });
      }
      const state = this.stateOf.get(btn)!;
      buttons[index] = btn;
      states[index] = state;
      if (this.skipFar && state.pending) this.fillWaiting(btn, state, item, index);
      else this.fillBadge(btn, state, item, index);
      this.itemOf.set(btn, item);
      // Keep DOM order = reading order so Tab follows the article.
      const group = this.groupFor(index);
      if (index % GROUP_SIZE === 0) prev = null;
      const want: ChildNode | null = prev
        ? prev.nextSibling === this.tooltip.element
          ? this.tooltip.element.nextSibling
          : prev.nextSibling
        : group.firstChild;
      if (want !== btn || btn.parentNode !== group) group.insertBefore(btn, want);
      if (state.mark && state.mark.parentNode !== group) {
        // after the badges: the order above counts badges only
        group.append(state.mark);
        state.mox = state.moy = NaN;
      }
      prev = btn;
    }
    // Groups past the last badge go (with the tooltip, if it was in one).
    const needed = Math.ceil(items.length / GROUP_SIZE);
    while (this.groups.length > needed) {
      const g = this.groups.pop()!;
      if (g.contains(this.tooltip.element)) this.tooltip.hide();
      g.remove();
    }
    this.items = items;
    this.buttons = buttons;
    this.states = states;
    if (this.tooltip.owner && !this.tooltip.owner.isConnected) this.tooltip.hide();
    // Badges that changed group keep their place on the page until the next
    // positioning: their groups' boxes and offsets follow them now.
    for (let g = 0; g < this.groups.length; g++) this.fit(g);
  }

  /**
   * The group holding badge `index`. Badges live in groups of GROUP_SIZE,
   * each its own layout container: showing or moving a badge lays out its
   * group only, not every badge on the page (with one container, showing
   * 10,000 badges a frame's worth at a time cost O(n²)). Consecutive badges
   * are close in the article, so a group's box is small and, far from the
   * viewport, skipped by rendering (see the overlay's CSS and fit()).
   */
  private groupFor(index: number): HTMLElement {
    const n = Math.floor(index / GROUP_SIZE);
    while (this.groups.length <= n) {
      const g = this.overlay.host.ownerDocument.createElement('div');
      g.className = 'group';
      this.overlay.layer.append(g);
      this.groups.push(g);
    }
    return this.groups[n];
  }

  private fillBadge(
    btn: HTMLButtonElement,
    state: BadgeState,
    item: BadgeItem,
    index: number,
  ): void {
    const a = item.attribution;
    const text = badgeText(a);
    state.w = estimateWidth(text);
    state.letter = KIND_LABELS[a.kind]?.letter ?? text.charAt(0);
    const shown = state.mode === 'compact' ? state.letter : text;
    if (btn.textContent !== shown) btn.textContent = shown;
    this.fillWaiting(btn, state, item, index);
    setChanged(btn, 'aria-label', accessibleName(a));
    state.filled = item;
  }

  /**
   * What a badge waiting unplaced needs (SKIP_FAR_ABOVE): its class, which
   * hides it, and its kind, band, score and index. Hidden, it is out of the
   * accessibility tree and the Tab order: its words and its accessible name
   * are written when its group is placed (place()). On the bench's
   * 10,000-paragraph page, writing the names of badges nobody had seen was
   * half the time spent filling the badges in (profile, 2026-12-07).
   */
  private fillWaiting(
    btn: HTMLButtonElement,
    state: BadgeState,
    item: BadgeItem,
    index: number,
  ): void {
    const a = item.attribution;
    const cls = `badge ${a.band}${state.pending ? ' pending' : ''}${state.gone ? ' gone' : ''}${state.mode === 'full' ? '' : ` ${state.mode}`}`;
    if (btn.className !== cls) btn.className = cls;
    setChanged(btn, 'data-sourcelight-kind', a.kind);
    setChanged(btn, 'data-sourcelight-score', a.score === null ? '' : String(Math.round(a.score)));
    setChanged(btn, 'data-sourcelight-band', a.band);
    setChanged(btn, 'data-sourcelight-index', String(index));
    if (state.filled !== item) state.filled = null;
  }

  /** Where the overlay sits, measured once per positioning pass. */
  private frameOf(): { origin: { x: number; y: number }; left: number; right: number } {
    const win = this.overlay.host.ownerDocument.defaultView;
    const docEl = this.overlay.host.ownerDocument.documentElement;
    const origin = this.overlay.origin();
    // The document's left and right edges in overlay coordinates.
    const hostDocX = origin.x + (win?.scrollX ?? 0);
    return { origin, left: -hostDocX, right: docEl.clientWidth - hostDocX };
  }

  /** A fresh reading of the page, for one positioning pass. */
  private reading(origin = this.overlay.origin()): Reading {
    return {
      origin,
      blockOf: new Map(),
      rectOf: new Map(),
      besideOf: new Map(),
      rtlOf: new Map(),
      lineEnds: this.items.length <= LINE_ENDS_UP_TO,
    };
  }

  /**
   * Reads the cue rects of items [from, to) and what lies beside their
   * blocks: layout reads only, no writes. The origin is read with them (the
   * page may scroll between two batches); blocks and their neighbours are
   * read once per pass.
   */
  private measure(from: number, to: number, reading = this.reading()): Spot[] {
    reading.origin = this.overlay.origin();
    const spots: Spot[] = [];
    for (let i = from; i < to; i++) spots.push(this.spotOf(this.items[i].cue, reading));
    return spots;
  }

  private spotOf(cue: AbstractRange | null, reading: Reading): Spot {
    const rect = lastRect(cue);
    if (!rect || !cue) return null;
    const end = cue.endContainer;
    const block = this.blockOf(end.nodeType === 1 ? (end as Element) : end.parentElement, reading);
    const br = block && this.rectOf(block, reading);
    if (!block || !br) return null;
    const rtl = this.rtlOf(block, reading);
    const { x, y } = reading.origin;
    return {
      line: {
        left: rect.left - x,
        top: rect.top - y,
        right: rect.right - x,
        bottom: rect.bottom - y,
      },
      block: { left: br.left, right: br.right },
      obstacles: this.besideOf(block, br, reading),
      lineEnd: reading.lineEnds ? offsetBy(lineEndAfter(cue, block, rect, rtl), -x) : null,
      rtl,
    };
  }

  /** The nearest ancestor laid out as a block: the cue's text cannot reach past its edges. */
  private blockOf(el: Element | null, reading: Reading): Element | null {
    const win = this.overlay.host.ownerDocument.defaultView;
    const seen: Element[] = [];
    let found: Element | null = null;
    for (let e = el; e; e = e.parentElement) {
      const known = reading.blockOf.get(e);
      if (known) {
        found = known;
        break;
      }
      seen.push(e);
      const display = win?.getComputedStyle(e).display ?? 'block';
      if (!display.startsWith('inline') && display !== 'contents' && display !== 'none') {
        found = e;
        break;
      }
    }
    if (found) for (const e of seen) reading.blockOf.set(e, found);
    return found;
  }

  /** Whether `block` is laid out right to left (its own direction, read once per pass). */
  private rtlOf(block: Element, reading: Reading): boolean {
    let rtl = reading.rtlOf.get(block);
    if (rtl === undefined) {
      const win = this.overlay.host.ownerDocument.defaultView;
      rtl = win?.getComputedStyle(block).direction === 'rtl';
      reading.rtlOf.set(block, rtl);
    }
    return rtl;
  }

  /** A node's box in overlay coordinates (null when it has none), read once per pass. */
  private rectOf(node: Node, reading: Reading): RailBox | null {
    if (reading.rectOf.has(node)) return reading.rectOf.get(node)!;
    let r: DOMRect | null = null;
    try {
      if (node.nodeType === 1) r = (node as Element).getBoundingClientRect();
      else if (node.nodeType === 3 && /\S/.test((node as Text).data)) {
        const range = scratchRange(node.ownerDocument!);
        range.selectNodeContents(node);
        r = range.getBoundingClientRect();
      }
    } catch {
      r = null;
    }
    const { x, y } = reading.origin;
    const box =
      r && r.width > 0 && r.height > 0
        ? { left: r.left - x, top: r.top - y, right: r.right - x, bottom: r.bottom - y }
        : null;
    reading.rectOf.set(node, box);
    return box;
  }

  /**
   * What stands near `block` at its height, in overlay coordinates: the
   * boxes of the siblings of it and of its ancestors (a sidebar, another
   * column, a float, a share bar, a caption laid over the text). A badge
   * keeps off them; the block's own text never reaches past its edges.
   */
  private besideOf(block: Element, br: RailBox, reading: Reading): RailBox[] {
    const known = reading.besideOf.get(block);
    if (known) return known;
    const doc = block.ownerDocument;
    const out: RailBox[] = [];
    const near = (sib: Node) => {
      if (sib === this.overlay.host) return;
      const r = this.rectOf(sib, reading);
      if (r && r.bottom >= br.top - BESIDE_SLACK && r.top <= br.bottom + BESIDE_SLACK) out.push(r);
    };
    for (let a: Element = block; a.parentElement && a !== doc.body; a = a.parentElement) {
      // The nearest siblings each way: what stands beside a box is near it
      // in the DOM, and a parent of 100,000 children must not cost 100,000
      // reads per block.
      let n = 0;
      for (let sib = a.previousSibling; sib && n < SIBLINGS_READ; sib = sib.previousSibling, n++)
        near(sib);
      n = 0;
      for (let sib = a.nextSibling; sib && n < SIBLINGS_READ; sib = sib.nextSibling, n++) near(sib);
    }
    reading.besideOf.set(block, out);
    return out;
  }

  /**
   * Writes the positions of items [from, from + spots.length): style writes
   * only. Each badge's place is kept in overlay coordinates; the groups it
   * touched are then refitted around their badges (see fit()).
   */
  private place(from: number, spots: readonly Spot[], rail: Rail): number {
    /** Badges displayed by this call that were not before. */
    let shown = 0;
    for (let i = 0; i < spots.length; i++) {
      const btn = this.buttons[from + i];
      const st = this.states[from + i];
      if (!btn) continue;
      if (!st.shown && spots[i]) shown++;
      if (st.pending) {
        st.pending = false;
        btn.classList.remove('pending');
      }
      const item = this.items[from + i];
      if (st.filled !== item) this.fillBadge(btn, st, item, from + i);
      const spot = spots[i];
      if (!spot) {
        this.setGone(btn, true);
        this.setMark(btn, st, null);
        continue;
      }
      this.setGone(btn, false);
      const at = rail.place(spot, st.w, estimateWidth(st.letter));
      if (at.mode !== st.mode) this.setMode(btn, st, at.mode);
      this.setMark(btn, st, at.mode === 'peek' ? (at.mark ?? null) : null);
      if (at.w !== st.pw) btn.style.width = `${(st.pw = at.w)}px`;
      st.x = Math.round(at.x);
      st.y = Math.round(at.y);
      st.shown = true;
    }
    if (spots.length > 0) {
      const last = Math.floor((from + spots.length - 1) / GROUP_SIZE);
      for (let g = Math.floor(from / GROUP_SIZE); g <= last; g++) this.fit(g);
    }
    if (this.tooltip.open && this.tooltip.owner) {
      this.tooltip.place(this.tooltip.owner, this.tipBounds(this.tooltip.owner));
    }
    return shown;
  }

  /**
   * Shows a waiting badge's mark at `box` (overlay coordinates), or hides it.
   * The mark is aria-hidden: the badge itself stays in the Tab order and the
   * accessibility tree. Its colour and line style are its band's, as the
   * highlight's underline (solid, dashed, dotted, double).
   */
  private setMark(btn: HTMLButtonElement, st: BadgeState, box: RailBox | null): void {
    if (!box) {
      if (st.mb) {
        st.mb = null;
        st.mark!.hidden = true;
      }
      return;
    }
    if (!st.mark) {
      st.mark = this.overlay.host.ownerDocument.createElement('span');
      st.mark.setAttribute('aria-hidden', 'true');
      // its group's own, after the badges (positioned by fit())
      btn.parentNode?.appendChild(st.mark);
    }
    const mark = st.mark;
    const band = btn.getAttribute('data-sourcelight-band') ?? 'none';
    const cls = `mark ${band}`;
    if (mark.className !== cls) mark.className = cls;
    if (mark.hidden) mark.hidden = false;
    const old = st.mb;
    if (!old || old.bottom - old.top !== box.bottom - box.top) {
      mark.style.height = `${Math.round(box.bottom - box.top)}px`;
    }
    st.mb = box;
  }

  /** Full text, letter alone, or shown on demand: text and class follow. */
  private setMode(btn: HTMLButtonElement, st: BadgeState, mode: Mode): void {
    const item = this.itemOf.get(btn);
    btn.classList.remove(st.mode);
    st.mode = mode;
    if (mode !== 'full') btn.classList.add(mode);
    const text = mode === 'compact' ? st.letter : item ? badgeText(item.attribution) : '';
    if (btn.textContent !== text) btn.textContent = text;
  }

  /** How badge `btn` is placed now: in the rail, its letter alone, or shown on demand. */
  modeOf(btn: Element): Mode | undefined {
    return this.stateOf.get(btn)?.mode;
  }

  /** Marks a badge whose cue cannot be found (hidden, skipped by arrows), or found again. */
  setGone(btn: HTMLButtonElement, gone: boolean): void {
    const st = this.stateOf.get(btn);
    if (!st || st.gone === gone) return;
    st.gone = gone;
    if (gone) st.shown = false;
    btn.classList.toggle('gone', gone);
  }

  /**
   * Sets group `g`'s box to the bounding box of its shown badges (plus room
   * for focus rings) and writes each badge's offset from the box's origin.
   * Every badge of the group is rewritten, so a partial placement that moves
   * the origin leaves none behind; unchanged values cost no style write.
   */
  private fit(g: number): void {
    const group = this.groups[g];
    if (!group) return;
    const start = g * GROUP_SIZE;
    const end = Math.min(this.items.length, start + GROUP_SIZE);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = start; i < end; i++) {
      const p = this.states[i];
      if (!p.shown) continue;
      if (p.x < minX) minX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.x + p.pw > maxX) maxX = p.x + p.pw;
      if (p.y + BADGE_H > maxY) maxY = p.y + BADGE_H;
      // a waiting badge's mark is in the box too: a skipped group clips at it
      const m = p.mb;
      if (!m) continue;
      if (m.left < minX) minX = m.left;
      if (m.top < minY) minY = m.top;
      if (m.right > maxX) maxX = m.right;
      if (m.bottom > maxY) maxY = m.bottom;
    }
    // No badge shown: the box stays where it was, empty of visible content.
    if (minX === Infinity) return;
    const box: Box = {
      left: minX - GROUP_PAD,
      top: minY - GROUP_PAD,
      width: maxX - minX + 2 * GROUP_PAD + GROUP_SLACK_RIGHT,
      height: maxY - minY + 2 * GROUP_PAD,
    };
    const old = this.boxOf.get(group);
    if (!old || old.left !== box.left || old.top !== box.top) {
      group.style.left = `${box.left}px`;
      group.style.top = `${box.top}px`;
    }
    if (!old || old.width !== box.width || old.height !== box.height) {
      group.style.width = `${box.width}px`;
      group.style.height = `${box.height}px`;
    }
    this.boxOf.set(group, box);
    for (let i = start; i < end; i++) {
      const p = this.states[i];
      if (!p.shown) continue;
      const ox = p.x - box.left;
      const oy = p.y - box.top;
      if (ox !== p.ox) this.buttons[i].style.left = `${(p.ox = ox)}px`;
      if (oy !== p.oy) this.buttons[i].style.top = `${(p.oy = oy)}px`;
      if (!p.mb || !p.mark) continue;
      const mx = Math.round(p.mb.left - box.left);
      const my = Math.round(p.mb.top - box.top);
      if (mx !== p.mox) p.mark.style.left = `${(p.mox = mx)}px`;
      if (my !== p.moy) p.mark.style.top = `${(p.moy = my)}px`;
    }
  }

  /**
   * Places every badge beside its cue's line (see rail.ts). Reads all rects
   * first, then writes all positions.
   */
  position(from = 0, to = this.items.length): void {
    if (this.items.length === 0 || from >= to) return;
    const frame = this.frameOf();
    const rail = new Rail(frame);
    // A part of the list (a badge focused before its first placement): the
    // badges shown just before it keep their places and are avoided.
    for (let i = Math.max(0, from - 24); i < from; i++) {
      const st = this.states[i];
      if (st?.shown && st.mode !== 'peek')
        rail.remember({ left: st.x, top: st.y, right: st.x + st.pw, bottom: st.y + BADGE_H });
    }
    this.place(from, this.measure(from, to, this.reading(frame.origin)), rail);
  }

  /**
   * Positions many badges without a long task: the rects are read in small
   * batches, yielding whenever a slice has used its budget (rects inside a
   * giant text node can cost milliseconds each). Then the positions are
   * written a group at a time, yielding when over budget, and badges shown
   * for the first time are spread over frames unless far groups skip
   * rendering (SKIP_FAR_ABOVE). (Each rendering update in between
   * re-validates the registered highlights: at most WINDOW_ABOVE of them,
   * see highlight-window.ts. Writing all positions in one pass instead made
   * a 70 ms task on 10,000 paragraphs.)
   */
  async positionSliced(pause: () => Promise<void>, signal: AbortSignal): Promise<boolean> {
    const BATCH = 25;
    const BUDGET_MS = 10;
    /** Badges shown per frame the first time, when every one is rendered. */
    const SHOW_PER_FRAME = GROUP_SIZE;
    const total = this.items.length;
    if (total === 0) return true;
    // a slice of its own: the caller's (creating the badges) may have used its budget
    await pause();
    if (signal.aborted || this.items.length !== total) return false;
    // far groups wait (nearWindow): this pass places the groups near the viewport
    this.pass++;
    let sliceStart = performance.now();
    const [lo, hi] = this.skipFar ? this.nearWindow() : [0, total];
    const frame = this.frameOf();
    const reading = this.reading(frame.origin);
    const rail = new Rail(frame);
    const spots: Spot[] = [];
    // Reads first, all of them: no write in between, so no read forces a layout.
    for (let from = lo; from < hi; from += BATCH) {
      if (signal.aborted || this.items.length !== total) return false;
      for (const s of this.measure(from, Math.min(hi, from + BATCH), reading)) spots.push(s);
      if (performance.now() - sliceStart > BUDGET_MS && from + BATCH < hi) {
        await pause();
        sliceStart = performance.now();
      }
    }
    if (signal.aborted || this.items.length !== total) return false;
    // Then the writes, whole groups at a time, through one rail (it keeps
    // the badges just placed, so a group's first badge avoids the last). Badges
    // shown for the first time get their style and boxes built in the next
    // frame: at most SHOW_PER_FRAME a frame, unless far groups skip rendering
    // (then only the few near the viewport are built, and writes just keep
    // to the time budget).
    const perFrame = this.skipFar ? Infinity : SHOW_PER_FRAME;
    let shown = 0;
    for (let from = lo; from < hi; from += GROUP_SIZE) {
      const full = shown >= perFrame;
      if (full || performance.now() - sliceStart > BUDGET_MS) {
        await (full ? nextFrame() : pause());
        if (signal.aborted || this.items.length !== total) return false;
        sliceStart = performance.now();
        if (full) shown = 0;
      }
      shown += this.place(from, spots.slice(from - lo, from - lo + GROUP_SIZE), rail);
      this.placedIn[Math.floor(from / GROUP_SIZE)] = this.pass;
    }
    // A group moved next to the viewport is laid out one frame after the
    // frame that moved it (content-visibility decides relevance after
    // layout): wait for that first frame, so the caller's next frame renders
    // those badges together with whatever it brings (the highlights).
    await nextFrame();
    return !signal.aborted && this.items.length === total;
  }

  /** Whether badges far from the viewport wait to be placed (nearWindow). */
  get lazy(): boolean {
    return this.skipFar;
  }

  /**
   * Places what badge `index` needs in order to be focused: the badge, or
   * where far badges wait, the groups of it and of its neighbours (so that
   * Tab finds the next badge placed).
   */
  placeAround(index: number): void {
    if (index < 0 || index >= this.items.length) return;
    if (!this.skipFar) {
      if (this.states[index]?.pending) this.position(index, index + 1);
      return;
    }
    this.placeGroups(Math.max(0, index - 1), Math.min(this.items.length, index + 2));
  }

  /** Places the groups near the viewport that wait (after a scroll). */
  placeNear(): void {
    if (!this.skipFar || this.items.length === 0) return;
    const [lo, hi] = this.nearWindow();
    this.placeGroups(lo, hi);
  }

  /** Places the groups holding badges [from, to) that this pass has not placed. */
  private placeGroups(from: number, to: number): void {
    const last = Math.floor((to - 1) / GROUP_SIZE);
    for (let g = Math.floor(from / GROUP_SIZE); g <= last; g++) {
      if (this.placedIn[g] === this.pass) continue;
      let end = g;
      while (end < last && this.placedIn[end + 1] !== this.pass) end++;
      this.position(g * GROUP_SIZE, Math.min(this.items.length, (end + 1) * GROUP_SIZE));
      for (let k = g; k <= end; k++) this.placedIn[k] = this.pass;
      g = end;
    }
  }

  /**
   * The badges [from, to) whose cues lie near the viewport (near-viewport.ts),
   * widened to whole groups. On a page of more than SKIP_FAR_ABOVE badges only
   * those are placed; the rest wait, out of sight and out of the Tab order,
   * until the reader scrolls or moves the focus near them. Placing every badge
   * of the bench's 1,000-paragraph page was 37% of the content script's CPU
   * (2026-12-07), for badges nobody sees.
   */
  private nearWindow(): [number, number] {
    const n = this.items.length;
    const band = nearBand(this.overlay.host.ownerDocument);
    const [first, last] = nearItems(n, (i) => lastRect(this.items[i].cue), band.top, band.bottom);
    const lo = Math.floor(first / GROUP_SIZE) * GROUP_SIZE;
    const hi = Math.min(n, Math.ceil(Math.max(last, first + 1) / GROUP_SIZE) * GROUP_SIZE);
    return [Math.min(lo, Math.max(0, n - 1)), Math.max(hi, Math.min(n, lo + 1))];
  }

  /** Removes every badge and group. */
  destroy(): void {
    // One operation: removing thousands of badges one by one costs a second.
    this.overlay.layer.replaceChildren();
    this.groups = [];
    this.placedIn = [];
    this.byKey.clear();
    this.items = [];
    this.buttons = [];
    this.states = [];
  }

  private bounds(): { left: number; right: number; bottom: number } {
    const doc = this.overlay.host.ownerDocument;
    const win = doc.defaultView;
    const origin = this.overlay.origin();
    const h = win?.innerHeight ?? doc.documentElement.clientHeight;
    return {
      left: -origin.x,
      right: doc.documentElement.clientWidth - origin.x,
      bottom: h - origin.y,
    };
  }

  /**
   * The edges the tooltip must keep within, in the coordinates of `btn`'s
   * group (the tooltip sits next to its badge, in the same group).
   */
  tipBounds(btn: HTMLElement): TipBounds {
    const b = this.bounds();
    const box = btn.parentElement ? this.boxOf.get(btn.parentElement) : undefined;
    const gx = box?.left ?? 0;
    const gy = box?.top ?? 0;
    return { left: b.left - gx, right: b.right - gx, top: -gy, bottom: b.bottom - gy };
  }
}

/** The last non-empty client rect of a range: where its text ends on screen. */
export function lastRect(cue: AbstractRange | null): DOMRect | null {
  // null when its nodes left the page
  const range = cue && liveRange(cue);
  if (!range) return null;
  try {
    const rects = range.getClientRects();
    for (let i = rects.length - 1; i >= 0; i--) {
      const r = rects[i];
      if (r.width > 0 && r.height > 0) return r;
    }
  } catch {
    // A range into a node that moved: no place for the badge.
  }
  return null;
}

/** Characters read past a cue's end to find where its line ends: more than a line holds. */
const LINE_READ = 300;

/**
 * Where the text of the line holding `rect` (the cue's last fragment) ends:
 * the right edge of the last fragment on that line, reading at most
 * LINE_READ characters past the cue's end (a paragraph may be a megabyte
 * long). Null when those characters all stay on the line, so its end is
 * unknown. In a right-to-left block, the left edge of the line's leftmost
 * fragment; the reading then starts LINE_READ characters before the cue
 * too, since a left-to-right run (English in an Arabic paragraph) puts the
 * words before the cue left of it, and must reach the line above or the
 * block's start.
 */
function lineEndAfter(
  cue: AbstractRange,
  block: Element,
  rect: DOMRect,
  rtl = false,
): number | null {
  try {
    const doc = block.ownerDocument;
    const range = scratchRange(doc);
    range.setStart(cue.endContainer, cue.endOffset);
    // The end of the reading: LINE_READ characters on, or the block's end.
    // (A cue ends in a text node: the text map builds it so.)
    if (cue.endContainer.nodeType !== 3) return null;
    let left = LINE_READ;
    let node: Node = cue.endContainer;
    let offset = cue.endOffset;
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    let whole = false;
    for (;;) {
      const len = (node as Text).length - offset;
      if (len >= left) {
        range.setEnd(node, offset + left);
        break;
      }
      left -= Math.max(0, len);
      const next = walker.nextNode();
      if (!next) {
        range.setEnd(block, block.childNodes.length);
        whole = true;
        break;
      }
      node = next;
      offset = 0;
    }
    let started = true;
    if (rtl) {
      if (cue.startContainer.nodeType !== 3) return null;
      started = backBy(range, walker, cue.startContainer, cue.startOffset, LINE_READ);
    }
    const mid = (rect.top + rect.bottom) / 2;
    const rects = range.getClientRects();
    let end = rtl ? rect.left : rect.right;
    let past = false;
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (r.width === 0 && r.height === 0) continue;
      if (r.top > mid) {
        past = true;
        break;
      }
      if (r.bottom <= mid) {
        started = true; // a line above: this line's start was read
        continue;
      }
      if (rtl ? r.left < end : r.right > end) end = rtl ? r.left : r.right;
    }
    return (past || whole) && started ? end : null;
  } catch {
    // A cue no longer in its block: no place at its line's end.
    return null;
  }
}

/**
 * Moves `range`'s start `count` characters back from (node, offset), within
 * the walker's root; true when it reached the root's start.
 */
function backBy(
  range: Range,
  walker: TreeWalker,
  node: Node,
  offset: number,
  count: number,
): boolean {
  walker.currentNode = node;
  let left = count;
  for (;;) {
    if (offset >= left) {
      range.setStart(node, offset - left);
      return false;
    }
    left -= offset;
    const prev = walker.previousNode();
    if (!prev || prev.nodeType !== 3) {
      range.setStart(node, 0);
      return true;
    }
    node = prev;
    offset = (prev as Text).length;
  }
}

function offsetBy(v: number | null, by: number): number | null {
  return v === null ? null : v + by;
}

/** Sets an attribute only when its value changes: each sync refills every
 * badge, and a write of the same value still costs a DOM mutation. */
function setChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
