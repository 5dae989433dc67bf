// How the reader works the badges: hover or focus opens a badge's tooltip,
// Escape closes it, arrow keys, Home and End move between badges, and the
// tooltip's "This badge is wrong" reports it, with a confirmation and Undo.
// One Tab stop at the start of the article leads to the badges. Where the
// badges sit is badge-layout.ts.
import type { BadgeItem, BadgeLayout } from './badge-layout';
import { KeyboardStop } from './keyboard-stop';
import type { Overlay } from './overlay';
import { TOOLTIP_CSS, type Tooltip } from './tooltip';
import { TOAST_CSS, WrongToast } from './wrong-toast';

export interface BadgeHandlers {
  /** The reader pressed "This badge is wrong"; returns how to take it back, if it can. */
  onWrong(item: BadgeItem): (() => void) | void;
  /** A badge got focus (its index in the visible list). */
  onFocus?(index: number): void;
}

export class BadgeInteraction {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** A badge getting focus back from Escape must not reopen its tooltip. */
  private quietFocus: Element | null = null;
  private readonly abort = new AbortController();
  private readonly style: HTMLStyleElement;
  /** The confirmation after "This badge is wrong". */
  readonly toast: WrongToast;
  /** The Tab stop at the start of the article. */
  readonly stop: KeyboardStop;
  /** The badge an Undo brought back: focused once a re-sync shows it (within a few). */
  private restoreKey: string | null = null;
  private restoreTries = 0;

