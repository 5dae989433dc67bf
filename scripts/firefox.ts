// Shared by `npm start -- --browser firefox` and the Firefox test tier:
// Debian's Firefox ESR with the built extension, driven over WebDriver BiDi by
// puppeteer-core. Never downloads a browser.
//
// What was found out to make it work (Firefox ESR 153, puppeteer-core 24):
// - the add-on is installed as a temporary one through BiDi
//   (`browser.installExtension`), after launch;
// - its moz-extension:// UUID is random unless the pref below fixes it, and
//   script evaluation in extension pages needs --remote-allow-system-access;
// - BiDi reports no `load` for moz-extension:// pages, so opening one polls
//   document.readyState instead of awaiting the navigation;
// - every request that is not for loopback goes to a proxy on a dead port, so
//   a saved news page's remote scripts and fonts fail at once, as offline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD } from './browser';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fixed so tests and `npm start` can open the popup and options pages by URL. */
export const FIREFOX_UUID = '5b3c1a2e-8f4d-4c6b-9a1e-2d7f0c3b4a51';

/** A closed port: the discard service, never served on these machines. */
const DEAD_PROXY_PORT = 9;

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: run "npm run browsers" (as root it installs Debian's firefox-esr) or set FIREFOX_PATH.`,
    );
  }
}

/** The add-on id the Firefox manifest declares (browser_specific_settings.gecko.id). */
export function geckoId(build = FIREFOX_BUILD): string {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${build}/manifest.json declares no gecko id`);
  return id;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab, once its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * An extension page kept open to call extension APIs from (tabs.sendMessage,
   * storage): Firefox's background page cannot be reached over BiDi.
   */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(
  opts: {
    headless?: boolean;
    extensionPath?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<FirefoxSession> {
  assertFirefox();
  const extensionPath = opts.extensionPath ?? FIREFOX_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const id = geckoId(extensionPath);
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    defaultViewport: viewport,
    args: [
      '--remote-allow-system-access',
      `--width=${viewport.width}`,
      `--height=${viewport.height}`,
    ],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': DEAD_PROXY_PORT,
      'network.proxy.share_proxy_settings': true,
      // loopback stays direct (the default, said here so it is not lost)
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    },
  });
  try {
    await browser.installExtension(extensionPath);
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
  const origin = `moz-extension://${FIREFOX_UUID}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${origin}/${path.replace(/^\//, '')}`;
    // BiDi sends no load event for moz-extension:// pages: start the navigation
    // and poll for the document instead.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const ready = await page
        .evaluate('location.href.startsWith("moz-extension:") && document.readyState')
        .catch(() => false);
      if (ready === 'complete') return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`extension page ${url} did not load`);
  }

  let messenger: Promise<Page> | null = null;
  return {
    browser,
    origin,
    openExtensionPage,
    // An icon: an extension document where none of our own scripts run.
    extensionPage: () => (messenger ??= openExtensionPage('icon/16.png')),
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}
