// The content script's own context, in place of WXT's ContentScriptContext
// (whose set-up, a location watcher, events to the page and to older copies
// of the script, cost every page load about 2 ms): it tells when the
// extension was reloaded or removed under a running page, and watches the
// page's URL for single-page navigation. Nothing here may throw into the page.

/** The extension API's own global in both browsers. */
declare const chrome: { runtime?: { id?: string } } | undefined;

/** True while the extension that injected this script is still there. */
function extensionAlive(): boolean {
  try {
    // Chrome leaves an orphaned script running with `runtime.id` gone.
    return !!chrome?.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Whether the extension is still there, asked where it matters (before a
 * report, on a navigation). On the first "no", the invalidation callbacks
 * run once: the page takes its badges away and stops listening.
 */
export class PageContext {
  private invalid = false;
  private readonly callbacks: (() => void)[] = [];

  constructor(private readonly alive: () => boolean = extensionAlive) {}

  get isInvalid(): boolean {
    if (!this.invalid && !this.alive()) this.invalidate();
    return this.invalid;
  }

  onInvalidated(fn: () => void): void {
    if (this.invalid) fn();
    else this.callbacks.push(fn);
  }

  private invalidate(): void {
    this.invalid = true;
    for (const fn of this.callbacks.splice(0)) {
      try {
        fn();
      } catch {
        // one failing clean-up must not stop the others
      }
    }
  }
}

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', fn: () => void): void;
  removeEventListener(type: 'navigatesuccess', fn: () => void): void;
}

/** How often Firefox (no Navigation API before version 147) looks at the URL. */
const POLL_MS = 1000;

/**
 * Calls `onChange` with the new URL after a single-page navigation
 * (pushState, replaceState, back and forward, a fragment), until the context
 * is invalidated. Chromium's Navigation API tells once the new URL is in
 * place (not for a load of another document, which ends this script) and
 * costs nothing until then; elsewhere the URL is compared once a second.
 */
export function watchUrl(
  ctx: PageContext,
  onChange: (url: string) => void,
  win: Window & { navigation?: NavigationLike } = window,
): void {
  let last = win.location.href;
  const check = () => {
    const url = win.location.href;
    if (url === last || ctx.isInvalid) return;
    last = url;
    onChange(url);
  };
  const nav = win.navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', check);
    ctx.onInvalidated(() => nav.removeEventListener('navigatesuccess', check));
    return;
  }
  const timer = win.setInterval(check, POLL_MS);
  ctx.onInvalidated(() => win.clearInterval(timer));
}
