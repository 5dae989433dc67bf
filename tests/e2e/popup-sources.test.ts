// Who is speaking, in the built extension in real Chromium: the popup's
// Sources view lists each voice of a news page with how many claims it backs
// and the roster in one line; choosing a voice (click or keyboard) shows its
// first claim's badge; "Copy report" puts the Markdown and the same report as
// HTML on the clipboard, page text that looks like markup staying text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import type { PageState } from '../../lib/messages';
import { PAGES, openPopup, seriousViolations, tabIdFor, waitForState } from './popup-helpers';

let session: ExtensionSession;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/site/': PAGES });
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openVoices() {
  const page = await session.context.newPage();
  const url = server.url('/site/voices.html');
  await page.goto(url);
  const tabId = await tabIdFor(session, url);
  const state = await waitForState(session, tabId, (s) => s.status === 'ready');
  return { page, url, tabId, state };
}

/** The page badge that has focus, by its index ('' when none). */
const focusedBadge = (page: Page) =>
  page.evaluate(
    () =>
      (
        document.querySelector('[data-sourcelight="overlay"]')?.shadowRoot
          ?.activeElement as HTMLElement | null
      )?.dataset.sourcelightIndex ?? '',
  );

/** Each voice as the popup shows it: "name|claims text". */
const listed = (popup: Page) =>
  popup
    .locator('#sources button.voice')
    .evaluateAll((buttons) =>
      buttons.map(
        (b) =>
          `${b.querySelector('.name')?.textContent}|${b.querySelector('.claims')?.textContent}`,
      ),
    );

function expectedVoices(state: PageState): string[] {
  return state.sources!.map(
    (s) => `${s.name}|${s.claims === 1 ? '1 claim' : `${s.claims} claims`}`,
  );
}

describe('the Sources view', () => {
  test('lists each voice with its claims and the roster line; a voice shows its first badge', async () => {
    const { page, tabId, state } = await openVoices();
    // the page's roster: one voice per person across the page, counts by the shown claims
    const byName = Object.fromEntries(state.sources!.map((s) => [s.name, s]));
    expect(byName['Marta Okafor']).toMatchObject({ kind: 'named', claims: 3 });
    expect(byName['Daniel Brandt']).toMatchObject({ kind: 'named', claims: 3 });
    expect(byName['Two people familiar with the plan']).toMatchObject({ kind: 'anonymous' });
    expect(state.sources!.reduce((n, s) => n + s.claims, 0)).toBeLessThanOrEqual(state.itemsTotal);
    expect(state.sourcesLine).toMatch(/^\d+ sources: 2 named people, .*1 document/);

    const popup = await openPopup(session, tabId);
    const claimsTab = popup.locator('#tab-claims');
    const sourcesTab = popup.locator('#tab-sources');
    expect(await claimsTab.getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('#sources-panel').isVisible()).toBe(false);

    // by keyboard: Tab stop on the selected tab, the arrow key moves to Sources
    await claimsTab.focus();
    await popup.keyboard.press('ArrowRight');
    expect(await sourcesTab.getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-sources');
    expect(await popup.locator('#sources-panel').isVisible()).toBe(true);
    expect(await popup.locator('#claims-panel').isVisible()).toBe(false);
    expect(await claimsTab.getAttribute('tabindex')).toBe('-1');

    expect(await popup.locator('#sources-line').textContent()).toBe(state.sourcesLine);
    expect(await popup.locator('#sources-heading').textContent()).toBe(
      `Who is speaking (${state.sourcesTotal})`,
    );
    expect(await listed(popup)).toEqual(expectedVoices(state));
    // the kind's letter, as on the badges, and the kind in words for a screen reader
    const okafor = popup.locator('#sources button.voice', { hasText: 'Marta Okafor' });
    expect(await okafor.locator('.chip').textContent()).toBe('N');
    expect(await okafor.textContent()).toContain('Named source');

    // Enter on a voice: its first claim's badge takes focus on the page
    const brandt = byName['Daniel Brandt'];
    await popup.locator(`#sources button[data-first="${brandt.first}"]`).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => focusedBadge(page), { timeout: 5000 }).toBe(String(brandt.first));
    expect(state.items[brandt.first].source).toBe('Daniel Brandt');

    // a click does the same for another voice
    await popup.bringToFront();
    await okafor.click();
    await expect
      .poll(() => focusedBadge(page), { timeout: 5000 })
      .toBe(String(byName['Marta Okafor'].first));
    await popup.close();
    await page.close();
  });

  test('axe finds no serious or critical problem with the Sources view open, light or dark', async () => {
    const { page, tabId } = await openVoices();
    const popup = await openPopup(session, tabId);
    await popup.locator('#tab-sources').click();
    expect(await popup.locator('#sources button.voice').count()).toBeGreaterThan(3);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('"Copy report"', () => {
  test('puts the Markdown as text/plain and the same report as inert text/html', async () => {
    const { page, tabId } = await openVoices();
    const popup = await openPopup(session, tabId);
    await popup.locator('#copy').click();
    await expect
      .poll(() => popup.locator('#status').textContent())
      .toBe('Report copied to the clipboard.');
    // Extension origins cannot be granted clipboard-read; the web page can.
    await session.context.grantPermissions(['clipboard-read'], { origin: server.origin });
    await page.bringToFront();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) =>
        item.types.includes(type) ? (await item.getType(type)).text() : '';
      return {
        types: [...item.types],
        plain: await read('text/plain'),
        html: await read('text/html'),
      };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
    expect(clip.plain).toMatch(/^## Sourcing report: Harbour bridge/);
    expect(clip.plain).toContain('| Marta Okafor |  | named | 3 |');

    // the HTML, parsed inert: the sources table, and the sign's words as words
    const html = await page.evaluate((markup) => {
      const t = document.createElement('template');
      t.innerHTML = markup;
      const root = t.content;
      const rows = [...root.querySelectorAll('table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      );
      const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((a) => a.startsWith('on')),
      );
      return {
        heading: root.querySelector('h2')?.textContent,
        rows,
        dangerous: root.querySelectorAll('img, script, iframe, object, embed, style').length,
        handlers,
        text: root.textContent ?? '',
      };
    }, clip.html);
    expect(html.heading).toBe('Sourcing report: Harbour bridge to close for repairs (fixture)');
    expect(html.rows).toContainEqual(['Marta Okafor', '', 'named', '3']);
    expect(html.rows).toContainEqual(['Daniel Brandt', '', 'named', '3']);
    expect(html.dangerous).toBe(0);
    expect(html.handlers).toEqual([]);
    expect(html.text).toContain('<img src=x onerror=alert(1)> </table><script>alert(2)</script>');
    await popup.close();
    await page.close();
  });
});
