// The link between a badge in the margin and its words: hovering or focusing
// a badge emphasises its attribution's highlight, and the pointer on a
// highlighted attribution lights its badge (a ring; a badge waiting for room,
// see rail.ts, shows). The badge of the text under the pointer stays lit a
// moment after the pointer leaves, long enough to reach it.
import type { BadgeItem } from './badge-layout';
import type { Highlighter } from './highlighter';
import type { Overlay } from './overlay';

/** How long a badge stays lit after the pointer leaves its words. */
const LINGER_MS = 600;
/** Items checked before the last one starting at the pointer: attributions nest this deep at most. */
const NESTED = 8;

export interface LinkSource {
  /** The badges, in the order of `items`. */
  elements(): readonly HTMLButtonElement[];
  items(): readonly BadgeItem[];
}

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export class BadgeLink {
  private readonly abort = new AbortController();
  /** The badge hovered or focused, and the item whose words are under the pointer. */
  private badge: HTMLButtonElement | null = null;
  private words = -1;
  private lit: HTMLButtonElement | null = null;
  private litRange: AbstractRange | null = null;
  private frame = 0;
  private point: { x: number; y: number } | null = null;
  private linger: ReturnType<typeof setTimeout> | undefined;
  private readonly probe: Range;

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
    private readonly highlighter: Highlighter,
    private readonly source: LinkSource,
  ) {
    this.probe = doc.createRange();
    const signal = this.abort.signal;
    const root = overlay.root;
    const onBadge = (e: Event) => {
      const b = this.badgeFrom(e.target);
      if (b) this.setBadge(b);
    };
    const offBadge = (e: Event) => {
      const to = (e as FocusEvent | MouseEvent).relatedTarget as Node | null;
      if (this.badgeFrom(to) || (to && this.overlay.root.contains(to))) return;
      // Keyboard focus on a badge outlasts the pointer leaving it.
      const active = this.overlay.root.activeElement;
      this.setBadge(this.badgeFrom(active));
    };
    root.addEventListener('mouseover', onBadge, { signal });
    root.addEventListener('focusin', onBadge, { signal });
    root.addEventListener('mouseout', offBadge, { signal });
    root.addEventListener('focusout', offBadge, { signal });
    doc.addEventListener(
      'mousemove',
      (e) => {
        // Over the overlay (a badge, its tooltip): the lit badge stays.
        if (e.target === this.overlay.host) return;
        this.point = { x: e.clientX, y: e.clientY };
        this.schedule();
      },
      { signal, passive: true },
    );
  }

  destroy(): void {
    this.abort.abort();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    if (this.linger) clearTimeout(this.linger);
    this.frame = 0;
    this.show(null);
  }

  private badgeFrom(target: EventTarget | null): HTMLButtonElement | null {
    const el = target as HTMLElement | null;
    return el?.classList?.contains('badge') ? (el as HTMLButtonElement) : null;
  }

  private setBadge(b: HTMLButtonElement | null): void {
    this.badge = b;
    this.update();
  }

  /** Reads what is under the pointer once a frame, not once a mouse event. */
  private schedule(): void {
    const win = this.doc.defaultView;
    if (this.frame || !win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.point;
      const found = p ? this.itemAt(p.x, p.y) : -1;
      if (found >= 0) {
        if (this.linger) clearTimeout(this.linger);
        this.linger = undefined;
        this.words = found;
        this.update();
      } else if (this.words >= 0 && !this.linger) {
        this.linger = setTimeout(() => {
          this.linger = undefined;
          this.words = -1;
          this.update();
        }, LINGER_MS);
      }
    });
  }

  /** The index of the item whose highlighted words are at (x, y), or -1. */
  private itemAt(x: number, y: number): number {
    let node: Node | null = null;
    let offset = 0;
    try {
      const d = this.doc as CaretDoc;
      if (typeof d.caretPositionFromPoint === 'function') {
        const pos = d.caretPositionFromPoint(x, y);
        if (pos) ({ offsetNode: node, offset } = pos);
      } else if (typeof d.caretRangeFromPoint === 'function') {
        const r = d.caretRangeFromPoint(x, y);
        if (r) ({ startContainer: node, startOffset: offset } = r);
      }
      if (!node || node.nodeType !== 3 || !this.onCharacter(node as Text, offset, x, y)) return -1;
      return this.itemHolding(node, offset);
    } catch {
      // A node that moved under the pointer: nothing there.
    }
    return -1;
  }

  /**
   * The item whose span holds (node, offset), or -1. Items come in text
   * order: a binary search finds the last one starting at or before the
   * point (a page may have thousands), then the few before it are checked,
   * as an attribution may hold another.
   */
  private itemHolding(node: Node, offset: number): number {
    const items = this.source.items();
    const startsAfter = (i: number) => {
      const span = items[i].span;
      if (!span || !span.startContainer.isConnected) return false;
      this.probe.setStart(span.startContainer, span.startOffset);
      this.probe.collapse(true);
      return this.probe.comparePoint(node, offset) < 0;
    };
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startsAfter(mid)) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - NESTED; i--) {
      const span = items[i].span;
      if (!span || !span.startContainer.isConnected || !span.endContainer.isConnected) continue;
      this.probe.setStart(span.startContainer, span.startOffset);
      this.probe.setEnd(span.endContainer, span.endOffset);
      if (this.probe.isPointInRange(node, offset)) return i;
    }
    return -1;
  }

  /** Whether (x, y) is on the character before or after the caret, not beside a line. */
  private onCharacter(text: Text, offset: number, x: number, y: number): boolean {
    for (const at of [offset - 1, offset]) {
      if (at < 0 || at >= text.length) continue;
      this.probe.setStart(text, at);
      this.probe.setEnd(text, at + 1);
      const r = this.probe.getBoundingClientRect();
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
    }
    return false;
  }

  /** Lights the hovered or focused badge, else the badge of the words under the pointer. */
  private update(): void {
    let b = this.badge;
    if (!b && this.words >= 0) b = this.source.elements()[this.words] ?? null;
    if (b && !b.isConnected) b = null;
    this.show(b);
  }

  private show(b: HTMLButtonElement | null): void {
    const index = b ? this.source.elements().indexOf(b) : -1;
    const range = index >= 0 ? (this.source.items()[index]?.span ?? null) : null;
    if (b === this.lit && range === this.litRange) return;
    this.lit?.classList.remove('lit');
    b?.classList.add('lit');
    this.lit = b;
    this.litRange = range;
    this.highlighter.emphasise(range);
  }
}
