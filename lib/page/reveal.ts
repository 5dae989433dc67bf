// Text the page hides at first and shows later: a body kept at
// `visibility: hidden` or `opacity: 0` until the page's scripts run, a
// collapsed section opened, a tab panel shown. The scan leaves hidden text
// out (no badge over words the reader cannot see); this watcher tells the
// controller when some of it is shown, so it scans again and paints it.
//
// It watches only what can reveal those elements: the `class`, `style`,
// `hidden` and `open` attributes of the elements themselves and their
// ancestors (not the subtree: a page's own churn elsewhere costs nothing),
// transitions and animations ending, and a slow poll for what no attribute
// says (a style sheet that arrives late). It stops at the first reveal, at
// stop(), or after POLLS polls.
import { hiddenByStyle } from './dom-rules';

/** Hidden elements watched at most (the first ones the scan met). */
export const MAX_WATCHED = 50;
const POLL_MS = 1000;
const POLLS = 60;
const ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export class RevealWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private polls = 0;
  private readonly onEvent = () => this.check();
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
    doc.addEventListener('transitionend', this.onEvent, { capture: true, passive: true });
    doc.addEventListener('animationend', this.onEvent, { capture: true, passive: true });
    this.timer = setInterval(() => {
      if (++this.polls >= POLLS) this.stop();
      else this.check();
    }, POLL_MS);
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
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.doc?.removeEventListener('transitionend', this.onEvent, { capture: true });
    this.doc?.removeEventListener('animationend', this.onEvent, { capture: true });
    this.doc = null;
  }
}
