import { browser } from 'wxt/browser';
import { registerBackground, type BackgroundApi } from '../lib/background';
import { createAnalysisService } from '../lib/background/analysis';
import { fetchModel, MODEL_PATH } from '../lib/page/learned-model';
import type { Message } from '../lib/messages';
import { readingRecord } from '../lib/record/item';
import { createRecorder } from '../lib/record/recorder';
import { getSettings } from '../lib/settings';

export default defineBackground(() => {
  // The reader's record (off unless switched on in the options).
  const recorder = createRecorder({
    store: readingRecord,
    isOn: async () => (await getSettings()).recordReading,
    getState: (tabId) =>
      browser.tabs.sendMessage(tabId, { type: 'sourcelight:get-state' } satisfies Message),
  });
  // Synchronous, first thing: an event that woke the worker must find its listener.
  // Every tab's analysis (lib/page/analysis-client.ts), with the model read
  // from the extension's own file at the first request.
  const analysis = createAnalysisService(() =>
    fetchModel(browser.runtime.getURL(MODEL_PATH), (line) => console.warn(`sourcelight: ${line}`)),
  );
  registerBackground(
    browser as unknown as BackgroundApi,
    (tabId, report, tab) => {
      void recorder.onReport(tabId, report, tab).catch(() => undefined);
    },
    analysis,
  );
  // A page loaded afresh is read again: record it even with the same figures.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') recorder.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => recorder.forget(tabId));
});
