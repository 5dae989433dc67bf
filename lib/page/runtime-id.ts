// What WXT's content-script helpers (ContentScriptContext and its custom
// events) take from `wxt/browser`: `runtime.id`, to name their events and to
// notice that the extension was reloaded. wxt.config.ts hands them this
// instead of webextension-polyfill, whose set-up cost every page load about
// a millisecond and a half though the loader never uses it.
declare const chrome: { runtime?: { id?: string } } | undefined;

export const browser = {
  get runtime(): { id?: string } | undefined {
    try {
      return chrome?.runtime;
    } catch {
      return undefined; // the extension context is gone
    }
  },
};
