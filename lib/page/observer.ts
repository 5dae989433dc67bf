// Watches the page for changes worth a re-scan: new or changed text (infinite
// scroll, live blogs, re-rendering frameworks) and URL changes (single-page
// navigation through the History API). Sourcelight's own nodes are ignored,
// bursts are debounced, and a page that changes every 100 ms is handled at
// most once per `maxWait`, so nothing can loop on its own changes.
//
// Text hidden after it was painted (a collapsed accordion, a `hidden`
// attribute, display:none or a class set by the page's script, a fade-out)
// is noticed too: an attribute that can change style (class, style, open,
// hidden) or a transition or animation ending marks its element, and once
// a frame the painted text under the marked elements is checked; text that
// went hidden, or came back, asks for a scan. The check reads style only, so
// Sourcelight's own work (a repaint writes no page attribute) cannot feed it.
import { hiddenByStyle } from './dom-rules';
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

function every(list: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
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
  /** Elements holding painted text (a badge's cue): watched for being hidden. */
  painted?: () => readonly Element[];
  wait?: number;
  maxWait?: number;
}

/** Attributes that can hide or show text through style; `hidden` also counts inside the roots. */
const STYLE_ATTRIBUTES = ['class', 'style', 'open', 'hidden'];

/**
 * Nodes the page added and took out again within one batch, now off the
 * page: a script measuring text with a scratch element, or adding and
 * removing in one go. Nothing changed for the reader, so no scan (on the
 * bench's 1,000 paragraphs, each such scan walked the whole article and
 * placed every badge again).
 */
function transientNodes(records: readonly MutationRecord[]): Set<Node> {
  const added = new Set<Node>();
  const out = new Set<Node>();
  for (const r of records) {
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.addedNodes.length; i++) added.add(r.addedNodes[i]);
    for (let i = 0; i < r.removedNodes.length; i++) {
      const n = r.removedNodes[i];
      if (added.has(n) && !n.isConnected) out.add(n);
    }
  }
  return out;
}

/** Past this many marked elements in a frame, every painted element is checked. */
const MARKED_MAX = 32;
/** Painted elements checked at most per frame; of more, an even sample. */
const CHECKED_MAX = 1000;
/** Elements remembered as hidden after being painted (to notice them shown again). */
const HIDDEN_KEPT = 200;

/** `el` or an ancestor hides it by style; `memo` shares the ancestors' answers within a pass. */
function hiddenUp(el: Element, memo: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let hidden = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    chain.push(e);
    if (hiddenByStyle(e)) {
      hidden = true;
      break;
    }
  }
  // Everything on the chain below a hidden element is hidden; above it, unknown.
  for (const e of chain) memo.set(e, hidden);
  return hidden;
}

