// Stands in for WXT's ContentScriptContext in the content script's build
// (wxt.config.ts points `wxt/utils/content-script-context` here). WXT's entry
// wrapper builds one before it calls `main`, and its constructor alone (events
// to the page and to older copies, reading `runtime.id`) cost every page load
// about a millisecond. The loader brings its own: lib/page/context.ts.
export class ContentScriptContext {}
