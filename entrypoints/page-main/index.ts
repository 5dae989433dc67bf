// The loader proper, the analyser and the painter: lib/page's loader and
// controller, lib/settings and lib/sourcing. Not a content script of its own:
// the content script (entrypoints/content) imports it, web-accessible, on a
// page with news or one the reader woke (lib/page/quiet-start.ts); the loader
// starts the analyser where the page is switched on.
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messages';
import { startPage } from '../../lib/page/content';
import { startLoader } from '../../lib/page/loader-start';
import { registerPageMain, type PageMainModule } from '../../lib/page/main-handoff';
import { pageSettings } from '../../lib/page/page-settings';
import { fetchModel, MODEL_PATH } from '../../lib/page/learned-model';
import { yieldToMain } from '../../lib/page/schedule';
import { analyze, prepare, summarize } from '../../lib/sourcing';
import { warmUp } from '../../lib/sourcing/warm-up';
import type { TaggerModel } from '../../lib/sourcing/learned';

export default defineUnlistedScript(() => {
  const main: PageMainModule = {
    startLoader: (ctx, log, isNews, stored) => startLoader(main, ctx, log, isNews, stored),
    start: (ctx, log, initial) => {
      // The learned tagger, read while the page settles: the first analysis
      // waits for it (prepare), so what the reader sees is what the CLI says.
      let model: TaggerModel | null = null;
      const loading = fetchModel(browser.runtime.getURL(MODEL_PATH), (line) =>
        log(line, 'learned model'),
      ).then((m) => {
        model = m;
      });
      return startPage(
        ctx,
        {
          analyze: (text, options) => analyze(text, model ? { ...options, model } : options),
          prepare: async () => {
            prepare();
            await loading;
            // the analyzer's code compiled in a task of its own, apart from
            // the model's decode and the page's first analysis
            await yieldToMain();
            warmUp(model ? { model } : undefined);
          },
          summarize,
        },
        {
          settings: pageSettings,
          report: (report) => {
            const message: Message = { type: 'sourcelight:report', report };
            // No listener (background asleep or being updated) is not an error for the page.
            browser.runtime.sendMessage(message).catch(() => undefined);
          },
          log,
        },
        initial,
      );
    },
  };
  registerPageMain(main);
});
