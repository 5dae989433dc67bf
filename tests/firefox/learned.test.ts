// The learned tagger in Firefox ESR, as tests/e2e/learned-model checks it in
// Chromium: the demo article's attributions are the CLI's (rules and model),
// the tagger's own among them, and reading the model file says nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LEARNED_REASON } from '../../lib/sourcing/learned/merge';
import { cliCues } from '../helpers/cli-cues';
import { FirefoxEnv } from './harness';

let env: FirefoxEnv;

beforeAll(async () => {
  env = await FirefoxEnv.start({ width: 1200, height: 900 });
});

afterAll(async () => {
  await env?.close();
});

test('the demo article: the attributions of the CLI, learned ones included', async () => {
  const opened = await env.open(`${env.server.origin}/demo/article.html`);
  const state = await env.waitForState(opened.url, (s) => s.status === 'ready');
  expect(state.items.map((i) => i.cue)).toEqual(cliCues('demo/article.html'));
  const learned = state.items.filter((i) => i.reasons.includes(LEARNED_REASON));
  expect(learned.map((i) => i.cue)).toContain('adding');
  expect(opened.errors).toEqual([]);
});
