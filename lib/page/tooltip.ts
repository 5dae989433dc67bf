// The tooltip of one badge: one sentence a non-expert reads ("A Wall Street
// Journal report citing unnamed sources: weak, 28/100"), what raised and what
// lowered the score (▲/▼ and words), and a "This badge is wrong" button.
// Built with textContent only: page text can look like markup and must never
// be parsed as such.
import type { Effect } from '../sourcing/reason-effects';
import type { Attribution } from '../sourcing/types';
import { headline, plainReasons } from './labels';

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

/** The mark before each reason: the words say it too, colour is never alone. */
const MARK: Record<Effect, string> = { raise: '▲', lower: '▼', note: '•' };
const GROUP_LABEL: Record<Effect, string> = {
  raise: 'Raised the score',
  lower: 'Lowered the score',
  note: '',
};

/**
 * The tooltip's own rules, added to the overlay's shadow root after the
 * overlay's sheet: the headline and the ▲/▼ lists.
 */
export const TOOLTIP_CSS = `
.tip .title { align-items: baseline; font-size: 13.5px; }
.tip .title .chip { flex: none; }
.tip .why { margin-top: 7px; color: #c9d1d9; font-size: 12px; font-weight: 600; }
.tip ul.reasons { margin: 2px 0 0; padding: 0; }
.tip ul.reasons li { list-style: none; display: block; margin: 1px 0; padding-left: 16px; text-indent: -16px; }
.tip .mark { display: inline-block; width: 16px; text-indent: 0; font-size: 11px; }
.tip li.raise .mark { color: #56d364; }
.tip li.lower .mark { color: #ff7b72; }
.tip li.note .mark { color: #9ea7b3; }
.tip ul.note { margin-top: 6px; color: #d0d7de; }
.tip a.source { display: block; margin-top: 7px; color: #79c0ff; font-size: 12px; text-decoration: underline; }
.tip a.source:focus-visible { outline: 2px solid #79c0ff; outline-offset: 2px; }
`;

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

function webAddress(href: string | undefined): string | null {
  try {
    const url = new URL(href ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export class Tooltip {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  readonly wrongButton: HTMLButtonElement;
  /** Opens the attribution's linked source in a new tab (hidden without one). */
  readonly sourceLink: HTMLAnchorElement;
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
    this.sourceLink = el(doc, 'a', 'source');
    this.sourceLink.hidden = true;
    this.element.append(this.body, this.sourceLink, this.wrongButton);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  /** Fills the tooltip for `a`; nothing from the page is parsed as HTML. */
  fill(a: Attribution): void {
    const d = this.doc;
    const title = el(d, 'div', 'title');
    const chip = el(d, 'span', `chip ${a.band}`);
    chip.setAttribute('aria-hidden', 'true');
    title.append(chip, el(d, 'span', 'headline', headline(a)));
    const parts: Node[] = [title];
    const reasons = plainReasons(a);
    for (const effect of ['raise', 'lower', 'note'] as const) {
      const mine = reasons.filter((r) => r.effect === effect);
      if (!mine.length) continue;
      if (GROUP_LABEL[effect]) parts.push(el(d, 'div', 'why', GROUP_LABEL[effect]));
      const ul = el(d, 'ul', `reasons ${effect}`);
      for (const r of mine) {
        const li = el(d, 'li', effect);
        const mark = el(d, 'span', 'mark', MARK[effect]);
        mark.setAttribute('aria-hidden', 'true');
        li.append(mark, d.createTextNode(r.text));
        ul.append(li);
      }
      parts.push(ul);
    }
    this.body.replaceChildren(...parts);
    this.fillLink(a);
  }

  /** The source's link, only a web address (the analysis credits no other),
   * in a new tab that gets no handle on the page nor its address. */
  private fillLink(a: Attribution): void {
    const link = this.sourceLink;
    const href = webAddress(a.link?.href);
    link.hidden = !href;
    if (!href || !a.link) {
      link.removeAttribute('href');
      link.textContent = '';
      return;
    }
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = `Open its source on ${a.link.host} (new tab)`;
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
