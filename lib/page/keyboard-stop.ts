// One Tab stop at the start of the article: "Sourcelight: 7 attributions.
// Enter goes to the first". The badges live in the overlay at the end of the
// document, so without it a reader reaches them after every link of the page
// (180 Tab presses on a real news page). A skip link: invisible until it has
// focus, out of the page's flow (absolutely positioned, no size), in a shadow
// root of its own so the page's styles cannot reach it.

export const STOP_TAG = 'sourcelight-stop';

const STOP_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
}
button {
  all: initial;
  position: absolute;
  left: 0;
  bottom: 4px;
  box-sizing: border-box;
  white-space: nowrap;
  padding: 6px 10px;
  border-radius: 8px;
  background: #1f2328;
  color: #f6f8fa;
  font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  box-shadow: 0 4px 12px rgba(0, 0, 0, 0.35);
  outline: 2px solid #58a6ff;
  outline-offset: 2px;
  cursor: pointer;
}
button:not(:focus) {
  width: 1px;
  height: 1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  box-shadow: none;
  outline: none;
}
`;

/** Elements that hold an article's blocks; the stop goes just before one of these. */
const CONTAINERS = new Set(['article', 'main', 'section', 'div', 'body']);

/**
 * Where the article starts: the nearest container around both the first and
 * the last attribution (their common ancestor, out of any paragraph, list or
 * inline element). The stop goes just before it; before the body's first
 * child when that container is the body.
 */
export function articleStart(
  first: Node,
  last: Node,
): { parent: Node; before: Node | null } | null {
  let c: Node | null = first;
  while (c && !c.contains(last)) c = c.parentNode;
  while (c && !(c.nodeType === 1 && CONTAINERS.has((c as Element).localName))) c = c.parentNode;
  if (!c) return null;
  const el = c as Element;
  if (el.localName === 'body' || !el.parentNode || el.parentNode.nodeType !== 1) {
    return { parent: el, before: el.firstChild };
  }
  return { parent: el.parentNode, before: el };
}

export class KeyboardStop {
  private host: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(
    private readonly doc: Document,
    /** Enter (or Alt+Shift+N, where the browser does not take it first) on the stop. */
    private readonly onEnter: () => void,
  ) {}

  /** The stop's button (tests, and Escape from a badge goes back to it). */
  get element(): HTMLButtonElement | null {
    return this.host?.isConnected ? this.button : null;
  }

  /** Shows the stop for `count` badges just before the article; none when there is none. */
  update(count: number, first: Node | null, last: Node | null): void {
    const spot = count > 0 && first && last ? articleStart(first, last) : null;
    if (!spot) {
      this.remove();
      return;
    }
    const host = this.host ?? this.make();
    if (!host) return;
    const label = `Sourcelight: ${count} ${count === 1 ? 'attribution' : 'attributions'}. Press Enter to go to the first, Alt+Shift+N for the next.`;
    if (this.button && this.button.textContent !== label) this.button.textContent = label;
    if (host.parentNode !== spot.parent || host.nextSibling !== spot.before) {
      try {
        spot.parent.insertBefore(host, spot.before);
      } catch {
        this.remove(); // a node that takes no children: go without the stop
      }
    }
  }

  focus(): boolean {
    const b = this.element;
    if (!b) return false;
    b.focus({ preventScroll: false });
    return true;
  }

  remove(): void {
    this.host?.remove();
  }

  private make(): HTMLElement | null {
    try {
      const host = this.doc.createElement(STOP_TAG);
      host.setAttribute('data-sourcelight', 'stop');
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = STOP_CSS;
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        this.onEnter();
      });
      button.addEventListener('keydown', (e) => {
        if (e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n' || e.code === 'KeyN')) {
          e.preventDefault();
          e.stopPropagation();
          this.onEnter();
        }
      });
      root.append(style, button);
      this.host = host;
      this.button = button;
      return host;
    } catch {
      return null; // the page defined our tag as an element of its own
    }
  }
}
