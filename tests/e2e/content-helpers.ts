// Shared by the content-script e2e tests: talk to the content script the way
// the popup and the background do (chrome.tabs.sendMessage from the
// extension's service worker), and read badges, highlights and layout from
// the page.
import type { Page, Worker } from 'playwright-core';
import type { Message, PageState } from '../../lib/messages';
import { findTabSource } from '../helpers/wake';

/**
 * Sends `message` to the content script of the tab showing `url`. Each tab's
 * content script is asked for its state and the one on `url` gets the
 * message; a quiet page on `url` is woken first, as the popup does.
 */
export async function sendToTab<T = unknown>(
  worker: Worker,
  url: string,
  message: Message,
): Promise<T> {
  return worker.evaluate(`(async () => {
    const url = ${JSON.stringify(url)};
    const id = await ${findTabSource('chrome')}(url);
    if (id === null) throw new Error('no content script answers on ' + url);
    return chrome.tabs.sendMessage(id, ${JSON.stringify(message)});
  })()`) as Promise<T>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls get-state until `done(state)`; the content script starts at document_idle. */
export async function waitForState(
  worker: Worker,
  page: Page,
  done: (s: PageState) => boolean,
  timeout = 15_000,
): Promise<PageState> {
  const end = Date.now() + timeout;
  let last: PageState | null = null;
  let lastError: unknown = null;
  while (Date.now() < end) {
    try {
      last = await sendToTab<PageState>(worker, page.url(), { type: 'sourcelight:get-state' });
      if (last && done(last)) return last;
    } catch (e) {
      lastError = e; // not injected yet
    }
    await sleep(100);
  }
  throw new Error(
    `content script state not reached on ${page.url()}: ${JSON.stringify(last)} ${String(lastError ?? '')}`,
  );
}

export interface BadgeInfo {
  kind: string;
  score: string;
  label: string;
  text: string;
}

/** Badges as a page script (or a curious reader) finds them: the overlay's open shadow root. */
export function badgesOf(page: Page): Promise<BadgeInfo[]> {
  return page.evaluate(() => {
    const out: { kind: string; score: string; label: string; text: string }[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute('data-sourcelight-kind')) {
          if ((el as HTMLElement).getClientRects().length === 0) continue; // hidden
          out.push({
            kind: el.getAttribute('data-sourcelight-kind') ?? '',
            score: el.getAttribute('data-sourcelight-score') ?? '',
            label: el.getAttribute('aria-label') ?? '',
            text: el.textContent ?? '',
          });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

/** Everything Sourcelight could leave behind on a page. */
export function leftovers(page: Page): Promise<{ nodes: number; highlights: number }> {
  return page.evaluate(() => {
    const nodes = document.querySelectorAll(
      '[data-sourcelight], sourcelight-overlay, [data-sourcelight-kind]',
    ).length;
    let highlights = 0;
    (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h, name) => {
      if (name.startsWith('sourcelight')) highlights += h.size;
    });
    // Rules left in an adopted sheet count as leftover nodes too.
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const sheetRules = rules.filter((r) => r.cssText.includes('sourcelight')).length;
    return { nodes: nodes + sheetRules, highlights };
  });
}

/** Bounding boxes of the page's paragraphs (up to `max`), rounded to 1/100 px. */
export function paragraphBoxes(page: Page, max = 300): Promise<number[][]> {
  return page.evaluate((max) => {
    return [...document.querySelectorAll('p, li, h1, h2, h3, blockquote')]
      .slice(0, max)
      .map((p) => {
        const r = p.getBoundingClientRect();
        return [r.x, r.y + window.scrollY, r.width, r.height].map((v) => Math.round(v * 100) / 100);
      });
  }, max);
}

/**
 * Collects errors that come from the extension: console errors and uncaught
 * exceptions in its content script's isolated world (seen through CDP, which
 * reports every execution context), and any console error with its prefix.
 * The page's own errors (failed remote resources, its scripts) are ignored.
 */
export async function watchExtensionErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const extensionContexts = new Set<number>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin.startsWith('chrome-extension://')) extensionContexts.add(e.context.id);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    if (extensionContexts.has(e.executionContextId) || text.includes('[Sourcelight]')) {
      errors.push(`console.${e.type}: ${text}`);
    }
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const text = `${d.text} ${d.exception?.description ?? ''}`;
    if (
      (d.executionContextId !== undefined && extensionContexts.has(d.executionContextId)) ||
      text.includes('chrome-extension://') ||
      text.includes('Sourcelight')
    ) {
      errors.push(`exception: ${text}`);
    }
  });
  await cdp.send('Runtime.enable');
  return errors;
}
