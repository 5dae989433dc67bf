// The background over a whole session in real Chromium: highlights switched
// off and on, reloads, navigations and closed tabs must leave no unhandled
// rejection or error in the service worker, and the toolbar's tooltip and
// badge must follow the page's state (no old score once a page is off).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ROOT,
  launchWithExtension,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import { PAGES, badgeText, tabIdFor, waitForState } from './popup-helpers';

const MESSAGES = JSON.parse(
  readFileSync(resolve(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const DEFAULT_TITLE = MESSAGES.actionTitle.message;
const OFF_TITLE = MESSAGES.badgeTitleOff?.message ?? 'badgeTitleOff (missing from messages.json)';

type Chrome = {
  tabs: { sendMessage(id: number, m: object): Promise<unknown> };
  action: { getTitle(d: { tabId: number }): Promise<string> };
};
type Collected = { problems?: string[] };

let session: ExtensionSession;
let server: StaticServer;
/** What the worker printed with console.error (e.g. "Unchecked runtime.lastError"). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic({ '/site/': PAGES });
  session = await launchWithExtension();
  session.worker.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as Collected;
    g.problems = [];
    const text = (v: unknown) =>
      v && typeof v === 'object' && 'message' in v ? String(v.message) : String(v);
    self.addEventListener('unhandledrejection', (e) => {
      g.problems!.push(`unhandled rejection: ${text(e.reason)}`);
    });
    self.addEventListener('error', (e) => {
      g.problems!.push(`error: ${e.message}`);
    });
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const title = (tabId: number) =>
  session.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle({ tabId: id }),
    tabId,
  );

/** Sends a message to the tab's content script, as the popup and the commands do. */
const send = (tabId: number, message: object) =>
  session.worker.evaluate(
    ([id, m]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, m),
    [tabId, message] as const,
  );

/** Toolbar states that did not come, by step: collected so one run shows every wrong step. */
const mismatches: string[] = [];

/** Waits (up to 5 s) for the tab's tooltip and badge text to be `want`; records it when not. */
async function checkToolbar(
  step: string,
  tabId: number,
  want: { title: string | RegExp; badge: string },
) {
  const deadline = Date.now() + 5000;
  let got = { title: '', badge: '' };
  while (Date.now() < deadline) {
    got = { title: await title(tabId), badge: await badgeText(session, tabId) };
    const titleOk =
      typeof want.title === 'string' ? got.title === want.title : want.title.test(got.title);
    if (titleOk && got.badge === want.badge) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  mismatches.push(
    `${step}: wanted ${String(want.title)} / "${want.badge}", got ${JSON.stringify(got)}`,
  );
}

/** The tooltip for a score: the number out of 100, or "no scorable attribution". */
const scoreTitle = (score: number | null) =>
  score === null ? /no scorable/ : new RegExp(`\\b${score} of 100\\b`);

test('a session of switching, reloading, navigating and closing tabs: no rejection, and the tooltip follows the page', async () => {
  // An article: its score on the badge and in the tooltip.
  const page = await session.context.newPage();
  const url = server.url('/site/article.html');
  await page.goto(url);
  let tabId = await tabIdFor(session, url);
  const ready = await waitForState(session, tabId, (s) => s.enabled && s.status === 'ready');
  const score = ready.summary!.score;
  const badge = score === null ? '–' : String(score);
  await checkToolbar('article analysed', tabId, { title: scoreTitle(score), badge });

  // Off: no badge, and the tooltip no longer gives the old score.
  await send(tabId, { type: 'sourcelight:set-enabled', enabled: false });
  await waitForState(session, tabId, (s) => !s.enabled && s.status === 'off');
  await checkToolbar('switched off', tabId, { title: OFF_TITLE, badge: '' });

  // On again: the score is back; toggled twice quickly, it settles on the last state.
  await send(tabId, { type: 'sourcelight:toggle' });
  await waitForState(session, tabId, (s) => s.enabled && s.status === 'ready');
  await checkToolbar('switched on', tabId, { title: scoreTitle(score), badge });
  await send(tabId, { type: 'sourcelight:toggle' });
  await send(tabId, { type: 'sourcelight:toggle' });
  await waitForState(session, tabId, (s) => s.enabled && s.status === 'ready');
  await checkToolbar('off and on at once', tabId, { title: scoreTitle(score), badge });

  // Switched off and reloaded: the page remembers, and so does the toolbar.
  await send(tabId, { type: 'sourcelight:set-enabled', enabled: false });
  await waitForState(session, tabId, (s) => !s.enabled);
  await page.reload();
  tabId = await tabIdFor(session, url);
  await waitForState(session, tabId, (s) => !s.enabled && s.status === 'off');
  await checkToolbar('reloaded while off', tabId, { title: OFF_TITLE, badge: '' });
  await send(tabId, { type: 'sourcelight:set-enabled', enabled: true });
  await waitForState(session, tabId, (s) => s.enabled && s.status === 'ready');
  await checkToolbar('on after the reload', tabId, { title: scoreTitle(score), badge });

  // Another article in the same tab: its own score, not the old one.
  const url2 = server.url('/site/article-2.html');
  await page.goto(url2);
  const ready2 = await waitForState(
    session,
    tabId,
    (s) => s.url === url2 && s.enabled && s.status === 'ready',
  );
  const score2 = ready2.summary!.score;
  await checkToolbar('another article', tabId, {
    title: scoreTitle(score2),
    badge: score2 === null ? '–' : String(score2),
  });

  // A page that is not an article stays quiet (lib/page/quiet-start.ts) and
  // reports nothing: no badge, and the manifest's tooltip, not the old score.
  const notes = server.url('/site/notes.html');
  await page.goto(notes);
  await checkToolbar('not an article, quiet', tabId, { title: DEFAULT_TITLE, badge: '' });
  // Woken as the popup wakes it: off, and the tooltip says so.
  expect(await tabIdFor(session, notes)).toBe(tabId);
  await waitForState(session, tabId, (s) => s.url === notes && s.status !== 'analysing');
  await checkToolbar('not an article, woken', tabId, { title: OFF_TITLE, badge: '' });

  // A page with no content script (and so no report): the manifest's default tooltip.
  await page.goto('about:blank');
  await checkToolbar('no content script', tabId, { title: DEFAULT_TITLE, badge: '' });

  // Tabs closed while their reports are still on the way to the background.
  for (let i = 0; i < 3; i++) {
    const other = await session.context.newPage();
    const u = server.url(`/site/article.html?closing=${i}`);
    await other.goto(u);
    const id = await tabIdFor(session, u);
    await waitForState(session, id, (s) => s.status === 'ready');
    void send(id, { type: 'sourcelight:toggle' }).catch(() => undefined);
    await other.close();
  }
  await page.close();
  // Let the last calls for the closed tabs settle.
  await new Promise((r) => setTimeout(r, 1000));

  const problems = await session.worker.evaluate(
    () => (globalThis as unknown as Collected).problems,
  );
  // `problems` undefined would mean the worker restarted and lost the collector.
  expect({ mismatches, problems, consoleErrors }).toEqual({
    mismatches: [],
    problems: [],
    consoleErrors: [],
  });
});
