#!/usr/bin/env node
// `npm run browsers [-- chromium|firefox]`: makes sure the browsers that the
// tests and `npm start` drive are installed: Debian's chromium and
// firefox-esr. As root it installs what is missing with apt-get; otherwise it
// says, in one line, the command to run. Never downloads a browser build of
// its own. Used by `npm test`, `npm start` and .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian package -> the executable the tests and `npm start` launch. */
export const BROWSERS = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' },
  'firefox-esr': { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
};

const ALIASES = {
  chrome: 'chromium',
  chromium: 'chromium',
  firefox: 'firefox-esr',
  'firefox-esr': 'firefox-esr',
};

function executable(pkg, env) {
  return env[BROWSERS[pkg].env] || BROWSERS[pkg].path;
}

/**
 * Installs the missing browsers among `names` (all by default). Returns null
 * when all are there (afterwards), or a one-line message saying what to do.
 */
export function ensureBrowsers(names = Object.keys(BROWSERS), env = process.env) {
  const wanted = [...new Set(names.map((n) => ALIASES[n] ?? n))];
  const unknown = wanted.filter((n) => !(n in BROWSERS));
  if (unknown.length) return `unknown browser ${unknown.join(', ')} (chromium or firefox)`;
  const missing = wanted.filter((pkg) => !existsSync(executable(pkg, env)));
  if (!missing.length) return null;
  // A path set by hand is the user's to fill; apt-get only fills the default one.
  const custom = missing.filter((pkg) => env[BROWSERS[pkg].env]);
  if (custom.length) {
    return custom
      .map((pkg) => `${BROWSERS[pkg].env}=${executable(pkg, env)} does not exist`)
      .join('; ');
  }
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    return `${missing.join(' and ')} not installed: run "sudo apt-get update && sudo ${command}"`;
  }
  console.log(`Installing Debian's ${missing.join(' and ')}…`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: aptEnv });
    if (r.status !== 0) return `"apt-get ${args.join(' ')}" failed (see above)`;
  }
  const still = missing.filter((pkg) => !existsSync(executable(pkg, env)));
  return still.length ? `${still.join(' and ')} still missing after "${command}"` : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const problem = ensureBrowsers(names.length ? names : undefined);
  if (problem) {
    console.error(`sourcelight: ${problem}`);
    process.exit(1);
  }
}
