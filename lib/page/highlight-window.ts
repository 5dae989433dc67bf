// Which highlight ranges are registered: all of them on a usual page, only
// those near the viewport on a page with thousands.
//
// Chromium re-validates every range in `CSS.highlights` in each rendering
// update that follows a DOM or style change (about 20 µs a range): 10,000
// ranges made one frame of 200 ms. A reader sees a screen at a time, so past
// WINDOW_ABOVE ranges only the ones within a few screens of the viewport are
// registered, and the window follows scrolling (near-viewport.ts finds them).
import type { Band } from '../sourcing/types';
import type { Highlighter } from './highlighter';
import { liveRange } from './static-ranges';
import type { Theme } from './theme';
import { nearBand, nearItems, viewportHeight } from './near-viewport';

/** Above this many ranges, only those near the viewport are registered. */
export const WINDOW_ABOVE = 500;

/** Ranges registered on either side of the measured window, for rects that misled the search. */
const PAD = 16;

export interface HighlightEntry {
  range: AbstractRange;
  band: Band;
}

export class HighlightWindow {
  private entries: readonly HighlightEntry[] = [];
  private theme: Theme = 'light';
  /** Registered entries [from, to). */
  private from = 0;
  private to = 0;
  /** The document's scroll range in which the registered window still covers the viewport. */
  private safe: { top: number; bottom: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
  ) {}

  /** Whether only part of the ranges is registered. */
  get windowed(): boolean {
    return this.entries.length > WINDOW_ABOVE;
  }

  /** The registered slice of the entries, [from, to) in text order (tests, diagnostics). */
  get registered(): { from: number; to: number } {
    return { from: this.from, to: this.to };
  }

  /** Shows `entries` (in text order): all, or the window around the viewport. */
  set(entries: readonly HighlightEntry[], theme: Theme): void {
    this.entries = entries;
    this.theme = theme;
    this.safe = null;
    if (!this.windowed) {
      this.from = 0;
      this.to = entries.length;
      this.highlighter.paint(byBand(entries, 0, entries.length), theme);
      return;
    }
    this.refresh(true);
  }

  /**
   * Moves the window after a scroll, resize or reflow. `force`: the layout
   * may have moved (not only the scroll position), so measure again.
   */
  refresh(force = false): void {
    if (!this.windowed) return;
    const win = this.doc.defaultView;
    if (!win) return;
    const scrollY = win.scrollY;
    if (!force && this.safe && scrollY >= this.safe.top && scrollY <= this.safe.bottom) return;
    const h = viewportHeight(this.doc);
    const band = nearBand(this.doc);
    const [first, last] = nearItems(
      this.entries.length,
      (i) => rectOf(this.entries[i].range),
      band.top,
      band.bottom,
    );
    const from = Math.max(0, first - PAD);
    const to = Math.min(this.entries.length, last + PAD);
    // Safe while the viewport stays inside the registered reach by half a screen.
    this.safe = { top: scrollY - h, bottom: scrollY + h };
    if (from === this.from && to === this.to && !force) return;
    this.from = from;
    this.to = to;
    this.highlighter.paint(byBand(this.entries, from, to), this.theme);
  }

  /** Unregisters everything. */
  clear(): void {
    this.entries = [];
    this.from = this.to = 0;
    this.safe = null;
    this.highlighter.clear();
  }
}

function rectOf(entry: AbstractRange): DOMRect | null {
  const range = liveRange(entry); // null when its nodes left the page
  if (!range) return null;
  try {
    const r = range.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : r;
  } catch {
    return null;
  }
}

function byBand(entries: readonly HighlightEntry[], from: number, to: number) {
  const out: Record<Band, AbstractRange[]> = { strong: [], moderate: [], weak: [], none: [] };
  for (let i = from; i < to; i++) out[entries[i].band]?.push(entries[i].range);
  return out;
}
