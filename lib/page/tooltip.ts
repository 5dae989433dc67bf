// The tooltip of one badge: kind in plain words, strength, source, the
// reasons, and a "This badge is wrong" button. Built with textContent only:
// page text can look like markup and must never be parsed as such.
import type { Attribution } from '../sourcing/types';
import { KIND_LABELS, strengthText, tidy } from './labels';

export const TOOLTIP_ID = 'sourcelight-tip';

/** Edges the tooltip keeps within: the viewport's sides and bottom, the document's top. */
export interface TipBounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TooltipContent {
  attribution: Attribution;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class Tooltip {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  readonly wrongButton: HTMLButtonElement;
  /** The badge the tooltip belongs to while open. */
  owner: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.element = el(doc, 'div', 'tip');
    this.element.hidden = true;
    this.body = el(doc, 'div', 'body');
    this.body.id = TOOLTIP_ID;
    this.body.setAttribute('role', 'tooltip');
    this.wrongButton = el(doc, 'button', 'wrong', 'This badge is wrong');
    this.wrongButton.type = 'button';
    this.element.append(this.body, this.wrongButton);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  /** Fills the tooltip for `a`; nothing from the page is parsed as HTML. */
  fill(a: Attribution): void {
    const d = this.doc;
    const kind = KIND_LABELS[a.kind];
    const title = el(d, 'div', 'title');
    const chip = el(d, 'span', `chip ${a.band}`);
    chip.setAttribute('aria-hidden', 'true');
    title.append(chip, el(d, 'span', '', kind?.name ?? a.kind));
    const strength = strengthText(a);
    const parts: Node[] = [
      title,
      el(d, 'div', 'strength', strength.charAt(0).toUpperCase() + strength.slice(1)),
      el(d, 'div', 'explain', kind?.explain ?? ''),
    ];
    const source = a.source?.text ? tidy(a.source.text) : '';
    if (source) parts.push(this.line('Source: ', source));
    parts.push(this.line('Cue: ', `“${tidy(a.cue.text, 80)}”`));
    if (a.kinds.length > 1) {
      parts.push(this.line('Chain: ', a.kinds.map((k) => KIND_LABELS[k]?.name ?? k).join(' → ')));
    }
    if (a.reasons.length) {
      const ul = el(d, 'ul', 'reasons');
      for (const r of a.reasons) ul.append(el(d, 'li', '', tidy(r, 200)));
      parts.push(ul);
    }
    this.body.replaceChildren(...parts);
  }

  private line(label: string, text: string): HTMLElement {
    const div = el(this.doc, 'div', 'line');
    div.append(el(this.doc, 'span', 'label', label), this.doc.createTextNode(text));
    return div;
  }

  /**
   * Shows the tooltip for `badge`, right after it in the DOM so that Tab goes
   * from the badge to the tooltip's button, and places it within `bounds`,
   * below the badge or above when there is no room. The tooltip shares the
   * badge's containing block (its group): `bounds` and the badge's left/top
   * are both in that block's coordinates.
   */
  show(badge: HTMLElement, a: Attribution, bounds: TipBounds): void {
    this.fill(a);
    if (this.owner && this.owner !== badge) this.owner.removeAttribute('aria-describedby');
    this.owner = badge;
    badge.setAttribute('aria-describedby', TOOLTIP_ID);
    badge.setAttribute('aria-expanded', 'true');
    if (badge.nextSibling !== this.element) badge.after(this.element);
    this.element.hidden = false;
    this.place(badge, bounds);
  }

  place(badge: HTMLElement, bounds: TipBounds): void {
    if (!this.open) return;
    const bx = parseFloat(badge.style.left) || 0;
    const by = parseFloat(badge.style.top) || 0;
    const bh = badge.offsetHeight || 15;
    const w = this.element.offsetWidth;
    const h = this.element.offsetHeight;
    let left = Math.min(bx - 8, bounds.right - w - 8);
    left = Math.max(bounds.left + 8, left);
    let top = by + bh + 6;
    if (top + h > bounds.bottom - 4 && by - h - 6 > bounds.top) top = by - h - 6;
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    if (this.owner) {
      this.owner.removeAttribute('aria-describedby');
      this.owner.setAttribute('aria-expanded', 'false');
    }
    this.owner = null;
    this.element.hidden = true;
  }
}
