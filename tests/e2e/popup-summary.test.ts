import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import { BAND_COLOR } from '../../lib/ui/labels';
import { MAX_LISTED } from '../../lib/messages';
import { articlePage, generatedParagraphs } from './pages/hostile/generate';
import {
  PAGES,
  badgeCount,
  badgeText,
  openPopup,
  seriousViolations,
  stateOf,
  tabIdFor,
  waitForState,
} from './popup-helpers';

let session: ExtensionSession;
let server: StaticServer;
beforeAll(async () => {
  const long = articlePage({ paragraphs: generatedParagraphs(1200), title: 'A long article' });
  server = await serveStatic({ '/site/': PAGES }, [
    (req, res) => {
      if (req.url !== '/gen/long.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(long);
      return true;
    },
  ]);
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openArticle(path = '/site/article.html') {
  const page = await session.context.newPage();
  const url = server.url(path);
  await page.goto(url);
  const tabId = await tabIdFor(session, url);
  const state = await waitForState(session, tabId, (s) => s.status === 'ready');
  return { page, url, tabId, state };
}

describe('popup against an article tab', () => {
  test('shows the page summary: score, verdict, bands, kinds, list', async () => {
    const { page, tabId, state } = await openArticle();
    expect(state.summary!.total).toBeGreaterThan(3);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('body').getAttribute('data-state')).toBe('ready');

    const s = state.summary!;
    // One statement: the verdict, the band and the score.
    const heading = await popup.locator('#score-heading').textContent();
    expect(heading).toBe(
      s.score === null ? `${s.verdict} — no score` : `${s.verdict} — ${s.band}, ${s.score}/100`,
    );

    // Per-kind counts as the content script counted them.
    for (const [kind, n] of Object.entries(s.counts)) {
      expect(await popup.locator(`#kind-counts li[data-kind="${kind}"] .count`).textContent()).toBe(
        String(n),
      );
    }
    // One bar segment per band that has claims, each with its letter.
    const bandsWithClaims = Object.entries(s.bands).filter(([, n]) => n > 0).length;
    expect(await popup.locator('#band-bar > span').count()).toBe(bandsWithClaims);
    expect(await popup.locator('#band-bar').getAttribute('aria-label')).toMatch(/%/);

    // The list: one button per attribution, kind letter, score, source and attributed words.
    const items = popup.locator('#items button.item');
    expect(await items.count()).toBe(state.items.length);
    const first = state.items[0];
    const label = await items.first().textContent();
    expect(label).toContain(first.score === null ? '–' : String(first.score));
    expect(label).toContain(`“${first.cue}”`);
    expect(await popup.locator('#copy').isDisabled()).toBe(false);
    await popup.close();
    await page.close();
  });

  test('choosing an attribution scrolls the page to its badge and focuses it', async () => {
    const { page, tabId, state } = await openArticle();
    const popup = await openPopup(session, tabId);
    const last = state.items[state.items.length - 1];
    await popup.locator(`#items button[data-index="${last.index}"]`).click();
    await page.waitForFunction(
      (i) =>
        (
          document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot
            ?.activeElement as HTMLElement | null
        )?.dataset.sourcelightIndex === String(i),
      last.index,
      { timeout: 5000 },
    );
    expect(await popup.locator('#status').textContent()).toBe('');
    await popup.close();
    await page.close();
  });

  test('the switch turns highlights off and on, and the choice survives a reload', async () => {
    const { page, url, tabId } = await openArticle();
    expect(await badgeCount(page)).toBeGreaterThan(0);
    let popup = await openPopup(session, tabId);
    const sw = popup.locator('#switch');
    expect(await sw.getAttribute('aria-checked')).toBe('true');

    await sw.click();
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('false');
    await waitForState(session, tabId, (s) => !s.enabled && s.status === 'off');
    await expect.poll(() => badgeCount(page)).toBe(0);
    expect(await popup.locator('#message-text').textContent()).toBe(
      'Off: you switched highlights off on this page.',
    );
    await popup.close();

    // Reload: the page remembers it was switched off.
    await page.reload();
    const again = await tabIdFor(session, url);
    const off = await waitForState(session, again, (s) => s.status !== 'analysing');
    expect(off.enabled).toBe(false);
    expect(await badgeCount(page)).toBe(0);

    popup = await openPopup(session, again);
    expect(await popup.locator('#switch').getAttribute('aria-checked')).toBe('false');
    // The keyboard alone switches it back on.
    await popup.locator('#switch').focus();
    await popup.keyboard.press('Space');
    await waitForState(session, again, (s) => s.enabled && s.status === 'ready');
    await expect.poll(() => badgeCount(page)).toBeGreaterThan(0);
    await popup.close();

    await page.reload();
    const third = await tabIdFor(session, url);
    expect((await waitForState(session, third, (s) => s.status === 'ready')).enabled).toBe(true);
    await page.close();
  });

  test('the toolbar badge shows the page score for that tab', async () => {
    const { page, tabId, state } = await openArticle('/site/article-2.html');
    const expected = state.summary!.score === null ? '–' : String(state.summary!.score);
    await expect.poll(() => badgeText(session, tabId), { timeout: 5000 }).toBe(expected);
    // Coloured by the page's band (the same colours as the popup's score).
    const colour = await session.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeBackgroundColor(d: object): Promise<number[]> } };
          }
        ).chrome.action.getBadgeBackgroundColor({ tabId: id }),
      tabId,
    );
    const hex =
      '#' +
      colour
        .slice(0, 3)
        .map((c) => c.toString(16).padStart(2, '0'))
        .join('');
    const band = state.summary!.score === null ? 'none' : state.summary!.band;
    expect(hex).toBe(BAND_COLOR[band]);
    // Off clears it; on writes it again.
    await session.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'sourcelight:set-enabled', enabled: false }),
      tabId,
    );
    await expect.poll(() => badgeText(session, tabId), { timeout: 5000 }).toBe('');
    await session.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'sourcelight:set-enabled', enabled: true }),
      tabId,
    );
    await expect.poll(() => badgeText(session, tabId), { timeout: 5000 }).toBe(expected);
    // Navigating away clears it.
    await page.goto(server.url('/site/notes.html'));
    await expect.poll(() => badgeText(session, tabId), { timeout: 5000 }).toBe('');
    await page.close();
  });

  test('a page of 1,200 attributions: the list holds the first 1,000 and says how many more', async () => {
    const { page, tabId, state } = await openArticle('/gen/long.html');
    expect(state.itemsTotal).toBe(1200);
    expect(state.items).toHaveLength(MAX_LISTED);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('#items button.item').count()).toBe(MAX_LISTED);
    expect(await popup.locator('#list-heading').textContent()).toContain('1,200');
    expect(await popup.locator('#items li.more').textContent()).toMatch(/200 more on the page/);
    await popup.close();
    await page.close();
  });

  test('"Copy report" puts the page Markdown on the clipboard', async () => {
    const { page, tabId, state } = await openArticle();
    const popup = await openPopup(session, tabId);
    await popup.locator('#copy').click();
    await expect
      .poll(() => popup.locator('#status').textContent())
      .toBe('Report copied to the clipboard.');
    // Extension origins cannot be granted clipboard-read; the web page can.
    await session.context.grantPermissions(['clipboard-read'], { origin: server.origin });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('#');
    // The report names the page and lists what the popup lists.
    expect(copied).toContain(state.title);
    for (const item of state.items) expect(copied).toContain(item.cue);
    await popup.close();
    await page.close();
  });

  test('axe finds no serious or critical problem in the popup', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session, tabId);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('popup states', () => {
  test('a page extensions cannot read says so', async () => {
    const page = await session.context.newPage();
    await page.goto('about:blank');
    const tabId = await session.worker.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        }
      ).chrome;
      const tabs = await c.tabs.query({});
      return tabs[tabs.length - 1].id;
    });
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('body').getAttribute('data-state')).toBe('cannot');
    expect(await popup.locator('#cannot-heading').isVisible()).toBe(true);
    expect(await popup.locator('#cannot-heading').textContent()).toBe(
      'Sourcelight cannot read this page',
    );
    expect(await popup.locator('#controls').isVisible()).toBe(false);
    expect(await popup.locator('#copy').isDisabled()).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('a bad ?tab= value is the same "cannot read" state, not a crash', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=99999999`);
    await popup.waitForFunction(() => document.body.dataset.state === 'cannot');
    await popup.close();
  });

  test('not an article: offers "Analyse anyway", which analyses the page', async () => {
    const page = await session.context.newPage();
    const url = server.url('/site/notes.html');
    await page.goto(url);
    const tabId = await tabIdFor(session, url);
    const before = await waitForState(session, tabId, (s) => s.status !== 'analysing');
    expect(before.isArticle).toBe(false);
    expect(before.enabled).toBe(false);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('#message-text').textContent()).toBe(
      "Off: this page doesn't look like a news article. Switch on to analyse it.",
    );
    const anyway = popup.locator('#analyse-anyway');
    expect(await anyway.isVisible()).toBe(true);
    await anyway.click();
    const after = await waitForState(session, tabId, (s) => s.status === 'ready');
    expect(after.enabled).toBe(true);
    await expect.poll(() => popup.locator('body').getAttribute('data-state')).toBe('ready');
    expect(await anyway.isVisible()).toBe(false);
    // Reset for later tests: this page's choice is remembered.
    await popup.locator('#switch').click();
    await waitForState(session, tabId, (s) => !s.enabled);
    await popup.close();
    await page.close();
  });
});

describe('site rules from the popup', () => {
  test('"never on this site" applies on another page of the site; "always" turns on a non-article', async () => {
    const { page, tabId, url } = await openArticle();
    const popup = await openPopup(session, tabId);
    // Make sure this page has no own choice left from earlier tests.
    await popup.locator('#site-rule').selectOption('never');
    await expect.poll(() => popup.locator('#status').textContent()).toContain('127.0.0.1');
    await waitForState(session, tabId, (s) => !s.enabled);
    await popup.close();

    // Another article on the same site opens switched off.
    const other = await session.context.newPage();
    const otherUrl = server.url('/site/article-2.html?edition=rule');
    await other.goto(otherUrl);
    const otherTab = await tabIdFor(session, otherUrl);
    const st = await waitForState(session, otherTab, (s) => s.status !== 'analysing');
    expect(st.isArticle).toBe(true);
    expect(st.enabled).toBe(false);

    // "Always" from that page's popup: on now, and on a non-article page of the site too.
    const popup2 = await openPopup(session, otherTab);
    expect(await popup2.locator('#site-rule').inputValue()).toBe('never');
    await popup2.locator('#site-rule').selectOption('always');
    await waitForState(session, otherTab, (s) => s.enabled && s.status === 'ready');
    await popup2.close();

    const notes = await session.context.newPage();
    const notesUrl = server.url('/site/notes.html?from=rule');
    await notes.goto(notesUrl);
    const notesTab = await tabIdFor(session, notesUrl);
    const ns = await waitForState(session, notesTab, (s) => s.status !== 'analysing');
    expect(ns.isArticle).toBe(false);
    expect(ns.enabled).toBe(true);

    // Back to "follow settings" so the rule is gone.
    const popup3 = await openPopup(session, notesTab);
    await popup3.locator('#site-rule').selectOption('');
    await expect.poll(() => popup3.locator('#status').textContent()).toContain('127.0.0.1');
    await popup3.close();
    expect((await stateOf(session, tabId)).url).toBe(url);
    await Promise.all([page.close(), other.close(), notes.close()]);
  });
});
