// `npm start -- --browser firefox` headless: the demo article opens in Firefox
// ESR with the built add-on, a screenshot is saved and the summary printed,
// the same summary Chromium gives.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../../scripts/browser';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-start-ff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-build', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
}

/** The summary lines, without the URL and screenshot path that differ per run. */
const summary = (out: string) =>
  out
    .split('\n')
    .filter((l) => /^(Sourcing score|Attributions|By kind|By band):/.test(l))
    .join('\n');

test('headless in Firefox: a screenshot, and the summary Chromium prints', () => {
  const shot = join(dir, 'firefox.png');
  const ff = start(['--browser', 'firefox', '--screenshot', shot]);
  expect(ff.stderr).toBe('');
  expect(ff.status).toBe(0);
  expect(summary(ff.stdout)).toMatch(/^Sourcing score: \d{1,3}\/100/);
  const png = readFileSync(shot);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000);

  const chromium = start(['--screenshot', join(dir, 'chromium.png')]);
  expect(chromium.status).toBe(0);
  expect(summary(ff.stdout)).toBe(summary(chromium.stdout));
  expect(existsSync(join(dir, 'chromium.png'))).toBe(true);
}, 120_000);
