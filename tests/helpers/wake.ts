// The tests reach a page's content script as the popup does: a quiet page
// (no news signal) answers only once its loader is woken (lib/page/wake.ts).
import { wakeLoader } from '../../lib/page/wake';

/**
 * Source of `(tabId) => Promise<boolean>`, for evaluation in an extension
 * context whose API global is `api`: it injects the shipped `wakeLoader` into
 * the tab, as lib/ui/tab.ts does. Source text, since the worker's evaluate
 * sends functions as text and `wakeLoader` must travel inside it.
 */
export function wakeSource(api: 'chrome' | 'browser'): string {
  return `((tabId) => ${api}.scripting
    .executeScript({ target: { tabId }, func: ${wakeLoader.toString()} })
    .then((r) => !!r && !!r[0] && r[0].result === true, () => false))`;
}

/**
 * Source of `(url) => Promise<number | null>`: the id of the tab whose
 * content script reports `url`, waking the tab showing `url` if it is quiet.
 */
export function findTabSource(api: 'chrome' | 'browser'): string {
  return `(async (url) => {
    const wake = ${wakeSource(api)};
    const ask = (id) =>
      ${api}.tabs.sendMessage(id, { type: 'sourcelight:get-state' }, { frameId: 0 }).catch(() => null);
    for (const tab of await ${api}.tabs.query({})) {
      if (tab.id === undefined) continue;
      let state = await ask(tab.id);
      if (!state && tab.url === url && (await wake(tab.id))) state = await ask(tab.id);
      if (state && state.url === url) return tab.id;
    }
    return null;
  })`;
}
