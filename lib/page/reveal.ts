// Text the page hides at first and shows later: a body kept at
// `visibility: hidden` or `opacity: 0` until the page's scripts run, a
// collapsed section opened, a tab panel shown. The scan leaves hidden text
// out (no badge over words the reader cannot see); this watcher tells the
// controller when some of it is shown, so it scans again and paints it.
//
// It watches only what can reveal those elements: the `class`, `style`,
// `hidden` and `open` attributes of the elements themselves and their
// ancestors (not the subtree: a page's own churn elsewhere costs nothing),
// transitions and animations ending, and style sheets: a <style> or <link>
// added, removed or rewritten, a style sheet loading late. No poll: a page
// that stays hidden costs nothing. It stops at the first reveal or at stop().
// (A rule changed through the CSSOM alone, with no element or attribute
// changing, is not seen until the next scan.)
import { hiddenByStyle } from './dom-rules';

/** Hidden elements watched at most (the first ones the scan met). */
export const MAX_WATCHED = 50;
const ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

/** A <style> or <link> element: adding, removing or rewriting one can reveal text. */
function isSheet(n: Node | null): boolean {
  const name = n && n.nodeType === 1 ? (n as Element).localName : '';
  return name === 'style' || name === 'link';
}

function touchesSheets(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (isSheet(r.target)) return true;
    for (let i = 0; i < r.addedNodes.length; i++) if (isSheet(r.addedNodes[i])) return true;
    for (let i = 0; i < r.removedNodes.length; i++) if (isSheet(r.removedNodes[i])) return true;
  }
  return false;
}

export class RevealWatcher {
  private observer: MutationObserver | null = null;
  /** Style sheets of the whole document: its childList, filtered to <style>/<link>. */
  private sheets: MutationObserver | null = null;
  private readonly onEvent = () => this.check();
  private readonly onLoad = (e: Event) => {
    if (isSheet(e.target as Node | null)) this.check();
  };
  private doc: Document | null = null;

  constructor(
    private readonly elements: readonly Element[],
    private readonly onReveal: () => void,
  ) {}

  start(): this {
    const first = this.elements[0];
    const doc = first?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return this;
    this.doc = doc;
    const targets = new Set<Element>();
    for (const el of this.elements) {
      for (let n: Element | null = el; n && !targets.has(n); n = n.parentElement) targets.add(n);
    }
    this.observer = new view.MutationObserver(this.onEvent);
    for (const t of targets) {
      this.observer.observe(t, { attributes: true, attributeFilter: ATTRIBUTES });
    }
    this.sheets = new view.MutationObserver((records) => {
      if (touchesSheets(records)) this.check();
    });
    // Not characterData: a sheet is rewritten through its element (textContent).
    this.sheets.observe(doc.documentElement, { childList: true, subtree: true });
    doc.addEventListener('transitionend', this.onEvent, { capture: true, passive: true });
    doc.addEventListener('animationend', this.onEvent, { capture: true, passive: true });
    // A style sheet's <link> loading late (load does not bubble: captured).
    doc.addEventListener('load', this.onLoad, { capture: true, passive: true });
    return this;
  }

  /** One of the watched elements is shown now: stop and report, once. */
  private check(): void {
    try {
      const shown = this.elements.some((el) => el.isConnected && !hiddenByStyle(el));
      if (!shown) return;
    } catch {
      return; // a failing style lookup reveals nothing
    }
    this.stop();
    this.onReveal();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.sheets?.disconnect();
    this.sheets = null;
    this.doc?.removeEventListener('transitionend', this.onEvent, { capture: true });
    this.doc?.removeEventListener('animationend', this.onEvent, { capture: true });
    this.doc?.removeEventListener('load', this.onLoad, { capture: true });
    this.doc = null;
  }
}
