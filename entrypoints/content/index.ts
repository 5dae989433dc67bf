// Thin entry: the page logic lives in lib/page (controller, painter, observer).
import { startContent } from '../../lib/page/content';
import { analyze, prepare, summarize } from '../../lib/sourcing';
// The ::highlight() rules, injected by the manifest before the page is parsed.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      startContent(ctx, { analyze, prepare, summarize });
    } catch (e) {
      // Never throw into the page.
      console.error('[Sourcelight] could not start:', e instanceof Error ? e.message : e);
    }
  },
});
