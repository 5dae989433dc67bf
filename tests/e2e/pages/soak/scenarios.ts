// Pages for the soak tests (issue 23, "hours on a live page"), shared by the
// Chromium and Firefox tiers: a live blog, an infinite scroll and a
// single-page app, each driven from the test through `window.__soak` in the
// page's own world. All text is generated (tests/e2e/pages/hostile/generate.ts);
// every change makes text never seen before, as hours of a real page would.
//
// In-page code is strings, not functions: the test compiler may add helpers
// (a function-naming shim) that the page does not have.
import { articlePage, attributionSentence, plainSentence } from '../hostile/generate';
import { expectedAttributions } from '../hostile/harness';

/** Sentences the pages draw from: enough variety that templates repeat rarely. */
const SOURCED = Array.from({ length: 96 }, (_, i) => attributionSentence(i));
const PLAIN = Array.from({ length: 24 }, (_, i) => plainSentence(i));

/** Entries a live blog keeps on the page (older ones go, as "load more" pages do). */
export const LIVE_BLOG_CAP = 30;
/** Articles an infinite scroll keeps on the page (older ones are removed, as real sites do). */
export const SCROLL_KEEP = 4;
/** Paragraphs of each article in the infinite scroll and the single-page app. */
export const ARTICLE_PARAGRAPHS = 6;

/**
 * What every page shares: a seeded random number generator (the same run each
 * time), the sentence pools and a paragraph maker whose text is unique.
 */
const COMMON = `
  var SOURCED = ${JSON.stringify(SOURCED)};
  var PLAIN = ${JSON.stringify(PLAIN)};
  var seed = 12345;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  function clock(n) {
    var m = n % 1440;
    return String(100 + Math.floor(m / 60)).slice(1) + ':' + String(100 + (m % 60)).slice(1);
  }
  /** A paragraph: a time stamp in its own element, then one sourced and one plain sentence. */
  function para(n) {
    var p = document.createElement('p');
    var b = document.createElement('b');
    b.textContent = clock(n) + ' ';
    p.appendChild(b);
    p.appendChild(document.createTextNode('Update ' + n + '. ' + SOURCED[rnd(SOURCED.length)] +
      ' ' + PLAIN[rnd(PLAIN.length)]));
    return p;
  }
  /** The texts of the paragraphs on the page now (what the badges should follow). */
  function texts(root) {
    return Array.prototype.map.call(root.querySelectorAll('p'), function (p) { return p.textContent; });
  }
`;

/**
 * A live blog: each change either posts a new entry at the top (the oldest
 * goes past LIVE_BLOG_CAP) or rewrites an entry in place, with new nodes, as
 * a re-rendering framework does.
 */
export function liveBlogPage(): string {
  const script = `<script>
(function () {
  ${COMMON}
  var art = document.querySelector('article');
  var heading = art.querySelector('h1');
  var n = 0;
  for (; n < ${LIVE_BLOG_CAP}; n++) art.insertBefore(para(n), heading.nextSibling);
  var soak = { changes: 0 };
  soak.change = function (k) {
    for (var i = 0; i < k; i++) {
      var entries = art.querySelectorAll('p');
      if (rnd(2) === 0) {
        art.insertBefore(para(n++), heading.nextSibling);
        if (entries.length + 1 > ${LIVE_BLOG_CAP}) entries[entries.length - 1].remove();
      } else {
        var old = entries[rnd(Math.min(8, entries.length))];
        old.replaceWith(para(n++));
      }
      soak.changes++;
    }
  };
  soak.texts = function () { return texts(art); };
  window.__soak = soak;
})();
</script>`;
  return articlePage({ title: 'Live: Harbourton bridge repairs', paragraphs: [], after: script });
}

/**
 * An infinite scroll: each change appends the next article to the feed,
 * scrolls to it and removes the articles more than SCROLL_KEEP behind.
 */
export function infiniteScrollPage(): string {
  const script = `<script>
(function () {
  ${COMMON}
  var feed = document.querySelector('main');
  var n = 0;
  var count = 0;
  function article() {
    var a = document.createElement('article');
    var h = document.createElement('h2');
    h.textContent = 'Story ' + count + ': the river crossing in the morning';
    a.appendChild(h);
    for (var i = 0; i < ${ARTICLE_PARAGRAPHS}; i++) a.appendChild(para(n++));
    count++;
    return a;
  }
  feed.replaceChildren(article());
  var soak = { changes: 0 };
  soak.change = function (k) {
    for (var i = 0; i < k; i++) {
      var a = article();
      feed.appendChild(a);
      var all = feed.querySelectorAll('article');
      for (var j = 0; j < all.length - ${SCROLL_KEEP}; j++) all[j].remove();
      a.scrollIntoView();
      soak.changes++;
    }
  };
  soak.texts = function () { return texts(feed); };
  window.__soak = soak;
})();
</script>`;
  return articlePage({ title: 'Harbourton news feed', paragraphs: [], after: script });
}

