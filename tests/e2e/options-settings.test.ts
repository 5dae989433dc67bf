import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/browser';
import { KINDS } from '../../lib/sourcing/types';
import type { Settings } from '../../lib/settings/schema';
import { openOptions, seriousViolations, storageGet, storageSet } from './popup-helpers';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await session.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
});

const DEFAULTS = {
  kinds: [...KINDS],
  minBand: 'all',
  autoOnArticles: true,
  customCues: [],
  recordReading: false,
};
const settingsInStorage = async () =>
  (await storageGet(session, 'settings')).settings as Settings | undefined;

describe('options page', () => {
  test('kinds, minimum band and automatic mode save at once and come back after a reload', async () => {
    const page = await openOptions(session);
    await page.locator('#kind-vague').uncheck();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Saved.');
    await page.locator('#min-band-moderate').check();
    await page.locator('#auto').uncheck();
    await expect.poll(settingsInStorage).toEqual({
      kinds: KINDS.filter((k) => k !== 'vague'),
      minBand: 'moderate',
      autoOnArticles: false,
      customCues: [],
      recordReading: false,
    });

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await page.locator('#kind-vague').isChecked()).toBe(false);
    expect(await page.locator('#kind-named').isChecked()).toBe(true);
    expect(await page.locator('#min-band-moderate').isChecked()).toBe(true);
    expect(await page.locator('#auto').isChecked()).toBe(false);
    await page.close();
  });

  test('works from the keyboard alone', async () => {
    const page = await openOptions(session);
    await page.locator('#kind-named').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settingsInStorage())?.kinds).not.toContain('named');
    // Radios move with the arrow keys, and each move saves.
    await page.locator('#min-band-all').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settingsInStorage())?.minBand).toBe('weak');
    // The focus ring is visible.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.close();
  });

  test('site rules: add (host normalised), refuse a bad host, remove; restored after reload', async () => {
    const page = await openOptions(session);
    await page.locator('#site-host').fill('not a host!');
    await page.locator('#site-form button[type=submit]').click();
    expect(await page.locator('#site-error').textContent()).toBe(
      'Enter a site such as example.com.',
    );
    expect(await page.locator('#site-host').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#site-host').fill('https://WWW.Example.com/news/today');
    await page.locator('#site-rule').selectOption('never');
    await page.locator('#site-host').press('Enter');
    await expect.poll(() => page.locator('#site-list li[data-host]').count()).toBe(1);
    expect(await page.locator('#site-error').textContent()).toBe('');
    await page.locator('#site-host').fill('news.test');
    await page.locator('#site-rule').selectOption('always');
    await page.locator('#site-form button[type=submit]').click();
    await expect
      .poll(async () => (await storageGet(session, 'siteRules')).siteRules)
      .toEqual({ 'example.com': 'never', 'news.test': 'always' });

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await page.locator('#site-list li[data-host="example.com"]').textContent()).toContain(
      'Never on',
    );
    await page.getByRole('button', { name: 'Remove example.com' }).click();
    await expect
      .poll(async () => (await storageGet(session, 'siteRules')).siteRules)
      .toEqual({ 'news.test': 'always' });
    await page.close();
  });

  test('custom cue phrases: validated, added with their kind, removed', async () => {
    const page = await openOptions(session);
    const add = async (phrase: string, kind: string) => {
      await page.locator('#cue-phrase').fill(phrase);
      await page.locator('#cue-kind').selectOption(kind);
      await page.locator('#cue-form button[type=submit]').click();
    };
    await add('x', 'vague');
    expect(await page.locator('#cue-error').textContent()).toBe(
      'The phrase needs at least 2 characters.',
    );
    await add('   ', 'vague');
    expect(await page.locator('#cue-error').textContent()).toBe('Type a phrase.');
    await add('!!??', 'vague');
    expect(await page.locator('#cue-error').textContent()).toBe(
      'The phrase needs at least one letter.',
    );
    await add('  word   on the street ', 'vague');
    await add('insiders whisper', 'anonymous');
    await expect.poll(() => page.locator('#cue-list li[data-cue]').count()).toBe(2);
    await add('Word on the street', 'named');
    expect(await page.locator('#cue-error').textContent()).toBe(
      'That phrase is already in the list.',
    );
    expect((await settingsInStorage())!.customCues).toEqual([
      { phrase: 'word on the street', kind: 'vague' },
      { phrase: 'insiders whisper', kind: 'anonymous' },
    ]);

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await page.locator('#cue-list li[data-cue]').count()).toBe(2);
    await page.getByRole('button', { name: 'Remove word on the street' }).click();
    await expect
      .poll(async () => (await settingsInStorage())!.customCues)
      .toEqual([{ phrase: 'insiders whisper', kind: 'anonymous' }]);
    await page.close();
  });

  test('wrong-badge reports: listed, exported as JSON, removed, cleared', async () => {
    const reports = [
      {
        url: 'https://news.test/a',
        kind: 'vague',
        score: 20,
        cue: 'reportedly',
        sentence: 'The mill reportedly shut.',
        at: 1_700_000_000_000,
      },
      {
        url: 'https://news.test/b',
        kind: 'non-response',
        score: null,
        cue: 'declined to comment',
        sentence: '<b>The firm</b> declined to comment.',
        at: 1_700_000_100_000,
      },
    ];
    await storageSet(session, { wrongReports: reports });
    const page = await openOptions(session);
    const rows = page.locator('#reports tr');
    expect(await rows.count()).toBe(2);
    // Page text is shown as text, never as markup.
    expect(await page.locator('#reports b').count()).toBe(0);
    expect(await page.locator('#reports').textContent()).toContain('<b>The firm</b>');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#reports-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sourcelight-reports-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.format).toBe('sourcelight-wrong-badges');
    expect(exported.reports).toEqual(reports);

    await page.getByRole('button', { name: 'Remove reportedly' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect((await storageGet(session, 'wrongReports')).wrongReports as unknown[]).toHaveLength(1);
    await page.locator('#reports-clear').click();
    await expect.poll(() => page.locator('#reports-empty').isVisible()).toBe(true);
    expect((await storageGet(session, 'wrongReports')).wrongReports).toEqual([]);
    await page.close();
  });

  test('reset to defaults asks first, then restores every setting', async () => {
    await storageSet(session, {
      settings: {
        kinds: ['named'],
        minBand: 'strong',
        autoOnArticles: false,
        customCues: [{ phrase: 'it emerged', kind: 'vague' }],
      },
    });
    const page = await openOptions(session);
    expect(await page.locator('#kind-vague').isChecked()).toBe(false);
    await page.locator('#reset').click();
    await page.locator('#reset-no').click();
    expect((await settingsInStorage())!.minBand).toBe('strong');
    await page.locator('#reset').click();
    await page.locator('#reset-yes').click();
    await expect.poll(settingsInStorage).toEqual(DEFAULTS);
    expect(await page.locator('#status').textContent()).toBe('Settings reset to defaults.');
    expect(await page.locator('#kind-vague').isChecked()).toBe(true);
    expect(await page.locator('#min-band-all').isChecked()).toBe(true);
    expect(await page.locator('#cue-list li[data-cue]').count()).toBe(0);
    await page.close();
  });

  test('corrupt stored values are repaired, not fatal', async () => {
    await storageSet(session, {
      settings: { kinds: 'all of them', minBand: 7, autoOnArticles: false, customCues: 'x' },
      siteRules: ['example.com'],
      wrongReports: { not: 'a list' },
      pageChoices: 'garbage',
    });
    const page = await openOptions(session);
    expect(await page.locator('#kind-named').isChecked()).toBe(true);
    expect(await page.locator('#min-band-all').isChecked()).toBe(true);
    expect(await page.locator('#auto').isChecked()).toBe(false); // the one valid field survives
    expect(await page.locator('#site-list li[data-host]').count()).toBe(0);
    expect(await page.locator('#reports-empty').isVisible()).toBe(true);
    const stored = await storageGet(session);
    expect(stored.settings).toEqual({ ...DEFAULTS, autoOnArticles: false });
    expect(stored.siteRules).toEqual({});
    expect(stored.wrongReports).toEqual([]);
    expect(stored.pageChoices).toEqual([]);
    await page.close();
  });

  test('axe finds no serious or critical problem, light or dark, with lists filled', async () => {
    await storageSet(session, {
      siteRules: { 'example.com': 'always' },
      settings: { ...DEFAULTS, customCues: [{ phrase: 'it emerged', kind: 'vague' }] },
      wrongReports: [
        {
          url: 'https://news.test/a',
          kind: 'vague',
          score: 20,
          cue: 'reportedly',
          sentence: 'S.',
          at: 1,
        },
      ],
    });
    const page = await openOptions(session);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
