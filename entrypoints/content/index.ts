// Thin entry: the loader (lib/page/loader.ts) runs on every page and brings in
// page-main.js (the analyser and the painter) only where the page is switched
// on. It speaks to the extension through `chrome.*` (the same object in both
// browsers' content scripts): the polyfill's wrappers cost every page time.
import type { Message } from '../../lib/messages';
import { PageContext, watchUrl } from '../../lib/page/context';
import { createLogger, guard } from '../../lib/page/guard';
import { Loader } from '../../lib/page/loader';
import { importPageMain } from '../../lib/page/main-handoff';
import { readStoredChoices } from '../../lib/page/stored-choices';
// The ::highlight() rules, injected by the manifest before the page is parsed.
import './highlights.css';

type Listener = (m: unknown, sender: unknown, reply: (r?: unknown) => void) => boolean;
declare const chrome: {
  runtime: {
    sendMessage(m: unknown): Promise<unknown> | undefined;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
};

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context is a stub in this build (wxt.config.ts): ours is lighter.
  main() {
    try {
      const ctx = new PageContext();
      const log = createLogger();
      const loader = new Loader({
        ctx,
        doc: document,
        readChoices: readStoredChoices,
        loadMain: importPageMain,
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
      ctx.onInvalidated(() => loader.dispose());
      // Single-page navigation (the analyser's observer only runs while on).
      watchUrl(ctx, (url) => guard(log, 'location change', () => loader.onUrlChange(url)));
      loader.start().catch((e: unknown) => log(e, 'start'));
    } catch (e) {
      // Never throw into the page.
      console.error('[Sourcelight] could not start:', e instanceof Error ? e.message : e);
    }
  },
});
