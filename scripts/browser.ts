// Shared by `npm start`, the e2e tests and the benchmarks: a static server on
// loopback and Debian's Chromium with the built extension loaded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, statSync, createReadStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, assertChromium } from '../tests/helpers/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');
/** The shared corpus sits beside the project; it may be absent (then tests say so). */
export const SHARED = resolve(ROOT, '..', 'shared');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | void;

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `mounts` (URL prefix -> folder) on 127.0.0.1 at a free port. A handler
 * may answer first (return true when it did), e.g. to send a CSP header.
 * A request that escapes its folder or names no file gets 404.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  handlers: Handler[] = [],
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    try {
      for (const h of handlers) if (h(req, res)) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!path.startsWith(prefix)) continue;
        const base = resolve(dir);
        let file = normalize(join(base, path.slice(prefix.length)));
        if (file !== base && !file.startsWith(base + sep)) break;
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) break;
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension (run `npm run build` first). */
export async function launchWithExtension(
  opts: {
    headless?: boolean;
    extensionPath?: string;
    viewport?: { width: number; height: number };
    /** A touch screen: taps, as on a phone or tablet. */
    hasTouch?: boolean;
  } = {},
): Promise<ExtensionSession> {
  assertChromium();
  const extensionPath = opts.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const headless = opts.headless ?? true;
  const args = [
    ...CHROMIUM_FLAGS.filter((f) => headless || !f.startsWith('--headless')),
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // the --headless=new flag above decides; Playwright's own would drop extensions
    args,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    hasTouch: opts.hasTouch ?? false,
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
