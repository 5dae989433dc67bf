// Paints a set of attributions onto the page: highlight ranges per band and
// one badge per attribution, then keeps the badges in place when the layout
// moves (resize, reflow, fonts, scrolling inside a scroll container).
import { BadgeLink } from './badge-link';
import { BadgeLayer, type BadgeHandlers, type BadgeItem } from './badges';
import { Highlighter } from './highlighter';
import { HighlightWindow, type HighlightEntry } from './highlight-window';
import { Overlay } from './overlay';
import { createSlicer, nextFrame, yieldToMain } from './schedule';
import { pageTheme, type Theme } from './theme';
import { staticRange } from './static-ranges';
import { spanBounds, type TextMap } from './text-map';
import type { VisibleAttribution } from './visible';

/** Above this many badges, positioning is spread over several frames. */
const SLICED_ABOVE = 200;

export class Painter {
  readonly overlay: Overlay;
  readonly badges: BadgeLayer;
  readonly highlighter: Highlighter;
  /** Which of the ranges are registered: all, or those near the viewport on a huge page. */
  readonly highlights: HighlightWindow;
  private theme: Theme = 'light';
  private frame = 0;
  private resize: ResizeObserver | null = null;
  private readonly abort = new AbortController();
  private painted = false;
  /** The sliced positioning pass under way: the next pass or destroy() aborts it. */
  private positioning = new AbortController();
  private scrollFrame = 0;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** The badges' items as last synced, in their order: what the link reads. */
  private items: readonly BadgeItem[] = [];
  private readonly link: BadgeLink;
  private textOf: { items: readonly BadgeItem[]; elements: Element[] } | null = null;
  /** Each observed root's size when last seen (see rootsResized). */
  private readonly lastSize = new WeakMap<Element, string>();

  constructor(
    private readonly doc: Document,
    handlers: BadgeHandlers,
  ) {
    this.overlay = new Overlay(doc);
    this.badges = new BadgeLayer(this.overlay, handlers);
    this.highlighter = new Highlighter(doc);
    this.highlights = new HighlightWindow(doc, this.highlighter);
    this.link = new BadgeLink(doc, this.overlay, this.highlighter, {
      elements: () => this.badges.elements(),
      items: () => this.items,
    });
    const win = doc.defaultView;
    const signal = this.abort.signal;
    const later = () => this.schedulePosition();
    if (win) {
      win.addEventListener('resize', later, { signal, passive: true });
      // Scrolling the document moves nothing of ours, but a page of
      // thousands registers the highlights near the new viewport and places
      // the badges that waited there (once per frame).
      win.addEventListener('scroll', () => this.scheduleWindow(), { signal, passive: true });
      // Scrolling the document moves the overlay with it; an inner scroll
      // container does not, so its scrolls reposition the badges.
      doc.addEventListener(
        'scroll',
        (e) => {
          if (e.target !== doc && e.target !== doc.documentElement && e.target !== doc.body)
            later();
        },
        { signal, passive: true, capture: true },
      );
      doc.fonts?.addEventListener?.('loadingdone', later, { signal });
      if (typeof win.ResizeObserver === 'function') {
        this.resize = new win.ResizeObserver((entries) => {
          if (this.rootsResized(entries)) later();
        });
      }
    }
  }

  get isPainted(): boolean {
    return this.painted;
  }

