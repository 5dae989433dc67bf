// The extension runs the learned tagger as the CLI does: on the demo
// article the page's attributions are the CLI's (rules and model), among
// them the tagger's own ("..., adding that"), more than the rules find alone.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { LEARNED_REASON } from '../../lib/sourcing/learned/merge';
import { cliCues } from '../helpers/cli-cues';
import { waitForState, watchExtensionErrors } from './content-helpers';

let session: ExtensionSession;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic({ '/demo/': join(ROOT, 'demo') });
  session = await launchWithExtension({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the demo article: the attributions of the CLI, learned ones included', async () => {
  const page = await session.context.newPage();
  const errors = await watchExtensionErrors(page);
  await page.goto(server.url('/demo/article.html'));
  const state = await waitForState(session.worker, page, (s: PageState) => s.status === 'ready');
  const cues = state.items.map((i) => i.cue);
  expect(cues).toEqual(cliCues('demo/article.html'));
  const learned = state.items.filter((i) => i.reasons.includes(LEARNED_REASON));
  expect(learned.map((i) => i.cue)).toContain('adding');
  expect(cues.length).toBeGreaterThan(cliCues('demo/article.html', '--no-model').length);
  // the model is read from the extension's own file, without a word; and
  // the background analysed the page: the page says when it has to itself
  // (lib/page/analysis-client.ts)
  expect(errors).toEqual([]);
});