/**
 * A single-page app: each change is a navigation, history.pushState to a new
 * URL and a new article element in place of the old one, as routers do.
 */
export function singlePageAppPage(): string {
  const script = `<script>
(function () {
  ${COMMON}
  var main = document.querySelector('main');
  var n = 0;
  var soak = { changes: 0 };
  function view(i) {
    var a = document.createElement('article');
    var h = document.createElement('h1');
    h.textContent = 'Story ' + i + ': the river crossing in the morning';
    a.appendChild(h);
    for (var j = 0; j < ${ARTICLE_PARAGRAPHS}; j++) a.appendChild(para(n++));
    return a;
  }
  soak.change = function (k) {
    for (var i = 0; i < k; i++) {
      soak.changes++;
      history.pushState({ story: soak.changes }, '', '?story=' + soak.changes);
      document.title = 'Story ' + soak.changes;
      main.replaceChildren(view(soak.changes));
    }
  };
  soak.texts = function () { return texts(main); };
  main.replaceChildren(view(0));
  window.__soak = soak;
})();
</script>`;
  return articlePage({ title: 'Story 0', paragraphs: [], after: script });
}

/**
 * What Sourcelight holds on the page now, read in the page's world: the
 * ranges registered in CSS.highlights under its names (the hover emphasis
 * apart), how many of them point at nodes no longer in the document, its
 * badges, and every node attached to the document (shadow roots included),
 * to tell the live nodes the browser counts apart from detached ones.
 */
export const PROBE_JS = `(() => {
  let ranges = 0;
  let stale = 0;
  if (window.CSS && CSS.highlights) {
    CSS.highlights.forEach((h, name) => {
      if (!String(name).startsWith('sourcelight') || String(name).includes('emphasis')) return;
      h.forEach((r) => {
        ranges++;
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) stale++;
      });
    });
  }
  let badges = 0;
  let attached = 0;
  const walk = (root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = w.currentNode; node; node = w.nextNode()) {
      attached++;
      if (node.nodeType !== 1) continue;
      if (node.hasAttribute('data-sourcelight-kind')) badges++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  const host = document.querySelector('sourcelight-overlay');
  const scans = host ? Number(host.getAttribute('data-sourcelight-scans')) : 0;
  return { ranges, stale, badges, attached, scans, changes: window.__soak.changes, texts: window.__soak.texts() };
})()`;

export interface Probe {
  ranges: number;
  stale: number;
  badges: number;
  attached: number;
  scans: number;
  changes: number;
  texts: string[];
}

/** Runs an expression in the page's world (Playwright's and puppeteer's page.evaluate alike). */
export type Evaluate = (expression: string) => Promise<unknown>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SCANS_JS = `Number(document.querySelector('sourcelight-overlay')?.getAttribute('data-sourcelight-scans') ?? 0)`;

/** Waits until the content script has finished a scan after scan number `after`; returns its number. */
export async function waitForScan(
  evaluate: Evaluate,
  after: number,
  timeout = 8_000,
): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const scans = Number(await evaluate(SCANS_JS));
    if (scans > after || Date.now() - t0 > timeout) return scans;
    await sleep(40);
  }
}

/**
 * What is on the page and what Sourcelight shows, once its badges and ranges
 * match what the analyzer finds in the page's text (or after `timeout`).
 */
export async function settled(
  evaluate: Evaluate,
  timeout = 8_000,
): Promise<{ probe: Probe; expected: number }> {
  const t0 = Date.now();
  for (;;) {
    const probe = (await evaluate(PROBE_JS)) as Probe;
    const expected = expectedAttributions(probe.texts).length;
    if ((probe.badges === expected && probe.ranges === expected) || Date.now() - t0 > timeout)
      return { probe, expected };
    await sleep(100);
  }
}

/** Sourcelight's performance marks on the page (kept to MARKS_KEPT a name). */
export const MARKS_JS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sourcelight:')).length`;
