// `npm start` headless: the demo article opens in Chromium with the built
// extension, a screenshot is saved and the page summary printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { parseStartArgs } from '../../scripts/start/args.mjs';
import { KINDS } from '../../lib/sourcing/types';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
}

describe('npm start', () => {
  test('headless: saves a screenshot and prints the summary with all seven kinds', () => {
    const shot = join(dir, 'demo.png');
    const r = start(['--no-build', '--screenshot', shot]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Sourcing score: \d{1,3}\/100 \((strong|moderate|weak)\) — \S/);
    const total = Number(/Attributions: (\d+)/.exec(r.stdout)?.[1]);
    expect(total).toBeGreaterThanOrEqual(14);
    const kinds = /By kind: (.*)/.exec(r.stdout)![1];
    for (const k of KINDS) {
      expect(Number(new RegExp(`\\b${k} (\\d+)`).exec(kinds)?.[1]), k).toBeGreaterThan(0);
    }
    expect(existsSync(shot)).toBe(true);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  }, 100_000);

  test('bad options get a clear message and exit code 2', () => {
    const r = start(['--screenshot']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--screenshot needs a file path');
    expect(r.stderr).toContain('Usage: npm start');
    const u = start(['--fast']);
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('unknown option --fast');
  });

  test('options: headless by default without a display, paths resolved', () => {
    expect(parseStartArgs([], {}, '/x').headless).toBe(true);
    expect(parseStartArgs([], { DISPLAY: ':0' }, '/x').headless).toBe(false);
    expect(parseStartArgs(['--headless'], { DISPLAY: ':0' }, '/x').headless).toBe(true);
    expect(parseStartArgs(['--screenshot=out/a.png'], {}, '/x').screenshot).toBe('/x/out/a.png');
    expect(parseStartArgs([], {}, '/x').screenshot).toBe('/x/demo-screenshot.png');
    expect(parseStartArgs(['--no-build'], {}, '/x').build).toBe(false);
    expect(() => parseStartArgs(['--screenshot', 'a.gif'], {}, '/x')).toThrow(/\.png or \.jpg/);
    expect(parseStartArgs([], {}, '/x').browser).toBe('chromium');
    expect(parseStartArgs(['--browser', 'firefox'], {}, '/x').browser).toBe('firefox');
    expect(parseStartArgs(['--browser=Chrome'], {}, '/x').browser).toBe('chromium');
    expect(() => parseStartArgs(['--browser', 'safari'], {}, '/x')).toThrow(/chromium or firefox/);
    expect(() => parseStartArgs(['--browser'], {}, '/x')).toThrow(/chromium or firefox/);
  });
});
