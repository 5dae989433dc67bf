// Where a badge may go without covering a word: a rail in the margin beside
// the cue's line. Pure geometry (no DOM), so the rules are tested on their
// own: badge-layout.ts reads the boxes from the page and writes the result.
//
// Beside the line, outside the block that holds the cue (its text cannot
// reach past the block's edges), first in the right margin, then the left;
// the full badge ("N 80"), else its letter alone. Badges of one line sit side
// by side, or one above the other when the margin is too narrow. Where no
// margin has room, the free end of the cue's own line (after its last word)
// if it has room; else ("peek") the badge stays hidden until its highlight is
// hovered or the badge gets focus: it may then cover words, while asked for.
// In a right-to-left block (the block's own direction, not the page's: an
// English article in an RTL site is left-to-right) a line ends at its left:
// the left margin comes first, and a line's free end is left of its text.
// A waiting badge leaves a mark: a thin tick just outside the block's edge,
// the height of its line, where even a badge's letter has no room, so the
// reader sees that the line holds a sourced claim.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the page says about one cue, in overlay coordinates. */
export interface Spot {
  /** The cue's last line fragment: the badge goes beside this line. */
  line: Box;
  /** The left and right edges of the block that holds the cue. */
  block: { left: number; right: number };
  /** Boxes near the block (other columns, sidebars, floats, overlays): the badge keeps off them. */
  obstacles: readonly Box[];
  /**
   * Where the text of the cue's last line ends, when read: the free end of
   * that line (a paragraph's last line, a short line) is the next place to
   * try when the block has no margin.
   */
  lineEnd?: number | null;
  /** The block is laid out right to left: its lines end on the left. */
  rtl?: boolean;
}

export type Mode = 'full' | 'compact' | 'peek';

export interface Placement {
  x: number;
  y: number;
  mode: Mode;
  /** The width the badge was placed with (its mode's). */
  w: number;
  /** A waiting badge's mark beside its line; null where even a tick has no room. */
  mark?: Box | null;
}

/** Height of a badge (the overlay's CSS gives it this). */
export const BADGE_H = 15;
/** Room between the block's edge and its badge, and between two badges. */
export const GAP = 6;
const BETWEEN = 3;
/** Tried in turn when a badge's place is taken: the line, then the rows below and above. */
const ROWS = [0, 1, -1, 2];
/** A peek badge rises this far above its cue's line when shown. */
const RAISE = 10;
/** Width of a waiting badge's mark, and its distance from the block's edge. */
export const MARK_W = 3;
const MARK_GAP = 2;
/** Badges checked for collision: badges come in text order, so the last few are the near ones. */
const RECENT = 24;

const hits = (a: Box, b: Box, pad = 0) =>
  a.left < b.right + pad &&
  b.left < a.right + pad &&
  a.top < b.bottom + pad &&
  b.top < a.bottom + pad;

export class Rail {
  /** Recently placed shown badges, newest last. */
  private placed: Box[] = [];

  constructor(
    /** The document's left and right edges: a badge past them would add a scrollbar. */
    private readonly edges: { left: number; right: number },
  ) {}

  /**
   * Places one badge; `full` and `compact` are its widths with its whole text
   * and with its letter only. Call in text order.
   */
  place(spot: Spot, full: number, compact: number): Placement {
    const { line, block } = spot;
    const mid = Math.round((line.top + line.bottom) / 2 - BADGE_H / 2);
    const sides = spot.rtl ? (['left', 'right'] as const) : (['right', 'left'] as const);
    for (const [w, mode] of [
      [full, 'full'],
      [compact, 'compact'],
    ] as const) {
      for (const side of sides) {
        for (const row of ROWS) {
          const y = mid + row * (BADGE_H + BETWEEN);
          let x = side === 'right' ? block.right + GAP : block.left - GAP - w;
          // Slide past badges already there, while the margin lasts.
          for (let tries = 0; tries < 8; tries++) {
            const box = { left: x, top: y, right: x + w, bottom: y + BADGE_H };
            if (box.left < this.edges.left + 1 || box.right > this.edges.right - 1) break;
            if (spot.obstacles.some((o) => hits(box, o, 2))) break;
            const taken = this.taken(box);
            if (!taken) {
              this.remember(box);
              return { x, y, mode, w };
            }
            x = side === 'right' ? taken.right + BETWEEN : taken.left - BETWEEN - w;
          }
        }
      }
    }
    // No margin: the free end of the cue's own line, inside the block.
    if (spot.lineEnd != null && line.bottom - line.top >= BADGE_H - 1) {
      for (const [w, mode] of [
        [full, 'full'],
        [compact, 'compact'],
      ] as const) {
        let x = spot.rtl ? spot.lineEnd - GAP - w : spot.lineEnd + GAP;
        for (let tries = 0; tries < 8; tries++) {
          const box = { left: x, top: mid, right: x + w, bottom: mid + BADGE_H };
          if (box.right > Math.min(block.right, this.edges.right - 1)) break;
          if (box.left < Math.max(block.left, this.edges.left + 1)) break;
          if (spot.obstacles.some((o) => hits(box, o, 2))) break;
          const taken = this.taken(box);
          if (!taken) {
            this.remember(box);
            return { x, y: mid, mode, w };
          }
          x = spot.rtl ? taken.left - BETWEEN - w : taken.right + BETWEEN;
        }
      }
    }
    // Nowhere: above the cue's end, shown only on demand; its mark in the margin.
    const end = spot.rtl ? line.left - 1 - full : line.right + 1;
    const x = Math.max(this.edges.left, Math.min(end, this.edges.right - full - 2));
    return { x, y: line.top - RAISE, mode: 'peek', w: full, mark: this.mark(spot) };
  }

  /**
   * A thin tick beside the cue's line, just outside its block (whose text
   * cannot reach past its edges): right, else left; ticks of one line side
   * by side. Null when neither margin has room for one.
   */
  private mark(spot: Spot): Box | null {
    const { line, block } = spot;
    for (const side of spot.rtl ? (['left', 'right'] as const) : (['right', 'left'] as const)) {
      let x = side === 'right' ? block.right + MARK_GAP : block.left - MARK_GAP - MARK_W;
      for (let tries = 0; tries < 4; tries++) {
        const box = { left: x, top: line.top, right: x + MARK_W, bottom: line.bottom };
        if (box.left < this.edges.left || box.right > this.edges.right - 1) break;
        if (spot.obstacles.some((o) => hits(box, o, 1))) break;
        const taken = this.taken(box, 0.5);
        if (!taken) {
          this.remember(box);
          return box;
        }
        x = side === 'right' ? taken.right + 1 : taken.left - 1 - MARK_W;
      }
    }
    return null;
  }

  private taken(box: Box, pad = BETWEEN - 0.5): Box | undefined {
    for (let i = this.placed.length - 1; i >= 0; i--) {
      if (hits(box, this.placed[i], pad)) return this.placed[i];
    }
    return undefined;
  }

  /** Takes a badge already placed (by an earlier pass) into account. */
  remember(box: Box): void {
    this.placed.push(box);
    if (this.placed.length > RECENT) this.placed.shift();
  }
}
