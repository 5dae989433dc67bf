// The body of `npm start` (see ../start.mjs). Loaded after tsx is registered,
// so it can import the TypeScript helpers in scripts/browser.ts and
// scripts/firefox.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureBrowsers } from '../browsers.mjs';

const TIMEOUT_MS = 30_000;

export async function runStart(args) {
  const { ROOT, CHROME_BUILD, FIREFOX_BUILD, serveStatic } = await import('../browser.ts');
  const firefox = args.browser === 'firefox';
  const problem = ensureBrowsers([args.browser]);
  if (problem) throw new Error(problem);
  const build = firefox ? FIREFOX_BUILD : CHROME_BUILD;
  if (args.build) {
    console.log(`Building the ${firefox ? 'Firefox' : 'Chrome'} extension…`);
    const r = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'wxt'),
      ['build', ...(firefox ? ['-b', 'firefox'] : [])],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0) throw new Error('"wxt build" failed (see above)');
  } else if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`no build in ${build}: run without --no-build`);
  }

  const server = await serveStatic({ '/': join(ROOT, 'demo') });
  const url = server.url('/article.html');
  let demo;
  try {
    demo = await (firefox ? openInFirefox : openInChromium)(url, args.headless);
    console.log(`Demo article: ${url}`);
    const state = await waitForState(demo.ask, url);
    printSummary(state);

    if (args.headless) {
      await new Promise((r) => setTimeout(r, 300)); // let the badges settle after the last paint
      mkdirSync(dirname(args.screenshot), { recursive: true });
      await demo.screenshot(args.screenshot);
      console.log(`Screenshot: ${args.screenshot}`);
      return state.status === 'ready' ? 0 : 1;
    }
    console.log('Close the browser window to finish.');
    await demo.closed;
    return 0;
  } finally {
    await demo?.close().catch(() => undefined);
    await server.close();
  }
}

/**
 * Each browser as runStart needs it: `ask(pageUrl)` returns the demo tab's
 * state (tab URLs are hidden without the "tabs" permission, so each tab's
 * content script is asked and the one showing the demo answers).
 */
async function openInChromium(url, headless) {
  const { launchWithExtension } = await import('../browser.ts');
  const session = await launchWithExtension({
    headless,
    viewport: headless ? { width: 1280, height: 1000 } : undefined,
  });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(url);
  return {
    ask: (pageUrl) => session.worker.evaluate(`(${ASK_JS})(${JSON.stringify(pageUrl)})`),
    screenshot: (path) => page.screenshot({ path, fullPage: false }),
    closed: new Promise((done) => session.context.on('close', done)),
    close: () => session.close(),
  };
}

async function openInFirefox(url, headless) {
  const { launchFirefoxWithExtension } = await import('../firefox.ts');
  const session = await launchFirefoxWithExtension({
    headless,
    viewport: { width: 1280, height: 1000 },
  });
  const page = await session.browser.newPage();
  await page.goto(url);
  const messenger = await session.extensionPage();
  return {
    ask: (pageUrl) => messenger.evaluate(`(${ASK_JS})(${JSON.stringify(pageUrl)})`),
    screenshot: (path) => page.screenshot({ path }),
    closed: new Promise((done) => session.browser.on('disconnected', done)),
    close: () => session.close(),
  };
}

/** Runs in an extension context of either browser (`chrome` in Chromium, `browser` in Firefox). */
const ASK_JS = `async (pageUrl) => {
  const api = globalThis.browser ?? globalThis.chrome;
  let lastError = 'no tab answered';
  for (const tab of await api.tabs.query({})) {
    try {
      const state = await api.tabs.sendMessage(tab.id, { type: 'sourcelight:get-state' });
      if (state?.url === pageUrl) return state;
    } catch (e) {
      lastError = String(e?.message ?? e);
    }
  }
  return { error: lastError };
}`;

/** Asks the page's content script for its state until it is ready. */
async function waitForState(ask, url) {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = null;
  while (Date.now() < deadline) {
    last = await ask(url).catch((e) => ({ error: String(e?.message ?? e) }));
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
