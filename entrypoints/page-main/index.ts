// The analyser and the painter: lib/page's controller and lib/sourcing. Not a
// content script of its own: the loader (entrypoints/content) imports it,
// web-accessible, only on pages that are switched on.
import { startPage } from '../../lib/page/content';
import { registerPageMain } from '../../lib/page/main-handoff';
import { analyze, prepare, summarize } from '../../lib/sourcing';

export default defineUnlistedScript(() => {
  registerPageMain({
    start: (ctx, host, initial) => startPage(ctx, { analyze, prepare, summarize }, host, initial),
  });
});
