// Watches the page for changes worth a re-scan: new or changed text (infinite
// scroll, live blogs, re-rendering frameworks) and URL changes (single-page
// navigation through the History API). Sourcelight's own nodes are ignored,
// bursts are debounced, and a page that changes every 100 ms is handled at
// most once per `maxWait`, so nothing can loop on its own changes.
import { debounceWithMax } from './schedule';

const ELEMENT = 1;

/** Sourcelight's own nodes: the overlay host, its style, anything marked. */
export function isOwnNode(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    if (el.localName?.startsWith('sourcelight-') || el.hasAttribute('data-sourcelight')) {
      return true;
    }
  }
  return false;
}

function allOwn(list: NodeList): boolean {
  for (let i = 0; i < list.length; i++) if (!isOwnNode(list[i])) return false;
  return true;
}

export interface ChangeBatch {
  /** Some change touched the text inside the current roots. */
  insideRoots: boolean;
  /** Elements were added outside the roots: the article may have moved or grown. */
  outside: boolean;
}

export interface PageObserverOptions {
  doc: Document;
  /** The current article roots (read at each batch). */
  roots: () => readonly Element[];
  onChange: (batch: ChangeBatch) => void;
  onUrlChange: (url: string) => void;
  /** Called once per frame with changes (before the debounce), for cheap re-mapping. */
  onFrame?: () => void;
  wait?: number;
  maxWait?: number;
}

export class PageObserver {
  private observer: MutationObserver | null = null;
  private readonly debounced;
  private batch: ChangeBatch = { insideRoots: false, outside: false };
  private lastUrl: string;
  private readonly abort = new AbortController();
  private frame = 0;
  /** Batches handed on, for tests and the debugging attribute. */
  flushes = 0;

  constructor(private readonly opts: PageObserverOptions) {
    this.lastUrl = opts.doc.location?.href ?? '';
    this.debounced = debounceWithMax(() => this.flush(), opts.wait ?? 250, opts.maxWait ?? 1500);
  }

  start(): void {
    if (this.observer) return;
    const { doc } = this.opts;
    const win = doc.defaultView;
    const Ctor = win?.MutationObserver ?? globalThis.MutationObserver;
    this.observer = new Ctor((records) => this.onRecords(records));
    const target = doc.body ?? doc.documentElement;
    this.observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden'],
    });
    // History API navigation may change the URL before or without a mutation.
    const signal = this.abort.signal;
    const check = () => this.checkUrl();
    win?.addEventListener('popstate', check, { signal });
    win?.addEventListener('hashchange', check, { signal });
    const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
    nav?.addEventListener?.('navigatesuccess', check, { signal });
  }

  /** A URL change is reported at once; text changes wait for the debounce. */
  checkUrl(): boolean {
    const url = this.opts.doc.location?.href ?? '';
    if (url === this.lastUrl) return false;
    this.lastUrl = url;
    this.debounced.cancel();
    this.batch = { insideRoots: false, outside: false };
    this.opts.onUrlChange(url);
    return true;
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.checkUrl()) return;
    const roots = this.opts.roots();
    let relevant = false;
    for (const r of records) {
      if (isOwnNode(r.target)) continue;
      if (r.type === 'childList' && allOwn(r.addedNodes) && allOwn(r.removedNodes)) continue;
      const inRoot = roots.some((root) => root === r.target || root.contains(r.target));
      if (inRoot) {
        this.batch.insideRoots = true;
        relevant = true;
        continue;
      }
      // Outside the article: only new elements matter (a next article, a
      // re-rendered container), not a ticking clock or an ad's attributes.
      if (r.type === 'childList') {
        let added = false;
        for (let i = 0; i < r.addedNodes.length; i++) {
          if (r.addedNodes[i].nodeType === ELEMENT && !isOwnNode(r.addedNodes[i])) added = true;
        }
        // Removing an element that holds a root also matters: the article is gone.
        const lostRoot = roots.some((root) => !root.isConnected);
        if (added || lostRoot) {
          this.batch.outside = true;
          relevant = true;
        }
      }
    }
    if (!relevant) return;
    this.debounced.call();
    const win = this.opts.doc.defaultView;
    if (this.opts.onFrame && !this.frame && win) {
      this.frame = win.requestAnimationFrame(() => {
        this.frame = 0;
        this.opts.onFrame?.();
      });
    }
  }

  private flush(): void {
    const batch = this.batch;
    this.batch = { insideRoots: false, outside: false };
    this.flushes += 1;
    this.opts.onChange(batch);
  }

  /** Changes seen but not yet handed on. */
  get pending(): boolean {
    return this.debounced.pending();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.debounced.cancel();
    if (this.frame) this.opts.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.abort.abort();
  }
}
