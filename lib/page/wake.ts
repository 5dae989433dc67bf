// Waking a quiet page. On a page with no news signal the loader runs quietly:
// it touches no extension API, so it has no message listener and reads no
// settings. The first touch of `chrome.*` costs a page about 3 ms, because the
// browser builds the extension's bindings for the content script's world
// (docs/performance.md, "Start-up taken apart"). When the reader asks for
// the page (popup, keyboard shortcut, menu) or has chosen it ("always on
// this site", "on for this page"), an extension page or the background
// wakes the loader. It injects `wakeLoader` into the content script's world,
// where the loader left its handle under a symbol the page cannot see.

/** The symbol's key; `wakeLoader` spells it out, since it runs alone (a unit test ties the two). */
export const LOADER_KEY = 'sourcelight.loader';

/** What the loader leaves in its world for a waker. */
export interface LoaderHandle {
  /** Starts the loader proper (listener, settings, decision) once; true once it listens. */
  wake(): Promise<boolean>;
}

type Registry = Record<symbol, LoaderHandle | undefined>;

/** Leaves the loader's handle in the content script's world. */
export function registerLoader(handle: LoaderHandle, world: object = globalThis): void {
  (world as Registry)[Symbol.for(LOADER_KEY)] = handle;
}

/** The handle of a loader already running in this world, if any. */
export function runningLoader(world: object = globalThis): LoaderHandle | undefined {
  return (world as Registry)[Symbol.for(LOADER_KEY)];
}

/**
 * Runs in the tab, in the content script's world, through
 * `scripting.executeScript({ func })`, which waits for the promise. It is
 * sent as source text, so it must not refer to anything outside itself.
 * True once a loader was there and listens.
 */
export function wakeLoader(): Promise<boolean> {
  try {
    const handle = (globalThis as unknown as Record<symbol, { wake?: () => unknown } | undefined>)[
      Symbol.for('sourcelight.loader')
    ];
    if (!handle || typeof handle.wake !== 'function') return Promise.resolve(false);
    return Promise.resolve(handle.wake()).then(
      (on) => on === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** The slice of `scripting` a waker needs (injectable for tests). */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number };
    func: () => Promise<boolean>;
  }): Promise<{ result?: unknown }[] | undefined>;
}

/**
 * Wakes the loader in a tab's top frame. False when there is none: a page
 * the extension cannot script (browser pages, the store) or one opened
 * before the extension was installed. Never rejects.
 */
export async function wakeTab(
  scripting: ScriptingApi | undefined,
  tabId: number,
): Promise<boolean> {
  if (!scripting) return false;
  try {
    const results = await scripting.executeScript({ target: { tabId }, func: wakeLoader });
    return results?.[0]?.result === true;
  } catch {
    return false;
  }
}

/**
 * Sends through `send`; where nothing answers, wakes the tab's loader and
 * sends once more. Rejects as `send` does when the tab still has no loader.
 */
export async function sendWaking<T>(
  send: () => Promise<T>,
  wake: () => Promise<boolean>,
): Promise<T> {
  try {
    return await send();
  } catch (e) {
    if (!(await wake())) throw e;
    return send();
  }
}
