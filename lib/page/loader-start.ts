// The loader proper, started from page-main.js on a page with news or one the
// reader woke (lib/page/quiet-start.ts): it speaks to the extension through
// `chrome.*` (the same object in both browsers' content scripts: the
// polyfill's wrappers would cost the page time), answers the popup, reads the
// reader's choices and starts the analyser where the page is switched on.
import type { Message } from '../messages';
import type { PageContext } from './context';
import type { createLogger } from './guard';
import { Loader, type PageMain } from './loader';
import { choicesFrom, readStoredChoices } from './stored-choices';

type Listener = (m: unknown, sender: unknown, reply: (r?: unknown) => void) => boolean;
declare const chrome: {
  runtime: {
    sendMessage(m: unknown): Promise<unknown> | undefined;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
};

/** What the quiet start keeps of a started loader. */
export interface StartedLoader {
  onUrlChange(url: string): void;
  dispose(): void;
}

/**
 * Starts the loader. `isNews`: where the quiet start read the signals already;
 * `stored`: the storage read it started beside the import of this file, which
 * the first decision takes in place of a read of its own.
 */
export function startLoader(
  main: PageMain,
  ctx: PageContext,
  log: ReturnType<typeof createLogger>,
  isNews: boolean | undefined,
  stored?: Promise<Record<string, unknown>>,
): StartedLoader {
  let early = stored;
  const loader = new Loader({
    ctx,
    doc: document,
    readChoices: (url) => {
      const raw = early;
      early = undefined;
      return raw ? raw.then((r) => choicesFrom(r, url)) : readStoredChoices(url);
    },
    loadMain: () => Promise.resolve(main),
    report: (report) => {
      if (ctx.isInvalid) return;
      const message: Message = { type: 'sourcelight:report', report };
      // No listener (background asleep or being updated) is not an error for the page.
      Promise.resolve(chrome.runtime.sendMessage(message)).catch(() => undefined);
    },
    listen: (handler) => {
      // A reply through sendResponse (return true keeps the channel open):
      // the form both browsers take without the polyfill.
      const listener: Listener = (m, _sender, reply) => {
        const out = handler(m);
        if (!out) return false;
        out.then(reply, (e: unknown) => {
          log(e, 'message');
          reply(undefined);
        });
        return true;
      };
      chrome.runtime.onMessage.addListener(listener);
      return () => chrome.runtime.onMessage.removeListener(listener);
    },
    log,
  });
  loader.start(isNews).catch((e: unknown) => log(e, 'start'));
  return loader;
}
