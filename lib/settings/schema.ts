// Shapes of what Sourcelight keeps in extension storage, and the repair
// functions that turn any stored value (old, hand-edited, half-written,
// another version's) into a valid one. Every read goes through these, so a
// corrupt value falls back to the default field by field and never throws.
import { KINDS, type Band, type CustomCue, type Kind } from '../sourcing/types';

export type MinBand = 'strong' | 'moderate' | 'weak' | 'all';
export const MIN_BANDS: readonly MinBand[] = ['all', 'weak', 'moderate', 'strong'];

export interface Settings {
  /** Kinds whose badges are shown. */
  kinds: Kind[];
  /** The weakest band still highlighted; `all` also shows non-responses. */
  minBand: MinBand;
  /** Switch on by itself on pages that look like articles. */
  autoOnArticles: boolean;
  /** The reader's own cue phrases. */
  customCues: CustomCue[];
  /** Keep a private record of the articles analysed ("Your reading"); off unless asked for. */
  recordReading: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  kinds: [...KINDS],
  minBand: 'all',
  autoOnArticles: true,
  customCues: [],
  recordReading: false,
});

export type SiteRule = 'always' | 'never';

export interface WrongReport {
  /** Normalised page URL. */
  url: string;
  kind: Kind;
  score: number | null;
  cue: string;
  sentence: string;
  /** Epoch milliseconds. */
  at: number;
}

/** Limits that keep storage bounded and the UI usable. */
export const LIMITS = {
  pageChoices: 500,
  siteRules: 1000,
  wrongReports: 200,
  customCues: 100,
  cueMin: 2,
  cueMax: 80,
  reportText: 500,
} as const;

const KIND_SET = new Set<string>(KINDS);

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && KIND_SET.has(value);
}

export function isMinBand(value: unknown): value is MinBand {
  return typeof value === 'string' && (MIN_BANDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type CueCheck = { ok: true; cue: CustomCue } | { ok: false; error: CueError };
export type CueError =
  'cue-empty' | 'cue-too-short' | 'cue-too-long' | 'cue-no-letter' | 'cue-kind';

/**
 * Checks a cue phrase typed by the reader. Whitespace is collapsed; the phrase
 * must hold a letter and be 2–80 characters. The error is an i18n message key.
 */
export function validateCue(phrase: unknown, kind: unknown): CueCheck {
  const p = typeof phrase === 'string' ? phrase.replace(/\s+/g, ' ').trim() : '';
  if (!p) return { ok: false, error: 'cue-empty' };
  if (p.length < LIMITS.cueMin) return { ok: false, error: 'cue-too-short' };
  if (p.length > LIMITS.cueMax) return { ok: false, error: 'cue-too-long' };
  if (!/\p{L}/u.test(p)) return { ok: false, error: 'cue-no-letter' };
  if (!isKind(kind)) return { ok: false, error: 'cue-kind' };
  return { ok: true, cue: { phrase: p, kind } };
}

/** Valid cues only, first of each phrase (case-insensitive) kept, capped. */
export function sanitizeCues(value: unknown): CustomCue[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: CustomCue[] = [];
  for (const c of value) {
    if (!isRecord(c)) continue;
    const check = validateCue(c.phrase, c.kind);
    if (!check.ok) continue;
    const key = check.cue.phrase.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(check.cue);
    if (out.length >= LIMITS.customCues) break;
  }
  return out;
}

/** Kinds in taxonomy order, unknown ones dropped. An empty list is a valid choice. */
export function sanitizeKinds(value: unknown): Kind[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.kinds];
  const wanted = new Set(value.filter(isKind));
  return KINDS.filter((k) => wanted.has(k));
}

/** Any value in, valid settings out: each field kept if valid, else its default. */
export function sanitizeSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  return {
    kinds: 'kinds' in v ? sanitizeKinds(v.kinds) : [...DEFAULT_SETTINGS.kinds],
    minBand: isMinBand(v.minBand) ? v.minBand : DEFAULT_SETTINGS.minBand,
    autoOnArticles:
      typeof v.autoOnArticles === 'boolean' ? v.autoOnArticles : DEFAULT_SETTINGS.autoOnArticles,
    customCues: sanitizeCues(v.customCues),
    // Only an explicit `true` records: anything else is the default, off.
    recordReading: v.recordReading === true,
  };
}

const BAND_RANK: Record<Band, number> = { strong: 3, moderate: 2, weak: 1, none: 0 };
const MIN_RANK: Record<MinBand, number> = { strong: 3, moderate: 2, weak: 1, all: 0 };

/** Whether a band is at or above the minimum ("all" also lets non-responses through). */
export function bandPasses(band: Band, minBand: MinBand): boolean {
  return BAND_RANK[band] >= MIN_RANK[minBand];
}

/** Whether the overlay should show an attribution under these settings. */
export function shouldShow(item: { kind: Kind; band: Band }, settings: Settings): boolean {
  return settings.kinds.includes(item.kind) && bandPasses(item.band, settings.minBand);
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export { isRecord };