  constructor(
    private readonly overlay: Overlay,
    private readonly layout: BadgeLayout,
    private readonly tooltip: Tooltip,
    private readonly handlers: BadgeHandlers,
  ) {
    const doc = overlay.host.ownerDocument;
    const signal = this.abort.signal;
    const root = overlay.root;
    this.style = doc.createElement('style');
    this.style.textContent = TOOLTIP_CSS + TOAST_CSS;
    root.append(this.style);
    this.toast = new WrongToast(doc, overlay.layer);
    this.stop = new KeyboardStop(doc, () => this.move(1));
    root.addEventListener('mouseover', (e) => this.onOver(e), { signal });
    root.addEventListener('mouseout', (e) => this.onOut(e as MouseEvent), { signal });
    root.addEventListener('focusin', (e) => this.onFocusIn(e), { signal });
    root.addEventListener('focusout', (e) => this.onFocusOut(e as FocusEvent), { signal });
    root.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent), { signal });
    root.addEventListener('click', (e) => this.onClick(e), { signal });
    // Escape also closes a tooltip opened by hovering while focus is in the page.
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.tooltip.open) this.closeTooltip(false);
      },
      { signal },
    );
  }

  /**
   * Focuses badge `index` (clamped) and scrolls it into view; opens its
   * tooltip unless `quiet`.
   */
  focusIndex(index: number, quiet = false): boolean {
    const els = this.layout.elements();
    if (els.length === 0) return false;
    const i = Math.max(0, Math.min(els.length - 1, index));
    const btn = els[i];
    this.layout.placeAround(i);
    if (btn.classList.contains('gone')) return false;
    if (quiet) this.quietFocus = btn;
    btn.focus({ preventScroll: true });
    this.quietFocus = null;
    try {
      btn.scrollIntoView({ block: 'center', inline: 'nearest' });
    } catch {
      btn.scrollIntoView();
    }
    if (!quiet) this.openTooltip(btn);
    return true;
  }

  /**
   * After each re-sync of the badges: the article's Tab stop counts them
   * again, and a badge brought back by Undo gets focus.
   */
  synced(): void {
    // A sync that was under way when the page was switched off: leave nothing behind.
    if (this.abort.signal.aborted) return;
    const els = this.layout.elements();
    let first: Node | null = null;
    let last: Node | null = null;
    for (const b of els) {
      const cue = this.layout.item(b)?.cue;
      if (!cue) continue;
      first ??= cue.startContainer;
      last = cue.startContainer;
    }
    this.stop.update(els.length, first, last);
    if (this.restoreKey !== null) {
      const i = els.findIndex((b) => this.layout.item(b)?.key === this.restoreKey);
      // The repaint of the report itself may come first; later ones must not steal focus.
      if (i >= 0 || ++this.restoreTries > 2) this.restoreKey = null;
      if (i >= 0) this.focusIndex(i, true);
    }
  }

  /** The focused badge's index, or -1. */
  focusedIndex(): number {
    const active = this.overlay.root.activeElement;
    if (!active) return -1;
    const owner = active === this.tooltip.wrongButton ? this.tooltip.owner : active;
    return owner ? this.layout.elements().indexOf(owner as HTMLButtonElement) : -1;
  }

  /** Next (+1) or previous (-1) badge from the focused one, wrapping around. */
  move(direction: 1 | -1): boolean {
    const els = this.layout.elements().filter((b) => !b.classList.contains('gone'));
    // (badges not yet placed are placed on demand by focusIndex)
    if (els.length === 0) return false;
    const all = this.layout.elements();
    const current = this.focusedIndex();
    let target: HTMLButtonElement;
    if (current < 0) target = direction === 1 ? els[0] : els[els.length - 1];
    else {
      const pos = els.indexOf(all[current]);
      target = els[(pos + direction + els.length) % els.length];
    }
    return this.focusIndex(all.indexOf(target));
  }

  /** Removes every listener, the Tab stop and the confirmation, and closes the tooltip. */
  destroy(): void {
    this.abort.abort();
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.tooltip.hide();
    this.toast.destroy();
    this.stop.remove();
    this.style.remove();
  }

  private badgeFrom(target: EventTarget | null): HTMLButtonElement | null {
    const el = target as HTMLElement | null;
    return el && el.classList?.contains('badge') && this.layout.item(el)
      ? (el as HTMLButtonElement)
      : null;
  }

  private inTooltip(target: EventTarget | null): boolean {
    return !!target && this.tooltip.element.contains(target as Node);
  }

  private openTooltip(btn: HTMLButtonElement): void {
    const item = this.layout.item(btn);
    if (!item) return;
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    if (this.tooltip.owner === btn && this.tooltip.open) return;
    this.tooltip.show(btn, item.attribution, this.layout.tipBounds(btn));
  }

  private closeTooltip(returnFocus: boolean): void {
    const owner = this.tooltip.owner;
    const hadFocusInside = this.inTooltip(this.overlay.root.activeElement);
    this.tooltip.hide();
    if (owner && (returnFocus || hadFocusInside)) {
      this.quietFocus = owner;
      owner.focus({ preventScroll: true });
      this.quietFocus = null;
    }
  }

  private scheduleHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      const active = this.overlay.root.activeElement;
      // Keep it while keyboard focus is on its badge or inside it.
      if (active && (active === this.tooltip.owner || this.inTooltip(active))) return;
      this.tooltip.hide();
    }, 250);
  }

  private onOver(e: Event): void {
    const btn = this.badgeFrom(e.target);
    if (btn) this.openTooltip(btn);
    else if (this.inTooltip(e.target) && this.hideTimer) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
    }
  }

  private onOut(e: MouseEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && (this.inTooltip(to) || to === this.tooltip.owner)) return;
    if (this.badgeFrom(e.target) || this.inTooltip(e.target)) this.scheduleHide();
  }

  private onFocusIn(e: Event): void {
    const btn = this.badgeFrom(e.target);
    if (!btn) return;
    const index = this.layout.elements().indexOf(btn);
    // where far badges wait, the next and previous ones are placed now, for Tab
    if (this.layout.lazy) this.layout.placeAround(index);
    if (this.quietFocus !== btn) this.openTooltip(btn);
    btn.classList.add('active');
    this.handlers.onFocus?.(index);
  }

  private onFocusOut(e: FocusEvent): void {
    const btn = this.badgeFrom(e.target);
    btn?.classList.remove('active');
    const to = e.relatedTarget as Node | null;
    if (to && (this.inTooltip(to) || this.badgeFrom(to))) return;
    this.scheduleHide();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.toast.element.contains(e.target as Node)) {
      this.onToastKey(e);
      return;
    }
    const btn = this.badgeFrom(e.target);
    let handled = true;
    switch (e.key) {
      case 'Escape':
        if (!this.tooltip.open) return;
        this.closeTooltip(true);
        break;
      case 'Tab': {
        if (!btn || !e.shiftKey) return;
        // Back from the badge that took focus after "wrong": its Undo.
        if (this.toast.open && this.toast.returnTo === btn && !this.toast.undoButton.hidden) {
          this.toast.undoButton.focus();
          break;
        }
        // Back from the first badge: the stop at the start of the article.
        const first = this.layout.elements().find((b) => !b.classList.contains('gone'));
        if (btn !== first || !this.stop.focus()) return;
        this.tooltip.hide();
        break;
      }
      case 'ArrowRight':
      case 'ArrowDown':
        if (!btn) return;
        this.move(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (!btn) return;
        this.move(-1);
        break;
      case 'Home':
        if (!btn) return;
        this.focusIndex(0);
        break;
      case 'End':
        if (!btn) return;
        this.focusIndex(this.layout.count - 1);
        break;
      default:
        handled = false;
    }
    if (handled) {
      // Our keys: the page's own shortcuts must not see them too.
      e.preventDefault();
      e.stopPropagation();
    }
  }

  /** Keys inside the confirmation: Escape closes it; Tab leaves it for the badge it came from. */
  private onToastKey(e: KeyboardEvent): void {
    const back = this.toast.returnTo;
    if (e.key === 'Escape') this.toast.hide();
    else if (e.key === 'Tab') {
      const t = e.target as Element;
      const leaving = e.shiftKey
        ? t === this.toast.undoButton || this.toast.undoButton.hidden
        : t === this.toast.closeButton;
      if (!leaving) return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    if (back?.isConnected) {
      this.quietFocus = back;
      back.focus({ preventScroll: true });
      this.quietFocus = null;
    }
  }

  /**
   * "This badge is wrong": the report is stored and the badge hidden; a
   * confirmation shows where it was, with Undo; focus goes to the next badge
   * (else the previous, else the Undo button) without opening its tooltip.
   */
  private markWrong(owner: HTMLButtonElement): void {
    const item = this.layout.item(owner);
    const els = this.layout.elements();
    const index = els.indexOf(owner);
    this.tooltip.hide();
    if (!item) return;
    const spot = this.spotOf(owner);
    const undo = this.handlers.onWrong(item) || undefined;
    // Hide it now; the owner re-syncs without it.
    this.layout.setGone(owner, true);
    const shown = (b: HTMLButtonElement) => !b.classList.contains('gone');
    const next =
      els.find((b, i) => i > index && shown(b)) ??
      [...els.slice(0, Math.max(0, index))].reverse().find(shown);
    this.toast.show(
      spot,
      undo &&
        (() => {
          this.restoreKey = item.key;
          this.restoreTries = 0;
          undo();
        }),
    );
    this.toast.returnTo = next ?? null;
    if (next) {
      this.quietFocus = next;
      next.focus({ preventScroll: true });
      this.quietFocus = null;
    } else (this.toast.undoButton.hidden ? this.toast.closeButton : this.toast.undoButton).focus();
  }

  /** Where the confirmation goes: under the badge, in overlay coordinates. */
  private spotOf(btn: HTMLElement): { x: number; y: number; left: number; right: number } {
    const doc = this.overlay.host.ownerDocument;
    const origin = this.overlay.origin();
    const r = btn.getBoundingClientRect();
    return {
      x: r.left - origin.x - 8,
      y: r.bottom - origin.y + 6,
      left: -origin.x,
      right: doc.documentElement.clientWidth - origin.x,
    };
  }

  private onClick(e: Event): void {
    const target = e.target as Node;
    if (e.target === this.tooltip.wrongButton || this.tooltip.wrongButton.contains(target)) {
      const owner = this.tooltip.owner as HTMLButtonElement | null;
      if (owner) this.markWrong(owner);
      else this.tooltip.hide();
      e.stopPropagation();
      return;
    }
    if (this.toast.undoButton.contains(target)) {
      this.toast.runUndo();
      e.stopPropagation();
      return;
    }
    if (this.toast.closeButton.contains(target)) {
      const back = this.toast.returnTo;
      this.toast.hide();
      if (back?.isConnected) {
        this.quietFocus = back;
        back.focus({ preventScroll: true });
        this.quietFocus = null;
      }
      e.stopPropagation();
      return;
    }
    const btn = this.badgeFrom(e.target);
    if (btn) {
      this.openTooltip(btn);
      e.stopPropagation();
    }
  }
}
