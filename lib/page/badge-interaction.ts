// How the reader works the badges: hover or focus opens a badge's tooltip,
// Escape closes it, arrow keys, Home and End move between badges, and the
// tooltip's "This badge is wrong" reports it. Where the badges sit is
// badge-layout.ts.
import type { BadgeItem, BadgeLayout } from './badge-layout';
import type { Overlay } from './overlay';
import type { Tooltip } from './tooltip';

export interface BadgeHandlers {
  /** The reader pressed "This badge is wrong". */
  onWrong(item: BadgeItem): void;
  /** A badge got focus (its index in the visible list). */
  onFocus?(index: number): void;
}

export class BadgeInteraction {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** A badge getting focus back from Escape must not reopen its tooltip. */
  private quietFocus: Element | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly overlay: Overlay,
    private readonly layout: BadgeLayout,
    private readonly tooltip: Tooltip,
    private readonly handlers: BadgeHandlers,
  ) {
    const doc = overlay.host.ownerDocument;
    const signal = this.abort.signal;
    const root = overlay.root;
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

  /** Focuses badge `index` (clamped), scrolls it into view, opens its tooltip. */
  focusIndex(index: number): boolean {
    const els = this.layout.elements();
    if (els.length === 0) return false;
    const i = Math.max(0, Math.min(els.length - 1, index));
    const btn = els[i];
    if (btn.classList.contains('pending')) this.layout.position(i, i + 1);
    if (btn.classList.contains('gone')) return false;
    btn.focus({ preventScroll: true });
    try {
      btn.scrollIntoView({ block: 'center', inline: 'nearest' });
    } catch {
      btn.scrollIntoView();
    }
    this.openTooltip(btn);
    return true;
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
    // (pending badges are positioned on demand by focusIndex)
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

  /** Removes every listener and closes the tooltip. */
  destroy(): void {
    this.abort.abort();
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.tooltip.hide();
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
    if (this.quietFocus !== btn) this.openTooltip(btn);
    btn.classList.add('active');
    this.handlers.onFocus?.(this.layout.elements().indexOf(btn));
  }

  private onFocusOut(e: FocusEvent): void {
    const btn = this.badgeFrom(e.target);
    btn?.classList.remove('active');
    const to = e.relatedTarget as Node | null;
    if (to && (this.inTooltip(to) || this.badgeFrom(to))) return;
    this.scheduleHide();
  }

  private onKey(e: KeyboardEvent): void {
    const btn = this.badgeFrom(e.target);
    let handled = true;
    switch (e.key) {
      case 'Escape':
        if (!this.tooltip.open) return;
        this.closeTooltip(true);
        break;
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

  private onClick(e: Event): void {
    if (
      e.target === this.tooltip.wrongButton ||
      this.tooltip.wrongButton.contains(e.target as Node)
    ) {
      const owner = this.tooltip.owner;
      const item = owner ? this.layout.item(owner) : undefined;
      const index = owner ? this.layout.elements().indexOf(owner as HTMLButtonElement) : -1;
      this.tooltip.hide();
      if (item) {
        this.handlers.onWrong(item);
        // Hide it now; the owner re-syncs without it. Focus moves on, not into the void.
        this.layout.setGone(owner as HTMLButtonElement, true);
        const next = this.layout
          .elements()
          .find((b, i) => i > index && !b.classList.contains('gone'));
        next?.focus({ preventScroll: true });
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