  /**
   * Shows `items` (in text order) over `map`. Ranges are built and badges
   * created in slices; the badges are placed before the highlights are
   * registered, because Chromium re-validates every registered range in each
   * rendering update that follows a DOM or style change: the badge work that
   * needs several frames goes first. (Past WINDOW_ABOVE ranges only those
   * near the viewport are registered at all: see HighlightWindow.) False
   * when `signal` was aborted first.
   */
  async paint(
    map: TextMap,
    items: readonly VisibleAttribution[],
    roots: readonly Element[],
    signal?: AbortSignal,
  ): Promise<boolean> {
    const slicer = createSlicer();
    const entries: HighlightEntry[] = [];
    const badgeItems: BadgeItem[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i % 64 === 0) {
        await slicer.maybeYield();
        if (signal?.aborted) return false;
      }
      const { attribution: a, key } = items[i];
      // Static ranges: live ones would slow every DOM change the page makes.
      const whole = spanBounds(map, a.start, a.end);
      const range = whole && staticRange(this.doc, whole);
      if (range) entries.push({ range, band: a.band });
      const cue = spanBounds(map, a.cue.start, a.cue.end);
      badgeItems.push({ key, attribution: a, cue: cue && staticRange(this.doc, cue), span: range });
    }
    if (signal?.aborted) return false;
    this.theme = pageTheme(roots[0] ?? this.doc.body, this.doc.defaultView ?? undefined);
    this.overlay.attach();
    await this.badges.sync(badgeItems, () => slicer.maybeYield());
    this.items = badgeItems;
    if (signal?.aborted) return false;
    this.resize?.disconnect();
    for (const r of roots) this.resize?.observe(r);
    // A usual page: place the badges now. Thousands: over several slices,
    // before the highlights exist (each frame in between stays cheap).
    if (this.badges.count <= SLICED_ABOVE) this.badges.position();
    else {
      const done = await this.badges.positionSliced(yieldToMain, this.newPositioning(signal));
      // Not done: aborted, or overtaken by a reposition that places them.
      if (!done && signal?.aborted) return false;
      // The last group of badges renders in this frame; the highlights'
      // first validation (all ranges at once) gets a frame of its own.
      await nextFrame();
      if (signal?.aborted) return false;
    }
    this.highlights.set(entries, this.theme);
    // The size each root had when its badges were placed (read after the
    // placement's own reads: the page's layout is clean unless it changed).
    for (const r of roots) this.lastSize.set(r, sizeOf(r));
    this.painted = true;
    return true;
  }

  /** Repositions badges on the next frame (coalesced); many badges go in chunks. */
  schedulePosition(): void {
    if (this.frame || !this.painted) return;
    const win = this.doc.defaultView;
    const run = () => {
      this.frame = 0;
      if (!this.painted) return;
      // The layout may have moved: measure the highlight window again.
      this.highlights.refresh(true);
      if (this.badges.count <= SLICED_ABOVE) {
        this.badges.position();
        return;
      }
      void this.badges.positionSliced(yieldToMain, this.newPositioning()).catch(() => undefined);
    };
    if (win && typeof win.requestAnimationFrame === 'function') {
      this.frame = win.requestAnimationFrame(run);
    } else {
      this.frame = setTimeout(run, 16) as unknown as number;
    }
  }

  /**
   * Starts a sliced positioning pass: the one under way gives way to it (its
   * places are stale). Aborting `outer`, the paint's own signal, aborts it too.
   */
  private newPositioning(outer?: AbortSignal): AbortSignal {
    this.positioning.abort();
    const pass = new AbortController();
    this.positioning = pass;
    if (outer?.aborted) pass.abort();
    // Removed once the pass is aborted, as the next pass does: one listener at most.
    outer?.addEventListener('abort', () => pass.abort(), { once: true, signal: pass.signal });
    return pass.signal;
  }

  /**
   * Whether a root reported by the ResizeObserver changed size since it was
   * last seen. The observer reports each root once when it starts observing,
   * mostly at the size the badges were just placed with: on every page that
   * had set off a second positioning pass (~5 ms on a page of five badges,
   * bench/profile-startup.ts on news/breitbart). Read in the observer's
   * callback, after layout: no layout is forced.
   */
  private rootsResized(entries: readonly ResizeObserverEntry[]): boolean {
    let moved = false;
    for (const { target } of entries) {
      const size = sizeOf(target);
      if (this.lastSize.get(target) !== size) moved = true;
      this.lastSize.set(target, size);
    }
    return moved;
  }

  /** Moves the highlight window, and places the badges that waited far from
   * the viewport, on the next frame after a scroll (coalesced). */
  private scheduleWindow(): void {
    if (this.scrollFrame || !this.painted) return;
    if (!this.highlights.windowed && !this.badges.lazy) return;
    const win = this.doc.defaultView;
    if (!win || typeof win.requestAnimationFrame !== 'function') return;
    const run = () => {
      if (!this.scrollFrame) return;
      win.cancelAnimationFrame(this.scrollFrame);
      clearTimeout(this.scrollTimer);
      this.scrollFrame = 0;
      if (!this.painted) return;
      this.highlights.refresh();
      this.badges.placeNear();
    };
    this.scrollFrame = win.requestAnimationFrame(run);
    // a window that draws no frame (hidden, or throttled) still catches up
    this.scrollTimer = setTimeout(run, 100);
  }

  /**
   * The elements holding the painted cues, one each (the page observer
   * watches them being hidden: see observer.ts). Made once per paint.
   */
  textElements(): readonly Element[] {
    if (this.textOf?.items === this.items) return this.textOf.elements;
    const seen = new Set<Element>();
    for (const { cue } of this.items) {
      const end = cue?.endContainer;
      const el = end && (end.nodeType === 1 ? (end as Element) : end.parentElement);
      if (el) seen.add(el);
    }
    this.textOf = { items: this.items, elements: [...seen] };
    return this.textOf.elements;
  }

  /** Positions now (tests and the first paint of a hidden tab). */
  positionNow(): void {
    if (this.painted) this.badges.position();
  }

  /** Removes highlights, style, badges, overlay and every listener. */
  destroy(): void {
    this.abort.abort();
    this.positioning.abort();
    this.resize?.disconnect();
    this.resize = null;
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    if (this.scrollFrame) this.doc.defaultView?.cancelAnimationFrame(this.scrollFrame);
    clearTimeout(this.scrollTimer);
    this.frame = 0;
    this.scrollFrame = 0;
    this.link.destroy();
    this.items = [];
    this.textOf = null;
    this.highlights.clear();
    this.badges.destroy();
    this.overlay.destroy();
    this.painted = false;
  }
}

/** An element's border box size, as the ResizeObserver's reports compare it. */
function sizeOf(el: Element): string {
  const r = el.getBoundingClientRect();
  return `${r.width}x${r.height}`;
}
