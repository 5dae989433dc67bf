// The learned tagger in Firefox ESR, as tests/e2e/learned-model checks it in
// Chromium: the demo article's attributions are the CLI's (rules and model),
// the tagger's own among them, and reading the model file says nothing.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { LEARNED_REASON } from '../../lib/sourcing/learned/merge';
import { FirefoxEnv } from './harness';

let env: FirefoxEnv;

beforeAll(async () => {
  env = await FirefoxEnv.start({ width: 1200, height: 900 });
});

afterAll(async () => {
  await env?.close();
});

function cliCues(): string[] {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bin/sourcelight.ts', '--json', 'demo/article.html'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { attributions: { cue: { text: string } }[] };
  return out.attributions.map((a) => a.cue.text);
}

test('the demo article: the attributions of the CLI, learned ones included', async () => {
  const opened = await env.open(`${env.server.origin}/demo/article.html`);
  const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
  expect(state.items.map((i) => i.cue)).toEqual(cliCues());
  const learned = state.items.filter((i) => i.reasons.includes(LEARNED_REASON));
  expect(learned.map((i) => i.cue)).toContain('adding');
  expect(opened.errors).toEqual([]);
});
