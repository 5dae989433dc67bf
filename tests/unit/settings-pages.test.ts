import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  LIMITS,
  addWrongReport,
  clearPageChoices,
  clearWrongReports,
  decideEnabled,
  forgetPageChoice,
  getPageChoice,
  getPageChoices,
  getSiteRule,
  getSiteRules,
  getWrongReports,
  hostOf,
  normalizeHost,
  normalizeUrl,
  rememberPageChoice,
  removeWrongReport,
  saveSettings,
  setSiteRule,
} from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

const stored = async <T = unknown>(key: string) =>
  (await fakeBrowser.storage.local.get(key))[key] as T;

describe('normalizeUrl', () => {
  const table: [string, string][] = [
    ['https://Example.COM/News/Story', 'https://example.com/News/Story'],
    ['https://www.example.com/story/', 'https://example.com/story'],
    ['https://example.com/story#comments', 'https://example.com/story'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com//a//b//', 'https://example.com/a/b'],
    [
      'https://example.com/a?utm_source=x&utm_medium=email&UTM_Campaign=y&id=7',
      'https://example.com/a?id=7',
    ],
    ['https://example.com/a?fbclid=abc&gclid=def&msclkid=1&mc_eid=2', 'https://example.com/a'],
    ['https://example.com/a?page=2&id=7', 'https://example.com/a?id=7&page=2'],
    ['https://example.com/a?id=7&page=2', 'https://example.com/a?id=7&page=2'],
    ['https://example.com/a?q=hello%20world', 'https://example.com/a?q=hello+world'],
    ['https://example.com./a', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['chrome://extensions/#x', 'chrome://extensions/'],
    ['not a url', 'not a url'],
    ['', ''],
  ];
  test.each(table)('%s -> %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test('two shares of one article give one key', () => {
    const a = normalizeUrl('https://www.news.test/2024/05/floods/?utm_source=tw#top');
    const b = normalizeUrl('https://NEWS.test/2024/05/floods?fbclid=Iw123');
    expect(a).toBe(b);
  });

  test('never throws on odd input', () => {
    for (const v of [undefined, null, 42, {}, 'http://', 'https://[::1', '%%%']) {
      expect(() => normalizeUrl(v as string)).not.toThrow();
    }
  });
});

describe('normalizeHost and hostOf', () => {
  const table: [string, string][] = [
    ['Example.com', 'example.com'],
    ['WWW.example.com', 'example.com'],
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['example.com/path', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['news.example.co.uk.', 'news.example.co.uk'],
    ['127.0.0.1', '127.0.0.1'],
    ['', ''],
    ['   ', ''],
    ['exa mple.com', ''],
    ['<script>', ''],
  ];
  test.each(table)('normalizeHost(%j) = %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test('hostOf gives "" for pages that have no site', () => {
    expect(hostOf('https://www.example.com/a')).toBe('example.com');
    expect(hostOf('chrome://newtab/')).toBe('');
    expect(hostOf('about:blank')).toBe('');
    expect(hostOf('garbage')).toBe('');
  });
});

describe('per-page choices', () => {
  test('a choice is found again under another form of the same URL', async () => {
    await rememberPageChoice('https://www.example.com/story/?utm_source=x#c', false);
    expect(await getPageChoice('https://example.com/story')).toBe(false);
    expect(await getPageChoice('https://example.com/other')).toBeUndefined();
    await rememberPageChoice('https://example.com/story', true);
    expect(await getPageChoice('https://example.com/story')).toBe(true);
    expect(await getPageChoices()).toHaveLength(1);
  });

  test(`storage is capped at ${LIMITS.pageChoices}: the oldest choices are pruned`, async () => {
    const n = LIMITS.pageChoices + 25;
    for (let i = 0; i < n; i++) await rememberPageChoice(`https://example.com/p${i}`, i % 2 === 0);
    const list = await getPageChoices();
    expect(list).toHaveLength(LIMITS.pageChoices);
    expect(await getPageChoice('https://example.com/p0')).toBeUndefined();
    expect(await getPageChoice('https://example.com/p24')).toBeUndefined();
    expect(await getPageChoice('https://example.com/p25')).toBe(false);
    expect(await getPageChoice(`https://example.com/p${n - 1}`)).toBe(true);
    expect((await stored<unknown[]>('pageChoices')).length).toBe(LIMITS.pageChoices);
  });

  test('touching an old choice makes it recent, so it survives pruning', async () => {
    for (let i = 0; i < LIMITS.pageChoices; i++) {
      await rememberPageChoice(`https://example.com/p${i}`, true);
    }
    await rememberPageChoice('https://example.com/p0', false); // refreshed
    await rememberPageChoice('https://example.com/new', true); // pushes out p1
    expect(await getPageChoice('https://example.com/p0')).toBe(false);
    expect(await getPageChoice('https://example.com/p1')).toBeUndefined();
  });

  test('forget and clear', async () => {
    await rememberPageChoice('https://a.test/1', true);
    await rememberPageChoice('https://a.test/2', false);
    await forgetPageChoice('https://a.test/1/');
    expect(await getPageChoice('https://a.test/1')).toBeUndefined();
    expect(await getPageChoice('https://a.test/2')).toBe(false);
    await clearPageChoices();
    expect(await getPageChoices()).toEqual([]);
  });

  test('a corrupt list is repaired: bad entries dropped, duplicates merged, cap applied', async () => {
    const big = Array.from({ length: LIMITS.pageChoices + 10 }, (_, i) => ({
      url: `https://b.test/${i}`,
      enabled: true,
      at: i,
    }));
    await fakeBrowser.storage.local.set({
      pageChoices: [
        { url: 'https://a.test/x', enabled: 'yes' },
        null,
        { url: 'https://a.test/y', enabled: true },
        { url: 'https://a.test/y', enabled: false, at: 5 },
        ...big,
      ],
    });
    const list = await getPageChoices();
    expect(list).toHaveLength(LIMITS.pageChoices);
    expect(list.every((c) => typeof c.enabled === 'boolean')).toBe(true);
    expect((await stored<unknown[]>('pageChoices')).length).toBe(LIMITS.pageChoices);

    await fakeBrowser.storage.local.set({ pageChoices: { not: 'a list' } });
    expect(await getPageChoice('https://a.test/y')).toBeUndefined();
    expect(await stored('pageChoices')).toEqual([]);
  });
});

describe('site rules', () => {
  test('set, read, remove; hosts normalised', async () => {
    expect(await setSiteRule('WWW.Example.com', 'always')).toBe('example.com');
    expect(await setSiteRule('https://news.test/a/b', 'never')).toBe('news.test');
    expect(await getSiteRules()).toEqual({ 'example.com': 'always', 'news.test': 'never' });
    await setSiteRule('example.com', null);
    expect(await getSiteRules()).toEqual({ 'news.test': 'never' });
  });

  test('invalid hosts and rules are refused', async () => {
    expect(await setSiteRule('', 'always')).toBe('');
    expect(await setSiteRule('no spaces.com', 'always')).toBe('');
    // @ts-expect-error: wrong rule from an untyped caller
    expect(await setSiteRule('example.com', 'sometimes')).toBe('');
    expect(await getSiteRules()).toEqual({});
  });

  test('a rule applies to every page of the site and its subdomains; the closest wins', async () => {
    await setSiteRule('example.com', 'never');
    await setSiteRule('live.example.com', 'always');
    expect(await getSiteRule('https://example.com/any/page')).toBe('never');
    expect(await getSiteRule('https://www.example.com/other')).toBe('never');
    expect(await getSiteRule('https://sport.example.com/x')).toBe('never');
    expect(await getSiteRule('https://live.example.com/x')).toBe('always');
    expect(await getSiteRule('https://a.live.example.com/x')).toBe('always');
    expect(await getSiteRule('https://notexample.com/x')).toBeUndefined();
    expect(await getSiteRule('chrome://settings')).toBeUndefined();
  });

  test('IP hosts match exactly', async () => {
    await setSiteRule('127.0.0.1', 'always');
    expect(await getSiteRule('http://127.0.0.1:4000/a')).toBe('always');
    expect(await getSiteRule('http://10.0.0.1/a')).toBeUndefined();
  });

  test('a corrupt rules value is repaired', async () => {
    await fakeBrowser.storage.local.set({
      siteRules: { 'WWW.A.test': 'always', 'b.test': 'maybe', 'bad host': 'never', 'c.test': 1 },
    });
    expect(await getSiteRules()).toEqual({ 'a.test': 'always' });
    expect(await stored('siteRules')).toEqual({ 'a.test': 'always' });
    await fakeBrowser.storage.local.set({ siteRules: ['a.test'] });
    expect(await getSiteRules()).toEqual({});
  });

  test(`rules are capped at ${LIMITS.siteRules}, oldest dropped`, async () => {
    const rules = Object.fromEntries(
      Array.from({ length: LIMITS.siteRules }, (_, i) => [`s${i}.test`, 'never']),
    );
    await fakeBrowser.storage.local.set({ siteRules: rules });
    await setSiteRule('new.test', 'always');
    const after = await getSiteRules();
    expect(Object.keys(after)).toHaveLength(LIMITS.siteRules);
    expect(after['s0.test']).toBeUndefined();
    expect(after['new.test']).toBe('always');
  });
});

describe('decideEnabled: page choice, then site rule, then automatic on articles', () => {
  const url = 'https://example.com/story';
  test('defaults: on for articles, off elsewhere', async () => {
    expect(await decideEnabled(url, true)).toBe(true);
    expect(await decideEnabled(url, false)).toBe(false);
  });

  test('automatic off: nothing is on by itself', async () => {
    await saveSettings({ autoOnArticles: false });
    expect(await decideEnabled(url, true)).toBe(false);
  });

  test('a site rule beats the automatic setting both ways', async () => {
    await setSiteRule('example.com', 'never');
    expect(await decideEnabled(url, true)).toBe(false);
    await setSiteRule('example.com', 'always');
    await saveSettings({ autoOnArticles: false });
    expect(await decideEnabled(url, false)).toBe(true);
  });

  test('a page choice beats the site rule both ways', async () => {
    await setSiteRule('example.com', 'never');
    await rememberPageChoice(url + '?utm_source=x', true);
    expect(await decideEnabled(url, false)).toBe(true);
    await setSiteRule('example.com', 'always');
    await rememberPageChoice(url, false);
    expect(await decideEnabled(url, true)).toBe(false);
    // Another page of the site still follows the rule.
    expect(await decideEnabled('https://example.com/other', false)).toBe(true);
  });

  test('non-web pages follow the automatic setting and never throw', async () => {
    expect(await decideEnabled('chrome://newtab/', false)).toBe(false);
    expect(await decideEnabled('garbage', true)).toBe(true);
  });
});

describe('wrong-badge reports', () => {
  const base = {
    url: 'https://www.example.com/story?utm_source=x',
    kind: 'vague' as const,
    score: 22,
    cue: 'reportedly',
    sentence: 'The plant reportedly closed in March.',
  };

  test('added with a normalised URL and a time, listed per page', async () => {
    const r = await addWrongReport(base);
    expect(r).toMatchObject({ url: 'https://example.com/story', kind: 'vague', score: 22 });
    expect(typeof r!.at).toBe('number');
    await addWrongReport({ ...base, url: 'https://other.test/a', cue: 'it is understood' });
    expect(await getWrongReports()).toHaveLength(2);
    expect(await getWrongReports('https://example.com/story#x')).toHaveLength(1);
  });

  test('the same badge reported twice is stored once', async () => {
    await addWrongReport({ ...base, at: 1 });
    await addWrongReport({ ...base, at: 2 });
    const all = await getWrongReports();
    expect(all).toHaveLength(1);
    expect(all[0].at).toBe(2);
  });

  test('invalid reports are refused; long text is clipped', async () => {
    // @ts-expect-error: unknown kind from an untyped caller
    expect(await addWrongReport({ ...base, kind: 'rumour' })).toBeNull();
    expect(await addWrongReport({ ...base, url: '' })).toBeNull();
    const r = await addWrongReport({ ...base, sentence: 'word '.repeat(400), score: 140 });
    expect(r!.sentence.length).toBe(LIMITS.reportText);
    expect(r!.score).toBe(100);
    const n = await addWrongReport({
      ...base,
      kind: 'non-response',
      score: null,
      cue: 'no comment',
    });
    expect(n!.score).toBeNull();
  });

  test('remove one, clear all', async () => {
    await addWrongReport({ ...base, at: 10 });
    await addWrongReport({ ...base, cue: 'it is believed', at: 11 });
    expect(await removeWrongReport({ url: base.url, at: 10 })).toBe(1);
    expect((await getWrongReports()).map((r) => r.cue)).toEqual(['it is believed']);
    expect(await removeWrongReport({ url: base.url, at: 999 })).toBe(0);
    await clearWrongReports();
    expect(await getWrongReports()).toEqual([]);
  });

  test(`capped at ${LIMITS.wrongReports}, oldest dropped`, async () => {
    for (let i = 0; i < LIMITS.wrongReports + 5; i++) {
      await addWrongReport({ ...base, cue: `cue ${i}`, at: i });
    }
    const all = await getWrongReports();
    expect(all).toHaveLength(LIMITS.wrongReports);
    expect(all[0].cue).toBe('cue 5');
  });

  test('a corrupt list is repaired', async () => {
    await fakeBrowser.storage.local.set({
      wrongReports: [{ ...base, at: 3 }, { url: 'x' }, 'junk', { ...base, kind: 'rumour' }],
    });
    const all = await getWrongReports();
    expect(all).toHaveLength(1);
    expect(all[0].url).toBe('https://example.com/story');
    await fakeBrowser.storage.local.set({ wrongReports: 'junk' });
    expect(await getWrongReports()).toEqual([]);
  });
});
