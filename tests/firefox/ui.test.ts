// The reader's controls in Firefox: the popup shows the page's summary and its
// switch turns the page off and on; a badge reached from the keyboard opens
// its tooltip and Escape closes it; the options page repairs unreadable
// settings and saves a change at once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/browser';
import { KINDS } from '../../lib/sourcing/types';
import type { Settings } from '../../lib/settings/schema';
import { plainReasons } from '../../lib/page/labels';
import { FirefoxEnv, sleep, type Opened } from './harness';

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start();
});
afterAll(async () => {
  await env?.close();
});
// Each test starts from a fresh install: no page choice, default settings.
beforeEach(async () => {
  await env.extension(`await browser.storage.local.clear();`);
});

async function openArticle(path = '/content/article.html'): Promise<Opened & { tabId: number }> {
  const opened = await env.open(env.server.url(path));
  await env.waitForState(opened.url, (s) => s.status === 'ready');
  const tabId = await env.tabId(opened.url);
  if (tabId === null) throw new Error('no tab answers');
  return { ...opened, tabId };
}

/** Text of the first element matching `selector`, read in `page`. */
const text = (page: Page, selector: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
const attr = (page: Page, selector: string, name: string) =>
  page.evaluate(
    `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
  );

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000) {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await sleep(100);
    v = await read();
  }
  return v;
}

describe('popup', () => {
  test('shows the page summary: score, verdict, counts per kind, one list entry per attribution', async () => {
    const { page, url, tabId } = await openArticle();
    const state = (await env.state(url))!;
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(
      await until(
        () => attr(popup, 'body', 'data-state'),
        (s) => s === 'ready',
      ),
    ).toBe('ready');
    const s = state.summary!;
    expect(await text(popup, '#score-heading')).toBe(
      s.score === null ? `${s.verdict} — no score` : `${s.verdict} — ${s.band}, ${s.score}/100`,
    );
    for (const [kind, n] of Object.entries(s.counts)) {
      expect(await text(popup, `#kind-counts li[data-kind="${kind}"] .count`)).toBe(String(n));
    }
    expect(await popup.evaluate(`document.querySelectorAll('#items button.item').length`)).toBe(
      state.items.length,
    );
    await popup.close();
    await page.close();
  });

  test('the switch turns highlights off and on again', async () => {
    const { page, url, tabId } = await openArticle();
    const before = (await env.badges(page)).length;
    expect(before).toBeGreaterThan(0);
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await until(
      () => attr(popup, 'body', 'data-state'),
      (s) => s === 'ready',
    );
    expect(await attr(popup, '#switch', 'aria-checked')).toBe('true');

    await popup.click('#switch');
    await env.waitForState(url, (s) => !s.enabled && s.status === 'off');
    expect(
      await until(
        () => env.badges(page),
        (b) => b.length === 0,
      ),
    ).toEqual([]);
    expect(await env.highlights(page)).toEqual([]);
    expect(
      await until(
        () => attr(popup, '#switch', 'aria-checked'),
        (v) => v === 'false',
      ),
    ).toBe('false');

    // The keyboard alone switches it back on.
    await popup.focus('#switch');
    await popup.keyboard.press(' ');
    await env.waitForState(url, (s) => s.enabled && s.status === 'ready');
    expect((await env.waitForBadges(page, before)).length).toBe(before);
    await popup.close();
    await page.close();
  });

  test('axe finds no serious or critical problem in the popup', async () => {
    const { page, tabId } = await openArticle();
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await until(
      () => attr(popup, 'body', 'data-state'),
      (s) => s === 'ready',
    );
    await popup.evaluate(
      readFileSync(resolve(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'),
    );
    const serious = await popup.evaluate(`axe.run().then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.help))`);
    expect(serious).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('badges and tooltips', () => {
  /** The focused badge's index and the open tooltip's text, from the overlay's shadow root. */
  const FOCUSED_JS = `(() => {
    const root = document.querySelector('sourcelight-overlay')?.shadowRoot;
    const el = root?.activeElement;
    const tip = root?.querySelector('.tip');
    const toast = root?.querySelector('.toast');
    const stop = document.querySelector('[data-sourcelight="stop"]')?.shadowRoot;
    return {
      index: el?.getAttribute('data-sourcelight-index') ?? (el ? '.' + el.className : stop?.activeElement ? 'stop' : null),
      kind: el?.getAttribute('data-sourcelight-kind') ?? null,
      tip: tip && !tip.hidden ? tip.textContent : null,
      headline: tip && !tip.hidden ? tip.querySelector('.headline')?.textContent ?? null : null,
      toast: toast && !toast.hidden ? toast.textContent : null,
      badges: root ? root.querySelectorAll('.badge:not(.gone)').length : 0,
    };
  })()`;
  type Focused = {
    index: string | null;
    kind: string | null;
    tip: string | null;
    headline: string | null;
    toast: string | null;
    badges: number;
  };

  test('Tab reaches the stop before the article, Enter the badges; the tooltip in plain words; Escape closes it, arrows move on', async () => {
    const { page, url, errors } = await openArticle();
    const state = (await env.state(url))!;
    // From the top of the page, Tab until focus reaches the stop before the article.
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    let f = (await page.evaluate(FOCUSED_JS)) as Focused;
    for (let i = 0; i < 60 && f.index === null; i++) {
      await page.keyboard.press('Tab');
      f = (await page.evaluate(FOCUSED_JS)) as typeof f;
    }
    expect(f.index).toBe('stop');
    await page.keyboard.press('Enter');
    f = (await page.evaluate(FOCUSED_JS)) as typeof f;
    expect(f.index).toBe('0');
    // One sentence first, then ▲/▼ and words; no expert's terms.
    const first = state.items[0];
    expect(f.headline).toBe(`${first.source}, named, on the record: strong, ${first.score}/100`);
    expect(f.tip).toContain(plainReasons(first)[0].text);
    expect(f.tip).toContain('▲');
    expect(f.tip).not.toMatch(/\bcue\b|\bchain\b/i);
    expect(f.tip).toContain('This badge is wrong');

    await page.keyboard.press('Escape');
    f = (await page.evaluate(FOCUSED_JS)) as typeof f;
    expect(f.tip).toBeNull();

    await page.keyboard.press('ArrowRight');
    f = (await page.evaluate(FOCUSED_JS)) as typeof f;
    expect(f.index).toBe('1');
    expect(f.tip).toContain(plainReasons(state.items[1])[0].text);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"This badge is wrong": confirmation, focus on the next badge without its tooltip, Undo', async () => {
    const { page, url, errors } = await openArticle();
    const state = (await env.state(url))!;
    const n = state.items.length;
    const i = state.items.findIndex((it) => it.kind === 'vague');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(n - 1);
    await env.send(url, { type: 'sourcelight:focus', index: i });
    await page.keyboard.press('Tab');
    let f = (await page.evaluate(FOCUSED_JS)) as Focused;
    expect(f.index).toBe('.wrong');
    await page.keyboard.press('Enter');
    const reports = () =>
      env.extension<unknown[]>(
        `return (await browser.storage.local.get('wrongReports')).wrongReports ?? [];`,
      );
    expect(await until(reports, (r) => r.length === 1)).toHaveLength(1);
    f = await until(
      async () => (await page.evaluate(FOCUSED_JS)) as Focused,
      (x) => x.badges === n - 1,
    );
    expect(f.badges).toBe(n - 1);
    expect(f.toast).toContain('Marked as wrong');
    expect(f.kind).toBe(state.items[i + 1].kind);
    expect(f.tip).toBeNull();
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    f = (await page.evaluate(FOCUSED_JS)) as Focused;
    expect(f.index).toBe('.undo');
    await page.keyboard.press('Enter');
    expect(await until(reports, (r) => r.length === 0)).toHaveLength(0);
    f = await until(
      async () => (await page.evaluate(FOCUSED_JS)) as Focused,
      (x) => x.badges === n && x.kind === 'vague',
    );
    expect(f.badges).toBe(n);
    expect(f.kind).toBe('vague');
    expect(f.toast).toBeNull();
    expect(f.tip).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('options page', () => {
  const DEFAULTS: Settings = {
    kinds: [...KINDS],
    minBand: 'all',
    autoOnArticles: true,
    customCues: [],
    recordReading: false,
  };
  const stored = () =>
    env.extension<Settings | undefined>(
      `return (await browser.storage.local.get('settings')).settings;`,
    );

  test('unreadable settings are repaired on open, and a change is saved at once', async () => {
    await env.extension(
      `await browser.storage.local.set({ settings: { kinds: 'every', minBand: 7, autoOnArticles: 'yes' } });`,
    );
    const page = await env.session.openExtensionPage('options.html');
    await until(
      () => attr(page, 'body', 'data-ready'),
      (v) => v === 'true',
    );
    expect(await page.evaluate(`document.getElementById('kind-vague').checked`)).toBe(true);
    expect(await page.evaluate(`document.getElementById('auto').checked`)).toBe(true);
    expect(await until(stored, (s) => JSON.stringify(s) === JSON.stringify(DEFAULTS))).toEqual(
      DEFAULTS,
    );

    await page.click('#kind-vague');
    await page.click('#min-band-moderate');
    expect(
      await until(stored, (s) => s?.minBand === 'moderate' && !s.kinds.includes('vague')),
    ).toEqual({ ...DEFAULTS, kinds: KINDS.filter((k) => k !== 'vague'), minBand: 'moderate' });
    expect(
      await until(
        () => text(page, '#status'),
        (t) => t === 'Saved.',
      ),
    ).toBe('Saved.');

    // A page opened now hides the kind switched off.
    const { page: article, url } = await openArticle();
    const state = (await env.state(url))!;
    expect(state.items.some((i) => i.kind === 'vague')).toBe(false);
    expect(state.items.every((i) => ['strong', 'moderate'].includes(i.band))).toBe(true);
    await article.close();
    await page.close();
  });
});
