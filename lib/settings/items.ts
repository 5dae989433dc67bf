// The storage items themselves. All live in `local:` storage: nothing is
// synced, nothing leaves the browser. Each has a fallback and a version; reads
// are repaired through ./schema so an old or corrupt value never escapes.
import { storage } from '#imports';
import { KINDS } from '../sourcing/types';
import {
  DEFAULT_SETTINGS,
  isRecord,
  type Settings,
  type SiteRule,
  type WrongReport,
} from './schema';

export interface PageChoice {
  url: string;
  enabled: boolean;
  at: number;
}

export const KEYS = {
  settings: 'local:settings',
  pageChoices: 'local:pageChoices',
  siteRules: 'local:siteRules',
  wrongReports: 'local:wrongReports',
} as const;

/**
 * v1 is the layout of the first draft of the settings: hidden kinds instead of
 * shown ones, a numeric minimum score, `auto`, and cues as "phrase|kind"
 * strings. v2 is `Settings`. The migration never throws: anything it does not
 * recognise is handed on and repaired by `sanitizeSettings` on read.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  // A key only later layouts have means it is not v1 (a value stored without
  // version metadata is taken for v1, and must not lose its later fields).
  const later = ['kinds', 'minBand', 'autoOnArticles', 'customCues', 'recordReading'];
  if (later.some((k) => k in old)) return old;
  const hidden = Array.isArray(old.hiddenKinds) ? old.hiddenKinds : [];
  const minScore = typeof old.minScore === 'number' ? old.minScore : 0;
  const cues = Array.isArray(old.cues) ? old.cues : [];
  return {
    kinds: KINDS.filter((k) => !hidden.includes(k)),
    minBand:
      minScore >= 70 ? 'strong' : minScore >= 40 ? 'moderate' : minScore > 0 ? 'weak' : 'all',
    autoOnArticles: typeof old.auto === 'boolean' ? old.auto : DEFAULT_SETTINGS.autoOnArticles,
    customCues: cues
      .filter((c): c is string => typeof c === 'string')
      .map((c) => {
        const bar = c.lastIndexOf('|');
        return bar < 0
          ? { phrase: c, kind: 'vague' }
          : { phrase: c.slice(0, bar), kind: c.slice(bar + 1).trim() };
      }),
  };
}

/**
 * v3 adds `recordReading` (the reader's own record, "Your reading"). It is
 * opt-in, so every settings value from before it exists starts with it off.
 */
export function migrateSettingsV2toV3(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return { ...old, recordReading: old.recordReading === true };
}

export const settingsItem = storage.defineItem<Settings>(KEYS.settings, {
  fallback: DEFAULT_SETTINGS as Settings,
  version: 3,
  migrations: { 2: migrateSettingsV1toV2, 3: migrateSettingsV2toV3 },
});

/** Most recent last; pruned from the front. */
export const pageChoicesItem = storage.defineItem<PageChoice[]>(KEYS.pageChoices, {
  fallback: [],
  version: 1,
});

export const siteRulesItem = storage.defineItem<Record<string, SiteRule>>(KEYS.siteRules, {
  fallback: {},
  version: 1,
});

/** Oldest first; pruned from the front. */
export const wrongReportsItem = storage.defineItem<WrongReport[]>(KEYS.wrongReports, {
  fallback: [],
  version: 1,
});
