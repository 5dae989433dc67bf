import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KINDS } from '../../lib/sourcing/types';
import {
  DEFAULT_SETTINGS,
  bandPasses,
  getSettings,
  migrateSettingsV1toV2,
  migrateSettingsV2toV3,
  resetSettings,
  sanitizeSettings,
  saveSettings,
  shouldShow,
  validateCue,
  watchSettings,
} from '../../lib/settings';
import { settingsItem } from '../../lib/settings/items';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async <T = unknown>(key: string) =>
  (await fakeBrowser.storage.local.get(key))[key] as T;

describe('defaults', () => {
  test('empty storage gives the defaults: every kind, all bands, automatic on articles', async () => {
    const s = await getSettings();
    expect(s).toEqual({
      kinds: [...KINDS],
      minBand: 'all',
      autoOnArticles: true,
      customCues: [],
      recordReading: false,
    });
    expect(s).toEqual(DEFAULT_SETTINGS);
    // Reading the defaults writes nothing.
    expect(await stored('settings')).toBeUndefined();
  });

  test('the returned defaults are a copy: mutating them does not change the next read', async () => {
    const s = await getSettings();
    s.kinds.pop();
    s.customCues.push({ phrase: 'x y', kind: 'vague' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('save, reset, watch', () => {
  test('a patch is merged with what is stored and persists', async () => {
    await saveSettings({ minBand: 'moderate' });
    await saveSettings({ autoOnArticles: false });
    const s = await getSettings();
    expect(s.minBand).toBe('moderate');
    expect(s.autoOnArticles).toBe(false);
    expect(s.kinds).toEqual([...KINDS]);
    expect((await stored<{ minBand: string }>('settings')).minBand).toBe('moderate');
  });

  test('kinds are stored in taxonomy order without duplicates; an empty list is kept', async () => {
    expect((await saveSettings({ kinds: ['vague', 'named', 'vague'] })).kinds).toEqual([
      'named',
      'vague',
    ]);
    expect((await saveSettings({ kinds: [] })).kinds).toEqual([]);
    expect((await getSettings()).kinds).toEqual([]);
  });

  test('an invalid patch field is refused and the stored value kept', async () => {
    await saveSettings({ minBand: 'weak' });
    // @ts-expect-error: deliberately wrong type from an untyped caller
    const s = await saveSettings({ minBand: 'loud', autoOnArticles: 'yes' });
    expect(s.minBand).toBe('weak');
    expect(s.autoOnArticles).toBe(true);
  });

  test('concurrent saves from one context do not lose each other', async () => {
    await Promise.all([
      saveSettings({ minBand: 'strong' }),
      saveSettings({ autoOnArticles: false }),
      saveSettings({ customCues: [{ phrase: 'insiders whisper', kind: 'anonymous' }] }),
    ]);
    const s = await getSettings();
    expect(s.minBand).toBe('strong');
    expect(s.autoOnArticles).toBe(false);
    expect(s.customCues).toEqual([{ phrase: 'insiders whisper', kind: 'anonymous' }]);
  });

  test('reset returns to the defaults', async () => {
    await saveSettings({ minBand: 'strong', kinds: ['named'], autoOnArticles: false });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('watchSettings reports each change, repaired, until unwatched', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.minBand));
    await saveSettings({ minBand: 'moderate' });
    await fakeBrowser.storage.local.set({ settings: { minBand: 42 } });
    unwatch();
    await saveSettings({ minBand: 'strong' });
    expect(seen).toEqual(['moderate', 'all']);
  });
});

describe('corrupt values are repaired, never thrown', () => {
  const cases: [string, unknown][] = [
    ['a string', 'garbage'],
    ['a number', 7],
    ['an array', ['named']],
    ['true', true],
    ['an empty object', {}],
  ];
  test.each(cases)('%s becomes the defaults and is written back', async (_, value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored('settings')).toEqual(DEFAULT_SETTINGS);
  });

  test('each bad field falls back alone; good fields survive', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        kinds: ['named', 'gossip', 3, 'document'],
        minBand: 'STRONG',
        autoOnArticles: false,
        customCues: [
          { phrase: '  people   in the know ', kind: 'anonymous' },
          { phrase: 'People in the know', kind: 'vague' }, // duplicate, case-insensitive
          { phrase: 'x', kind: 'vague' }, // too short
          { phrase: '1234', kind: 'vague' }, // no letter
          { phrase: 'it emerged', kind: 'rumour' }, // unknown kind
          'loose string',
          null,
        ],
        extra: 'dropped',
      },
    });
    const s = await getSettings();
    expect(s).toEqual({
      kinds: ['named', 'document'],
      minBand: 'all',
      autoOnArticles: false,
      customCues: [{ phrase: 'people in the know', kind: 'anonymous' }],
      recordReading: false,
    });
    expect(await stored('settings')).toEqual(s);
  });

  test('sanitizeSettings accepts anything', () => {
    for (const v of [undefined, null, NaN, Symbol('x'), () => 1, new Date(), { kinds: 'named' }]) {
      expect(() => sanitizeSettings(v)).not.toThrow();
      expect(sanitizeSettings(v).minBand).toBe('all');
    }
    expect(sanitizeSettings({ kinds: 'named' }).kinds).toEqual([...KINDS]);
  });
});

