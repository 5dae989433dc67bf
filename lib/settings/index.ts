// Sourcelight's stored state: settings, per-page choices, site rules and
// "this badge is wrong" reports. Every getter repairs what it reads (and writes
// the repair back), every setter validates, every list is capped.
import {
  isKind,
  isMinBand,
  isRecord,
  LIMITS,
  sameJson,
  sanitizeCues,
  sanitizeKinds,
  sanitizeSettings,
} from './schema';
import type { Settings, SiteRule, WrongReport } from './schema';
import {
  pageChoicesItem,
  settingsItem,
  siteRulesItem,
  wrongReportsItem,
  type PageChoice,
} from './items';
import { hostOf, normalizeHost, normalizeUrl } from './url';

export * from './schema';
export { hostOf, normalizeHost, normalizeUrl } from './url';
export { KEYS, migrateSettingsV1toV2, migrateSettingsV2toV3, type PageChoice } from './items';

// Read-modify-write of one item is serialised within this context so two
// quick clicks in the popup cannot lose one another's change.
const chains = new Map<string, Promise<unknown>>();
function serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = chains.get(key) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  chains.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

/** Reads an item, repairs it, writes the repair back when it changed. */
async function readRepaired<T>(
  item: { getValue(): Promise<unknown>; setValue(v: T): Promise<void> },
  repair: (raw: unknown) => T,
): Promise<T> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch {
    raw = undefined; // storage unavailable or unreadable: act on defaults
  }
  const fixed = repair(raw);
  if (raw != null && !sameJson(raw, fixed)) {
    await item.setValue(fixed).catch(() => undefined);
  }
  return fixed;
}

// ---------------------------------------------------------------- settings

export function getSettings(): Promise<Settings> {
  return readRepaired(settingsItem, sanitizeSettings);
}

/** The fields of a patch that have the right type; the rest are ignored. */
function validFields(patch: unknown): Partial<Settings> {
  if (!isRecord(patch)) return {};
  const out: Partial<Settings> = {};
  if (Array.isArray(patch.kinds)) out.kinds = sanitizeKinds(patch.kinds);
  if (isMinBand(patch.minBand)) out.minBand = patch.minBand;
  if (typeof patch.autoOnArticles === 'boolean') out.autoOnArticles = patch.autoOnArticles;
  if (Array.isArray(patch.customCues)) out.customCues = sanitizeCues(patch.customCues);
  if (typeof patch.recordReading === 'boolean') out.recordReading = patch.recordReading;
  return out;
}

/** Merges a patch, validates the result, stores and returns it. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return serial(settingsItem.key, async () => {
    const current = await getSettings();
    const next = sanitizeSettings({ ...current, ...validFields(patch) });
    await settingsItem.setValue(next);
    return next;
  });
}

export function resetSettings(): Promise<Settings> {
  return serial(settingsItem.key, async () => {
    const next = sanitizeSettings(undefined);
    await settingsItem.setValue(next);
    return next;
  });
}

/** Calls `cb` with the repaired settings on every change; returns unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}

// ------------------------------------------------------------ page choices

function sanitizePageChoices(value: unknown): PageChoice[] {
  if (!Array.isArray(value)) return [];
  const byUrl = new Map<string, PageChoice>();
  for (const c of value) {
    if (!isRecord(c) || typeof c.url !== 'string' || !c.url || typeof c.enabled !== 'boolean') {
      continue;
    }
    const at = typeof c.at === 'number' && Number.isFinite(c.at) ? c.at : 0;
    byUrl.delete(c.url); // a later duplicate wins and moves to the end
    byUrl.set(c.url, { url: c.url, enabled: c.enabled, at });
  }
  return Array.from(byUrl, ([, choice]) => choice).slice(-LIMITS.pageChoices);
}

export function getPageChoices(): Promise<PageChoice[]> {
  return readRepaired(pageChoicesItem, sanitizePageChoices);
}

/** Remembers the switch for this page; the oldest choices go past the cap. */
export function rememberPageChoice(url: string, enabled: boolean): Promise<void> {
  const key = normalizeUrl(url);
  if (!key || typeof enabled !== 'boolean') return Promise.resolve();
  return serial(pageChoicesItem.key, async () => {
    const list = (await getPageChoices()).filter((c) => c.url !== key);
    list.push({ url: key, enabled, at: Date.now() });
    await pageChoicesItem.setValue(list.slice(-LIMITS.pageChoices));
  });
}

export async function getPageChoice(url: string): Promise<boolean | undefined> {
  const key = normalizeUrl(url);
  return (await getPageChoices()).find((c) => c.url === key)?.enabled;
}

export function forgetPageChoice(url: string): Promise<void> {
  const key = normalizeUrl(url);
  return serial(pageChoicesItem.key, async () => {
    const list = await getPageChoices();
    const next = list.filter((c) => c.url !== key);
    if (next.length !== list.length) await pageChoicesItem.setValue(next);
  });
}

export function clearPageChoices(): Promise<void> {
  return serial(pageChoicesItem.key, () => pageChoicesItem.setValue([]));
}

