// The badge layer: one small button per attribution, in the overlay's shadow
// root. Where they go is badge-layout.ts; hover, focus, keys and the tooltip
// are badge-interaction.ts. This joins the two behind one API, so the painter
// and the controller need not know they are two.
import { BadgeInteraction, type BadgeHandlers } from './badge-interaction';
import { BadgeLayout, type BadgeItem } from './badge-layout';
import type { Overlay } from './overlay';
import { Tooltip } from './tooltip';

export type { BadgeHandlers } from './badge-interaction';
export { SKIP_FAR_ABOVE, lastRect, type BadgeItem } from './badge-layout';

export class BadgeLayer {
  /** Shared: it sits next to its badge (layout) and opens on hover or focus (interaction). */
  readonly tooltip: Tooltip;
  private readonly layout: BadgeLayout;
  private readonly interaction: BadgeInteraction;

  constructor(overlay: Overlay, handlers: BadgeHandlers) {
    this.tooltip = new Tooltip(overlay.host.ownerDocument);
    this.layout = new BadgeLayout(overlay, this.tooltip);
    this.interaction = new BadgeInteraction(overlay, this.layout, this.tooltip, handlers);
  }

  /** The badge elements in visible order. */
  elements(): HTMLButtonElement[] {
    return this.layout.elements();
  }

  get count(): number {
    return this.layout.count;
  }

  /** Shows exactly `items` (see BadgeLayout.sync); the interaction follows (Tab stop, Undo). */
  async sync(items: BadgeItem[], pause?: () => Promise<void>): Promise<void> {
    await this.layout.sync(items, pause);
    this.interaction.synced();
  }

  /** Places badges [from, to) beside their cues' lines (see rail.ts), in one pass. */
  position(from?: number, to?: number): void {
    this.layout.position(from, to);
  }

  /** Where badges far from the viewport wait to be placed: places those
   * near it now (after a scroll). */
  placeNear(): void {
    this.layout.placeNear();
  }

  /** Whether badges far from the viewport wait to be placed. */
  get lazy(): boolean {
    return this.layout.lazy;
  }

  /** Places every badge (far ones wait on a page of thousands) without a
   * long task; false when `signal` was aborted first. */
  positionSliced(pause: () => Promise<void>, signal: AbortSignal): Promise<boolean> {
    return this.layout.positionSliced(pause, signal);
  }

  focusIndex(index: number): boolean {
    return this.interaction.focusIndex(index);
  }

  focusedIndex(): number {
    return this.interaction.focusedIndex();
  }

  move(direction: 1 | -1): boolean {
    return this.interaction.move(direction);
  }

  destroy(): void {
    this.interaction.destroy();
    this.layout.destroy();
  }
}
