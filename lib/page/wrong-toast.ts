// The confirmation after "This badge is wrong": where the badge was, "Marked
// as wrong: this badge is hidden on this page" with Undo and a close button,
// announced through a status region. It goes by itself after a while unless
// the pointer or focus is on it; Undo stays possible later from the options
// page (its list of badges marked as wrong), so nothing is lost when it goes.

/** How long the confirmation stays when the reader is elsewhere. */
const STAY_MS = 10_000;

export const TOAST_CSS = `
.toast {
  all: initial;
  position: absolute;
  z-index: 4;
  box-sizing: border-box;
  pointer-events: auto;
  display: flex;
  align-items: center;
  gap: 8px;
  max-width: min(360px, calc(100vw - 16px));
  padding: 6px 6px 6px 10px;
  border-radius: 8px;
  border: 1px solid rgba(255, 255, 255, 0.18);
  background: #1f2328;
  color: #f6f8fa;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.35);
}
.toast[hidden] { display: none; }
.toast button {
  all: initial;
  flex: none;
  padding: 3px 8px;
  border-radius: 6px;
  border: 1px solid #8c959f;
  color: #f6f8fa;
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  cursor: pointer;
}
.toast button.undo { background: #0b57d0; border-color: #8ab4f8; }
.toast button:hover { filter: brightness(1.15); }
.toast button:focus-visible { outline: 2px solid #58a6ff; outline-offset: 2px; }
.live {
  all: initial;
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;

export class WrongToast {
  readonly element: HTMLElement;
  readonly undoButton: HTMLButtonElement;
  readonly closeButton: HTMLButtonElement;
  /** The status region that announces the confirmation (always present, so it is heard). */
  readonly live: HTMLElement;
  /** The badge that got focus when the toast opened: Shift+Tab there reaches Undo. */
  returnTo: HTMLElement | null = null;
  private undo: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, container: HTMLElement) {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = '') => {
      const e = doc.createElement(tag);
      e.className = cls;
      if (text) e.textContent = text;
      return e;
    };
    this.live = make('div', 'live');
    this.live.setAttribute('role', 'status');
    this.element = make('div', 'toast');
    this.element.hidden = true;
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', 'Sourcelight');
    this.undoButton = make('button', 'undo', 'Undo');
    this.undoButton.type = 'button';
    this.closeButton = make('button', 'close', '×');
    this.closeButton.type = 'button';
    this.closeButton.setAttribute('aria-label', 'Close');
    this.element.append(make('span', 'msg'), this.undoButton, this.closeButton);
    container.append(this.live, this.element);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  /**
   * Shows the confirmation at (x, y), overlay coordinates, kept within
   * [left, right]; `undo` takes the report back (no Undo button without it).
   */
  show(at: { x: number; y: number; left: number; right: number }, undo?: () => void): void {
    this.undo = undo ?? null;
    const msg = this.element.querySelector('.msg')!;
    msg.textContent = undo
      ? 'Marked as wrong: this badge is hidden on this page.'
      : 'Marked as wrong: this badge is hidden on this page. Settings lists it.';
    this.undoButton.hidden = !undo;
    this.element.hidden = false;
    const w = this.element.offsetWidth;
    const x = Math.max(at.left + 8, Math.min(at.x, at.right - w - 8));
    this.element.style.left = `${Math.round(x)}px`;
    this.element.style.top = `${Math.round(at.y)}px`;
    // Announce afresh, even when the same words are already in the region.
    this.live.textContent = '';
    this.live.textContent = undo
      ? 'Marked as wrong: the badge is hidden. Undo is before the next badge: press Shift+Tab.'
      : 'Marked as wrong: the badge is hidden.';
    this.arm();
  }

  /** Runs the undo (once) and closes. */
  runUndo(): boolean {
    const undo = this.undo;
    this.hide();
    if (!undo) return false;
    undo();
    this.live.textContent = 'Badge restored.';
    return true;
  }

  hide(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.undo = null;
    this.returnTo = null;
    this.element.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.element.remove();
    this.live.remove();
  }

  /** Goes after STAY_MS, later while the reader is on it. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const root = this.element.getRootNode() as ShadowRoot | Document;
      const active = root.activeElement;
      if ((active && this.element.contains(active)) || this.element.matches(':hover')) this.arm();
      else this.hide();
    }, STAY_MS);
  }
}
