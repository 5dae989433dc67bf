// The analyser and the painter: lib/page's controller, lib/settings and
// lib/sourcing. Not a content script of its own: the loader
// (entrypoints/content) imports it, web-accessible, only on pages that are
// switched on, and sends it the popup's messages.
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messages';
import { startPage } from '../../lib/page/content';
import { registerPageMain } from '../../lib/page/main-handoff';
import { pageSettings } from '../../lib/page/page-settings';
import { analyze, prepare, summarize } from '../../lib/sourcing';

export default defineUnlistedScript(() => {
  registerPageMain({
    start: (ctx, log, initial) =>
      startPage(
        ctx,
        { analyze, prepare, summarize },
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
      ),
  });
});
