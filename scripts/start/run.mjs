// The body of `npm start` (see ../start.mjs). Loaded after tsx is registered,
// so it can import the TypeScript helpers in scripts/browser.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TIMEOUT_MS = 30_000;

export async function runStart(args) {
  const { ROOT, CHROME_BUILD, serveStatic, launchWithExtension } = await import('../browser.ts');
  if (args.build) {
    console.log('Building the Chrome extension…');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error('"wxt build" failed (see above)');
  } else if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error('no build in .output/chrome-mv3: run without --no-build');
  }

  const server = await serveStatic({ '/': join(ROOT, 'demo') });
  const url = server.url('/article.html');
  let session;
  try {
    session = await launchWithExtension({
      headless: args.headless,
      viewport: args.headless ? { width: 1280, height: 1000 } : undefined,
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(url);
    console.log(`Demo article: ${url}`);

    const state = await waitForState(session.worker, url);
    printSummary(state);

    if (args.headless) {
      await page.waitForTimeout(300); // let the badges settle after the last paint
      mkdirSync(dirname(args.screenshot), { recursive: true });
      await page.screenshot({ path: args.screenshot, fullPage: false });
      console.log(`Screenshot: ${args.screenshot}`);
      return state.status === 'ready' ? 0 : 1;
    }
    console.log('Close the browser window to finish.');
    await new Promise((done) => session.context.on('close', done));
    return 0;
  } finally {
    await session?.close().catch(() => undefined);
    await server.close();
  }
}

/** Asks the page's content script for its state, through the service worker. */
async function waitForState(worker, url) {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = null;
  while (Date.now() < deadline) {
    last = await worker
      .evaluate(async (pageUrl) => {
        const c = globalThis.chrome;
        // Tab URLs are hidden without the "tabs" permission: ask each tab's
        // content script and keep the one showing the demo.
        let lastError = 'no tab answered';
        for (const tab of await c.tabs.query({})) {
          try {
            const state = await c.tabs.sendMessage(tab.id, { type: 'sourcelight:get-state' });
            if (state?.url === pageUrl) return state;
          } catch (e) {
            lastError = String(e?.message ?? e);
          }
        }
        return { error: lastError };
      }, url)
      .catch((e) => ({ error: String(e?.message ?? e) }));
    if (last && last.status === 'ready') return last;
    if (last && last.status === 'error') return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `the page did not finish analysing within ${TIMEOUT_MS / 1000} s (last answer: ${JSON.stringify(last)})`,
  );
}

function printSummary(state) {
  const s = state.summary;
  if (state.status !== 'ready' || !s) {
    console.log(`Status: ${state.status}${state.error ? ` (${state.error})` : ''}`);
    return;
  }
  const score = s.score === null ? 'no score' : `${s.score}/100 (${s.band})`;
  console.log(`\n${state.title}`);
  console.log(`Sourcing score: ${score} — ${s.verdict}`);
  console.log(`Attributions: ${s.total}`);
  const kinds = Object.entries(s.counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`By kind: ${kinds}`);
  const bands = Object.entries(s.bands)
    .map(([b, n]) => `${b} ${n}`)
    .join(', ');
  console.log(`By band: ${bands}\n`);
}