// -------------------------------------------------------------- site rules

function sanitizeSiteRules(value: unknown): Record<string, SiteRule> {
  const out: Record<string, SiteRule> = {};
  if (!isRecord(value)) return out;
  const entries = Object.entries(value).slice(-LIMITS.siteRules);
  for (const [host, rule] of entries) {
    const h = normalizeHost(host);
    if (h && (rule === 'always' || rule === 'never')) out[h] = rule;
  }
  return out;
}

export function getSiteRules(): Promise<Record<string, SiteRule>> {
  return readRepaired(siteRulesItem, sanitizeSiteRules);
}

/**
 * Sets (or with `null` removes) the rule for a host. Accepts a host or a URL.
 * Returns the normalised host, or "" when the input names no host.
 */
export function setSiteRule(host: string, rule: SiteRule | null): Promise<string> {
  const h = normalizeHost(host);
  if (!h || (rule !== null && rule !== 'always' && rule !== 'never')) return Promise.resolve('');
  return serial(siteRulesItem.key, async () => {
    const rules = await getSiteRules();
    delete rules[h]; // re-insert at the end: most recent last
    if (rule) rules[h] = rule;
    const entries = Object.entries(rules).slice(-LIMITS.siteRules);
    await siteRulesItem.setValue(Object.fromEntries(entries));
    return h;
  });
}

/** The rule for a page: its host's, else its closest parent domain's. */
export async function getSiteRule(url: string): Promise<SiteRule | undefined> {
  let host = hostOf(url) || normalizeHost(url);
  if (!host) return undefined;
  const rules = await getSiteRules();
  // IP literals have no parent domains to fall back on.
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return rules[host];
  for (;;) {
    if (rules[host]) return rules[host];
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
}

// ------------------------------------------------------------------ switch

/** Page choice, else site rule, else automatic on articles. */
export async function decideEnabled(url: string, isArticle: boolean): Promise<boolean> {
  const choice = await getPageChoice(url);
  if (choice !== undefined) return choice;
  const rule = await getSiteRule(url);
  if (rule) return rule === 'always';
  return (await getSettings()).autoOnArticles && isArticle === true;
}

// ----------------------------------------------------------- wrong reports

function clip(s: unknown): string {
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, LIMITS.reportText) : '';
}

function sanitizeReport(r: unknown): WrongReport | null {
  if (!isRecord(r) || typeof r.url !== 'string' || !r.url || !isKind(r.kind)) return null;
  const score =
    typeof r.score === 'number' && Number.isFinite(r.score)
      ? Math.max(0, Math.min(100, Math.round(r.score)))
      : null;
  const at = typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : 0;
  return {
    url: normalizeUrl(r.url),
    kind: r.kind,
    score,
    cue: clip(r.cue),
    sentence: clip(r.sentence),
    at,
  };
}

function sanitizeReports(value: unknown): WrongReport[] {
  if (!Array.isArray(value)) return [];
  const out: WrongReport[] = [];
  for (const r of value) {
    const s = sanitizeReport(r);
    if (s) out.push(s);
  }
  return out.slice(-LIMITS.wrongReports);
}

function sameReport(a: WrongReport, b: WrongReport): boolean {
  return a.url === b.url && a.kind === b.kind && a.cue === b.cue && a.sentence === b.sentence;
}

/**
 * Stores a report (URL normalised, text clipped); a repeat of the same badge
 * replaces the earlier one. Returns the stored report, or null if invalid.
 */
export function addWrongReport(
  report: Omit<WrongReport, 'at'> & { at?: number },
): Promise<WrongReport | null> {
  const r = sanitizeReport({ at: Date.now(), ...report });
  if (!r) return Promise.resolve(null);
  return serial(wrongReportsItem.key, async () => {
    const list = (await getAllReports()).filter((x) => !sameReport(x, r));
    list.push(r);
    await wrongReportsItem.setValue(list.slice(-LIMITS.wrongReports));
    return r;
  });
}

function getAllReports(): Promise<WrongReport[]> {
  return readRepaired(wrongReportsItem, sanitizeReports);
}

/** All reports, or those of one page (any form of its URL). */
export async function getWrongReports(url?: string): Promise<WrongReport[]> {
  const all = await getAllReports();
  if (url === undefined) return all;
  const key = normalizeUrl(url);
  return all.filter((r) => r.url === key);
}

/** Removes the report(s) matching url + at (as listed by getWrongReports). */
export function removeWrongReport(match: Pick<WrongReport, 'url' | 'at'>): Promise<number> {
  const key = normalizeUrl(match?.url ?? '');
  return serial(wrongReportsItem.key, async () => {
    const list = await getAllReports();
    const next = list.filter((r) => !(r.url === key && r.at === match.at));
    if (next.length !== list.length) await wrongReportsItem.setValue(next);
    return list.length - next.length;
  });
}

export function clearWrongReports(): Promise<void> {
  return serial(wrongReportsItem.key, () => wrongReportsItem.setValue([]));
}