export class PageObserver {
  private observer: MutationObserver | null = null;
  private readonly debounced;
  private batch: ChangeBatch = { insideRoots: false, outside: false };
  private lastUrl: string;
  private readonly abort = new AbortController();
  private frame = 0;
  /** Elements whose style may have changed since the last visibility check. */
  private marked = new Set<Element>();
  private styleFrame = 0;
  /** Painted elements found hidden since: a scan left them out; watched to show again. */
  private readonly hiddenSince = new Set<Element>();
  /** Batches handed on, for tests and the debugging attribute. */
  flushes = 0;
  /** Visibility checks that asked for a scan (tests). */
  visibilityScans = 0;

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
      attributeFilter: [...STYLE_ATTRIBUTES, 'aria-hidden'],
    });
    // A class on <html> ("loading", "menu-open") can hide the article too.
    if (doc.documentElement && doc.documentElement !== target) {
      this.observer.observe(doc.documentElement, {
        attributes: true,
        attributeFilter: STYLE_ATTRIBUTES,
      });
    } // History API navigation may change the URL before or without a mutation.
    const signal = this.abort.signal;
    const check = () => this.checkUrl();
    win?.addEventListener('popstate', check, { signal });
    win?.addEventListener('hashchange', check, { signal });
    const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
    nav?.addEventListener?.('navigatesuccess', check, { signal });
    // A fade-out or a collapse that ends in a transition is hidden only at its end.
    const ended = (e: Event) => {
      const t = e.target as Node | null;
      if (t && t.nodeType === ELEMENT && !isOwnNode(t)) this.mark(t as Element);
    };
    const opts = { signal, capture: true, passive: true };
    doc.addEventListener('transitionend', ended, opts);
    doc.addEventListener('animationend', ended, opts);
  }

  /** `el`'s style may have changed: check the painted text under it in the next frame. */
  private mark(el: Element): void {
    if (!this.opts.painted && !this.hiddenSince.size) return;
    this.marked.add(el);
    if (this.styleFrame) return;
    const win = this.opts.doc.defaultView;
    if (!win || typeof win.requestAnimationFrame !== 'function') return;
    this.styleFrame = win.requestAnimationFrame(() => {
      this.styleFrame = 0;
      try {
        this.checkVisibility();
      } catch {
        // a failing style lookup hides nothing; the next change checks again
      }
    });
  }

  /**
   * Painted text under the marked elements that is hidden now, or text
   * found hidden earlier that shows again: either asks for a scan, which
   * leaves hidden text out (its badge and highlight go) and paints what shows.
   */
  private checkVisibility(): void {
    const marked = [...this.marked];
    this.marked.clear();
    const memo = new Map<Element, boolean>();
    let changed = false;
    for (const el of this.hiddenSince) {
      if (!el.isConnected) this.hiddenSince.delete(el);
      else if (!hiddenUp(el, memo)) {
        this.hiddenSince.delete(el);
        changed = true;
      }
    }
    const all = marked.length > MARKED_MAX;
    const painted = this.opts.painted?.() ?? [];
    const under: Element[] = [];
    for (const el of painted) {
      if (this.hiddenSince.has(el) || !el.isConnected) continue;
      if (all || marked.some((m) => m === el || m.contains(el))) under.push(el);
    }
    // A class on <body> is above every painted element: on a page of
    // thousands, a sample of them (and the marked elements themselves) is
    // checked, not all, and never a blind scan.
    const stride = Math.max(1, Math.ceil(under.length / CHECKED_MAX));
    const ends = [under[0], under[under.length - 1]];
    if (stride > 1) {
      for (const m of marked) {
        if (ends.some((el) => m.contains(el)) && hiddenUp(m, memo)) changed = true;
      }
    }
    for (let i = 0; i < under.length; i += stride) {
      if (!hiddenUp(under[i], memo)) continue;
      changed = true;
      if (this.hiddenSince.size < HIDDEN_KEPT) this.hiddenSince.add(under[i]);
    }
    if (!changed) return;
    this.visibilityScans += 1;
    this.batch.insideRoots = true;
    this.debounced.call();
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
    const transient = transientNodes(records);
    const isTransient = (n: Node) => transient.has(n);
    for (const r of records) {
      if (isOwnNode(r.target)) continue;
      // Sourcelight's own nodes, or nodes added and taken out again: nothing changed
      if (r.type === 'childList') {
        const { addedNodes: added, removedNodes: removed } = r;
        if (every(added, isOwnNode) && every(removed, isOwnNode)) continue;
        if (every(added, isTransient) && every(removed, isTransient)) continue;
      }
      if (r.type === 'attributes' && r.attributeName !== 'aria-hidden') {
        // Style may have changed: checked in the next frame, before any scan.
        this.mark(r.target as Element);
        // `hidden` inside the article is read by the text map itself: a scan, as before.
        if (r.attributeName !== 'hidden') continue;
      }
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
    if (this.styleFrame) this.opts.doc.defaultView?.cancelAnimationFrame(this.styleFrame);
    this.styleFrame = 0;
    this.marked.clear();
    this.hiddenSince.clear();
    this.abort.abort();
  }
}
