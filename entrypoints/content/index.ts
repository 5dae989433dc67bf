// Thin entry: the loader (lib/page/loader.ts) runs on every page and brings in
// page-main.js (the analyser and the painter) only where the page is switched on.
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messages';
import { createLogger, guard } from '../../lib/page/guard';
import { Loader } from '../../lib/page/loader';
import { importPageMain } from '../../lib/page/main-handoff';
import { pageSettings } from '../../lib/page/page-settings';
// The ::highlight() rules, injected by the manifest before the page is parsed.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      const log = createLogger();
      const loader = new Loader({
        ctx,
        doc: document,
        settings: pageSettings,
        // An extension resource: no network request leaves the browser.
        loadMain: importPageMain,
        report: (report) => {
          if (ctx.isInvalid) return;
          const message: Message = { type: 'sourcelight:report', report };
          // No listener (background asleep or being updated) is not an error for the page.
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
        listen: (handler) => {
          browser.runtime.onMessage.addListener(handler);
          return () => browser.runtime.onMessage.removeListener(handler);
        },
        log,
      });
      ctx.onInvalidated(() => loader.dispose());
      // Single-page navigation (the analyser's observer only runs while on).
      ctx.addEventListener(window, 'wxt:locationchange', (e) =>
        guard(log, 'location change', () => loader.onUrlChange(String(e.newUrl))),
      );
      void guard(log, 'start', () => loader.start());
    } catch (e) {
      // Never throw into the page.
      console.error('[Sourcelight] could not start:', e instanceof Error ? e.message : e);
    }
  },
});
