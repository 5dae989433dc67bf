// Thin entry, on every page: the news signals are read; a page with news
// imports page-main.js (the loader proper, the analyser and the painter), and
// any other page stays quiet until the reader wakes it
// (lib/page/quiet-start.ts, lib/page/wake.ts). A quiet page touches no
// extension API: the first touch costs every page load milliseconds.
import { PageContext, watchUrl } from '../../lib/page/context';
import { createLogger, guard } from '../../lib/page/guard';
import { importPageMain } from '../../lib/page/main-handoff';
import { QuietStart } from '../../lib/page/quiet-start';
import { readStoredRaw } from '../../lib/page/stored-choices';
import { registerLoader, runningLoader } from '../../lib/page/wake';
// The ::highlight() rules, injected by the manifest before the page is parsed.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context is a stub in this build (wxt.config.ts): ours is lighter.
  main() {
    try {
      // Run twice in one world: the first one stays.
      if (runningLoader()) return;
      const ctx = new PageContext();
      const log = createLogger();
      const start = new QuietStart({
        ctx,
        doc: document,
        log,
        importMain: importPageMain,
        readStored: readStoredRaw,
      });
      registerLoader(start);
      ctx.onInvalidated(() => start.dispose());
      // Single-page navigation (the analyser's observer only runs while on).
      watchUrl(ctx, (url) => guard(log, 'location change', () => start.onUrlChange(url)));
      start.start();
    } catch (e) {
      // Never throw into the page.
      console.error('[Sourcelight] could not start:', e instanceof Error ? e.message : e);
    }
  },
});
