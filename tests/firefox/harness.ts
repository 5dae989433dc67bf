// The Firefox tier's harness: Debian's Firefox ESR with the built extension
// (scripts/firefox.ts), one loopback server for every fixture, and the ways
// the Chromium tier looks at a page (badges in open shadow roots, the
// CSS.highlights registry, the content script's state), over WebDriver BiDi.
//
// In-page code is always a string: the test compiler may add helpers (a
// function-naming shim) that neither the page nor puppeteer knows.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { ROOT, SHARED, serveStatic, type StaticServer } from '../../scripts/browser';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/firefox';
import type { PageState } from '../../lib/messages';
import { findTabSource } from '../helpers/wake';
import {
  BADGES_JS,
  FIXTURES as HOSTILE,
  TOOLTIP_JS,
  highlightsJs,
  type BadgeInfo,
  type TooltipInfo,
} from '../e2e/pages/hostile/harness';

export const MOUNTS = {
  '/hostile/': HOSTILE,
  '/content/': resolve(ROOT, 'tests', 'e2e', 'pages', 'content'),
  '/popup/': resolve(ROOT, 'tests', 'e2e', 'pages', 'popup'),
  '/demo/': resolve(ROOT, 'demo'),
  '/news/': join(SHARED, 'corpus', 'news'),
};

export interface Opened {
  page: Page;
  url: string;
  /** Uncaught page errors and console errors that name Sourcelight. */
  errors: string[];
  /** Every console message, as "type: text". */
  console: string[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FirefoxEnv {
  private readonly routes = new Map<string, { body: string; headers?: Record<string, string> }>();
  session!: FirefoxSession;
  server!: StaticServer;

  static async start(viewport?: { width: number; height: number }): Promise<FirefoxEnv> {
    const env = new FirefoxEnv();
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      const route = env.routes.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!route) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
      return true;
    };
    env.server = await serveStatic(MOUNTS, [handler]);
    env.session = await launchFirefoxWithExtension({ viewport });
    return env;
  }

  /** Serves `body` at `path`. */
  route(path: string, body: string, headers?: Record<string, string>): string {
    this.routes.set(path, { body, headers });
    return this.server.url(path);
  }

  /** Opens `url` in a new tab; `preload` runs in the page's world before its own scripts. */
  async open(url: string, preload?: string): Promise<Opened> {
    const page = await this.session.browser.newPage();
    if (preload) await page.evaluateOnNewDocument(preload);
    const errors: string[] = [];
    const messages: string[] = [];
    page.on('pageerror', (e) => {
      // The page's own scripts fail too (saved pages are offline): keep what
      // comes from the extension's files or names it.
      const text = `${String(e)} ${e instanceof Error ? (e.stack ?? '') : ''}`;
      if (/moz-extension:|sourcelight/i.test(text)) errors.push(`pageerror: ${text}`);
    });
    page.on('console', (m) => {
      messages.push(`${m.type()}: ${m.text()}`);
      if (m.type() === 'error' && /sourcelight/i.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, url: page.url(), errors, console: messages };
  }

  async close(): Promise<void> {
    await this.session?.close();
    await this.server?.close();
  }

  /** Calls extension APIs from an extension page: `body` is an async function body with `browser` in scope. */
  async extension<T>(body: string, arg: unknown = null): Promise<T> {
    const page = await this.session.extensionPage();
    const json = JSON.stringify(JSON.stringify(arg));
    return (await page.evaluate(
      `(async () => { const arg = JSON.parse(${json}); ${body} })()`,
    )) as T;
  }

  /** The id of the tab whose content script reports `url` (a quiet page woken), or null. */
  tabId(url: string): Promise<number | null> {
    return this.extension<number | null>(`return await ${findTabSource('browser')}(arg);`, url);
  }

  /** Sends `message` to the top frame's content script on `url`; null when none answers. */
  async send<T = unknown>(url: string, message: object): Promise<T | null> {
    const id = await this.tabId(url);
    if (id === null) return null;
    return this.extension<T>(
      `return await browser.tabs.sendMessage(arg.id, arg.message, { frameId: 0 });`,
      { id, message },
    );
  }

  state(url: string): Promise<PageState | null> {
    return this.send<PageState>(url, { type: 'sourcelight:get-state' });
  }

  /** Polls the content script's state until `done`. */
  async waitForState(
    url: string,
    done: (s: PageState) => boolean,
    timeout = 20_000,
  ): Promise<PageState> {
    const end = Date.now() + timeout;
    let last: PageState | null = null;
    while (Date.now() < end) {
      last = await this.state(url).catch(() => null);
      if (last && done(last)) return last;
      await sleep(150);
    }
    throw new Error(
      `state not reached on ${url}; last: ${JSON.stringify(last && { ...last, items: last.items.length, markdown: undefined })}`,
    );
  }

  /**
   * A realm of the page's main frame that the page's scripts cannot reach:
   * puppeteer's isolated realm (a sandbox over BiDi). For pages that break
   * their own globals. Puppeteer keeps it internal, hence the cast.
   */
  isolated<T>(page: Page, expression: string): Promise<T> {
    const frame = page.mainFrame() as Frame & {
      isolatedRealm?: () => { evaluate(e: string): Promise<unknown> };
    };
    if (!frame.isolatedRealm) throw new Error('this puppeteer-core has no isolated realm');
    return frame.isolatedRealm().evaluate(expression) as Promise<T>;
  }

  badges(page: Page, isolated = false): Promise<BadgeInfo[]> {
    return isolated
      ? this.isolated(page, BADGES_JS)
      : (page.evaluate(BADGES_JS) as Promise<BadgeInfo[]>);
  }

  highlights(page: Page, isolated = false): Promise<{ name: string; text: string }[]> {
    const js = highlightsJs();
    return isolated
      ? this.isolated(page, js)
      : (page.evaluate(js) as Promise<{ name: string; text: string }[]>);
  }

  tooltip(page: Page): Promise<TooltipInfo | null> {
    return page.evaluate(TOOLTIP_JS) as Promise<TooltipInfo | null>;
  }

  /** Waits until the badge count is at least `min` and unchanged for `stableMs`. */
  async waitForBadges(
    page: Page,
    min = 1,
    { timeout = 20_000, stableMs = 600, isolated = false } = {},
  ): Promise<BadgeInfo[]> {
    const t0 = Date.now();
    let last = -1;
    let since = Date.now();
    let badges: BadgeInfo[] = [];
    while (Date.now() - t0 < timeout) {
      badges = await this.badges(page, isolated);
      if (badges.length !== last) {
        last = badges.length;
        since = Date.now();
      } else if (badges.length >= min && Date.now() - since >= stableMs) {
        return badges;
      }
      await sleep(200);
    }
    return badges;
  }
}

/** What a page's attributions look like for comparing two browsers. */
export function signature(state: PageState): string[] {
  return state.items.map((i) => `${i.kind}/${i.band}`);
}
