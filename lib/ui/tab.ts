// Talking to the content script of one tab, typed by lib/messages.
import { browser } from 'wxt/browser';
import type { Message, Replies } from '../messages';
import { sendWaking, wakeTab, type ScriptingApi } from '../page/wake';

export type Reply<M extends Message> = Replies[M['type']];

/**
 * Wakes a quiet page first where nothing answers (lib/page/wake.ts). Rejects
 * when the tab has no content script (chrome://, the store, opened before install).
 */
export async function sendToTab<M extends Message>(tabId: number, message: M): Promise<Reply<M>> {
  return sendWaking(
    async () => (await browser.tabs.sendMessage(tabId, message)) as Reply<M>,
    () => wakeTab(browser.scripting as unknown as ScriptingApi, tabId),
  );
}

export interface TargetTab {
  id: number;
  url?: string;
}

/**
 * The tab the popup speaks to: `?tab=<id>` (used by the tests, which open the
 * popup page in a tab of its own), else the active tab of the current window.
 */
export async function resolveTab(search: string = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return null;
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}
