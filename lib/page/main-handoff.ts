// How page-main.js reaches the loader. The module is built by WXT as an
// unlisted script (an IIFE with no exports), so when the loader imports it,
// it leaves its entry point on the content script's own global: the isolated
// world in Chromium, the content script's sandbox in Firefox. The page's
// scripts see neither.
import type { PageContext } from './context';
import type { createLogger } from './guard';
import type { PageMain } from './loader';
import type { StartedLoader } from './loader-start';

/** What page-main.js registers: the analyser's start, and the loader proper's. */
export interface PageMainModule extends PageMain {
  startLoader(
    ctx: PageContext,
    log: ReturnType<typeof createLogger>,
    isNews: boolean | undefined,
    stored?: Promise<Record<string, unknown>>,
  ): StartedLoader;
}

/** The web-accessible module (entrypoints/page-main). */
export const PAGE_MAIN_PATH = '/page-main.js' as const;
const KEY = '__sourcelightPageMain';

type Holder = { [KEY]?: PageMainModule };

export function registerPageMain(main: PageMainModule): void {
  (globalThis as Holder)[KEY] = main;
}

/** The extension API's own global in both browsers (not renamed by the minifier). */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Imports page-main.js from the extension and returns what it registered. */
export async function importPageMain(): Promise<PageMainModule> {
  const holder = globalThis as Holder;
  // Written as `import(chrome.runtime.getURL(...))` in the bundle: the form
  // Firefox's add-on linter accepts as loading the extension's own file.
  if (!holder[KEY]) await import(/* @vite-ignore */ chrome.runtime.getURL(PAGE_MAIN_PATH));
  const main = holder[KEY];
  if (!main || typeof main.start !== 'function' || typeof main.startLoader !== 'function') {
    throw new Error('page-main.js registered nothing');
  }
  return main;
}