describe('migrations', () => {
  test('a v1 value (hidden kinds, numeric minimum, cue strings) is upgraded through storage', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        hiddenKinds: ['vague', 'non-response'],
        minScore: 45,
        auto: false,
        cues: ['word on the street|vague', 'insiders say|anonymous', 'bad|rumour'],
      },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await stored('settings$')).toEqual({ v: 3 });
    expect(await getSettings()).toEqual({
      kinds: ['named', 'official', 'document', 'secondhand', 'anonymous'],
      minBand: 'moderate',
      autoOnArticles: false,
      customCues: [
        { phrase: 'word on the street', kind: 'vague' },
        { phrase: 'insiders say', kind: 'anonymous' },
      ],
      recordReading: false,
    });
  });

  test('a value with no version metadata is treated as v1 and migrated', async () => {
    await fakeBrowser.storage.local.set({ settings: { minScore: 80 } });
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.minBand).toBe('strong');
    expect(s.kinds).toEqual([...KINDS]);
  });

  test('a v2-shaped value marked v1 passes through unchanged', () => {
    const v2 = { kinds: ['named'], minBand: 'weak', autoOnArticles: false, customCues: [] };
    expect(migrateSettingsV1toV2(v2)).toBe(v2);
  });

  test('the v1 minimum score maps onto bands at the taxonomy thresholds', () => {
    const band = (minScore: number) =>
      sanitizeSettings(migrateSettingsV1toV2({ minScore })).minBand;
    expect([0, 1, 39, 40, 69, 70, 100].map(band)).toEqual([
      'all',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'strong',
      'strong',
    ]);
  });

  test('a corrupt v1 value neither throws nor survives', async () => {
    await fakeBrowser.storage.local.set({ settings: 'v1 garbage', settings$: { v: 1 } });
    await expect(settingsItem.migrate()).resolves.toBeUndefined();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a v2 value stored without version metadata survives the migration unchanged', async () => {
    const v2 = {
      kinds: ['named', 'anonymous'],
      minBand: 'weak',
      autoOnArticles: false,
      customCues: [{ phrase: 'insiders say', kind: 'anonymous' }],
    };
    await fakeBrowser.storage.local.set({ settings: v2 });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...v2, recordReading: false });
  });

  test('v2 to v3: the reading record is added switched off, every other field kept', async () => {
    const v2 = {
      kinds: ['named'],
      minBand: 'strong',
      autoOnArticles: false,
      customCues: [{ phrase: 'insiders say', kind: 'anonymous' }],
    };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await stored('settings$')).toEqual({ v: 3 });
    expect(await stored('settings')).toEqual({ ...v2, recordReading: false });
    expect(await getSettings()).toEqual({ ...v2, recordReading: false });
  });

  test('a v3 value stored without version metadata keeps the record switched on', async () => {
    await fakeBrowser.storage.local.set({ settings: { recordReading: true } });
    await settingsItem.migrate();
    expect((await getSettings()).recordReading).toBe(true);
  });

  test('v2 to v3 keeps only an explicit true, and passes what it cannot read to the repair', () => {
    expect(migrateSettingsV2toV3({ recordReading: true })).toEqual({ recordReading: true });
    expect(migrateSettingsV2toV3({ recordReading: 'yes' })).toEqual({ recordReading: false });
    expect(migrateSettingsV2toV3('junk')).toBe('junk');
    expect(sanitizeSettings({ recordReading: 1 }).recordReading).toBe(false);
  });

  test('switching the record on and off is saved; a non-boolean patch is refused', async () => {
    expect((await saveSettings({ recordReading: true })).recordReading).toBe(true);
    expect(
      (await saveSettings({ recordReading: 'on' } as unknown as { recordReading: boolean }))
        .recordReading,
    ).toBe(true);
    expect((await saveSettings({ recordReading: false })).recordReading).toBe(false);
    expect((await stored<{ recordReading: boolean }>('settings')).recordReading).toBe(false);
  });
});

describe('cue validation and filters', () => {
  test('validateCue explains what is wrong', () => {
    expect(validateCue('  according   to insiders ', 'anonymous')).toEqual({
      ok: true,
      cue: { phrase: 'according to insiders', kind: 'anonymous' },
    });
    expect(validateCue('', 'vague')).toEqual({ ok: false, error: 'cue-empty' });
    expect(validateCue('   ', 'vague')).toEqual({ ok: false, error: 'cue-empty' });
    expect(validateCue('a', 'vague')).toEqual({ ok: false, error: 'cue-too-short' });
    expect(validateCue('w'.repeat(81), 'vague')).toEqual({ ok: false, error: 'cue-too-long' });
    expect(validateCue('!!!', 'vague')).toEqual({ ok: false, error: 'cue-no-letter' });
    expect(validateCue('it seems', 'gossip')).toEqual({ ok: false, error: 'cue-kind' });
    expect(validateCue(42, 'vague')).toEqual({ ok: false, error: 'cue-empty' });
  });

  test('bandPasses: each minimum lets through its band and the stronger ones', () => {
    const bands = ['strong', 'moderate', 'weak', 'none'] as const;
    const through = (min: 'all' | 'weak' | 'moderate' | 'strong') =>
      bands.filter((b) => bandPasses(b, min));
    expect(through('all')).toEqual(['strong', 'moderate', 'weak', 'none']);
    expect(through('weak')).toEqual(['strong', 'moderate', 'weak']);
    expect(through('moderate')).toEqual(['strong', 'moderate']);
    expect(through('strong')).toEqual(['strong']);
  });

  test('shouldShow needs both the kind and the band', () => {
    const s = { ...DEFAULT_SETTINGS, kinds: ['named', 'vague'], minBand: 'weak' } as const;
    const settings = { ...s, kinds: [...s.kinds], customCues: [] };
    expect(shouldShow({ kind: 'named', band: 'strong' }, settings)).toBe(true);
    expect(shouldShow({ kind: 'vague', band: 'weak' }, settings)).toBe(true);
    expect(shouldShow({ kind: 'official', band: 'strong' }, settings)).toBe(false);
    expect(shouldShow({ kind: 'named', band: 'none' }, settings)).toBe(false);
  });
});
