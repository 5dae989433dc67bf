// Sabotage of the page's own globals, shared by the Chromium and Firefox
// tiers: each script runs in the page's world, in <head>, before the content
// script, and must not reach it.

const THROWER = 'function () { throw new Error("broken by the page"); }';

/** Sabotage run in the page's own world, in <head>, before the content script. */
export const BREAK_JS: Record<string, string> = {
  'Array.prototype methods, Array.from, Object.keys, JSON, String and RegExp methods throw': `
    var t = ${THROWER};
    var names = ['map','forEach','push','pop','shift','unshift','filter','reduce','slice','splice',
      'indexOf','includes','join','concat','sort','some','every','find','findIndex','flat','flatMap','fill','at'];
    for (var i = 0; i < names.length; i++) Array.prototype[names[i]] = t;
    Array.from = t; Array.isArray = t; Object.keys = t; Object.entries = t; Object.assign = t;
    JSON.stringify = t; JSON.parse = t;
    String.prototype.slice = t; String.prototype.trim = t; String.prototype.replace = t;
    String.prototype.split = t; String.prototype.toLowerCase = t;
    RegExp.prototype.exec = t; RegExp.prototype.test = t;
    Math.min = t; Math.max = t;
    window.Map = t; window.Set = t; window.WeakMap = t; window.Promise = undefined;`,
  'Node, Element, Document, Range and EventTarget methods throw': `
    var t = ${THROWER};
    ['appendChild','insertBefore','removeChild','replaceChild','contains','cloneNode'].forEach(function (n) { Node.prototype[n] = t; });
    ['append','prepend','remove','attachShadow','getClientRects','getBoundingClientRect','setAttribute',
     'getAttribute','hasAttribute','closest','matches','querySelector','querySelectorAll','checkVisibility'].forEach(function (n) { Element.prototype[n] = t; });
    ['createElement','createTextNode','createRange','createTreeWalker','querySelector','querySelectorAll'].forEach(function (n) { Document.prototype[n] = t; });
    Range.prototype.getClientRects = t; Range.prototype.setStart = t; Range.prototype.setEnd = t;
    EventTarget.prototype.addEventListener = t; EventTarget.prototype.dispatchEvent = t;
    Object.defineProperty(Node.prototype, 'textContent', { get: t, set: t, configurable: true });
    Object.defineProperty(Node.prototype, 'parentNode', { get: t, configurable: true });
    Object.defineProperty(Element.prototype, 'shadowRoot', { get: t, configurable: true });
    Object.defineProperty(HTMLElement.prototype, 'hidden', { get: t, configurable: true });`,
  'window.CSS, Highlight, timers, requestAnimationFrame, scheduler and performance are gone': `
    var t = ${THROWER};
    window.CSS = undefined; window.Highlight = undefined; window.HighlightRegistry = undefined;
    window.requestAnimationFrame = undefined; window.cancelAnimationFrame = undefined;
    window.requestIdleCallback = undefined; window.setTimeout = t; window.clearTimeout = t;
    window.queueMicrotask = t;
    window.scheduler = { yield: t, postTask: t };
    window.performance = undefined;
    window.getComputedStyle = t; window.matchMedia = t;`,
  'MutationObserver, ResizeObserver and IntersectionObserver are undefined': `
    window.MutationObserver = undefined; window.ResizeObserver = undefined;
    window.IntersectionObserver = undefined; window.WebKitMutationObserver = undefined;`,
  'MutationObserver and ResizeObserver constructors throw': `
    var t = ${THROWER};
    window.MutationObserver = t; window.ResizeObserver = t; window.IntersectionObserver = t;
    MutationObserver.prototype = { observe: t, disconnect: t };`,
};
