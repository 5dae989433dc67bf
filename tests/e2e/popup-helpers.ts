// Shared by the popup, options and toolbar e2e tests: the built extension in
// Chromium, the fixture pages on loopback, and ways to reach a tab's content
// script and the popup page opened against that tab.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageState } from '../../lib/messages';
import type { ExtensionSession } from '../../scripts/browser';
import { findTabSource } from '../helpers/wake';

export const PAGES = resolve(import.meta.dirname, 'pages', 'popup');
const AXE = resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id: number }[]>;
    sendMessage(id: number, m: object): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    local: {
      get(k: string | null): Promise<Record<string, unknown>>;
      set(o: object): Promise<void>;
    };
  };
};

/**
 * The id of the tab whose content script reports `url`, waking a quiet page
 * on `url` as the popup does (tests/helpers/wake.ts).
 */
export async function tabIdFor(session: ExtensionSession, url: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const id = (await session.worker.evaluate(
      `${findTabSource('chrome')}(${JSON.stringify(url)})`,
    )) as number | null;
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no content script answered for ${url}`);
}

/** The page's state, straight from its content script. */
export function stateOf(session: ExtensionSession, tabId: number): Promise<PageState> {
  return session.worker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, {
        type: 'sourcelight:get-state',
      }) as Promise<PageState>,
    tabId,
  );
}

/** Waits until the content script's state satisfies `ok`. */
export async function waitForState(
  session: ExtensionSession,
  tabId: number,
  ok: (s: PageState) => boolean,
  timeout = 15_000,
): Promise<PageState> {
  const deadline = Date.now() + timeout;
  let last: PageState | undefined;
  while (Date.now() < deadline) {
    last = await stateOf(session, tabId).catch(() => undefined);
    if (last && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `state never matched; last: ${JSON.stringify(last && { ...last, items: last.items.length, markdown: undefined })}`,
  );
}

export function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

export function storageGet(session: ExtensionSession, key: string | null = null) {
  return session.worker.evaluate(
    (k) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k),
    key,
  );
}

export function storageSet(session: ExtensionSession, items: Record<string, unknown>) {
  return session.worker.evaluate(
    (o) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(o),
    items,
  );
}

/** Badges painted on the page (they live in the overlay's open shadow root). */
export function badgeCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document
        .querySelector('[data-sourcelight="overlay"]')
        ?.shadowRoot?.querySelectorAll('[data-sourcelight-index]').length ?? 0,
  );
}

/** Opens the popup page in its own tab, pointed at `tabId`, and waits for it to settle. */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => !!document.body.dataset.state);
  return popup;
}

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated through
  // the DevTools protocol instead of a <script> tag.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
}

export const fixture = (name: string) => join(PAGES, name);
