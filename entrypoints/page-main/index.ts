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
import type { AnalyzeOptions } from '../../lib/sourcing/types';
import { analysisClient } from '../../lib/page/analysis-client';

export default defineUnlistedScript(() => {
  const main: PageMainModule = {
    startLoader: (ctx, log, isNews, stored) => startLoader(main, ctx, log, isNews, stored),
    start: (ctx, log, initial) => {
      // The analysis, in the background (lib/page/analysis-client.ts); the
      // page's own analyzer and model only where the background does not
      // answer. The background is woken now, while the page settles: the
      // first analysis waits for it (prepare).
      let model: TaggerModel | null = null;
      const here = (text: string, options?: AnalyzeOptions) =>
        analyze(text, model ? { ...options, model } : options);
      const client = analysisClient({
        send: (pieces) =>
          browser.runtime.sendMessage({ type: 'sourcelight:analyze', pieces } satisfies Message),
        local: async () => {
          prepare();
          // the URL made inside fetchModel's guard: getURL throws once the
          // extension is gone
          model = await fetchModel(
            MODEL_PATH,
            (line) => log(line, 'learned model'),
            () => fetch(browser.runtime.getURL(MODEL_PATH)),
          );
          // the analyzer's code compiled in a task of its own, apart from
          // the model's decode and the page's first analysis
          await yieldToMain();
          warmUp(model ? { model } : undefined);
          return here;
        },
        log: (line) => log(line, 'analysis'),
        gone: () => ctx.isInvalid,
      });
      const ready = client.prepare();
      return startPage(
        ctx,
        { analyze: here, prepare: () => ready, batch: client.batch, summarize },
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
