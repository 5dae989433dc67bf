#!/usr/bin/env node
// `npm start`: build the Chrome extension, serve the bundled demo article on
// loopback and open it in Chromium with Sourcelight loaded.
//   With a display: the browser stays open until you close it.
//   With --headless (or no DISPLAY): wait for the analysis, save a screenshot,
//   print the page summary, exit 0 (1 with a message if anything fails).
// Options: --headless, --screenshot <path> (default demo-screenshot.png),
//          --no-build (use the existing .output/chrome-mv3), --help.
import { register } from 'tsx/esm/api';
import { parseStartArgs, USAGE } from './start/args.mjs';
import { runStart } from './start/run.mjs';

let args;
try {
  args = parseStartArgs(process.argv.slice(2), process.env);
} catch (e) {
  console.error(`sourcelight start: ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

register(); // lets us reuse scripts/browser.ts (serveStatic, launchWithExtension)
try {
  process.exitCode = await runStart(args);
} catch (e) {
  console.error(`sourcelight start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
