// The loader's one storage read: what the reader chose for this page and its
// site, and whether automatic mode is on, straight from storage.local in a
// single call. lib/settings (WXT's storage, migrations, repair) would cost
// every page a few milliseconds to load and run; it comes with the analyser
// instead, which also migrates anything the loader cannot read.
import { hostOf, normalizeUrl } from '../settings/url';
import { DEFAULT_SETTINGS } from '../settings/schema';
import type { StoredChoices } from './decide';

/**
 * The storage.local keys of lib/settings/items.ts's KEYS, without WXT's
 * `local:` area (importing that module would bring WXT's storage with it;
 * a unit test holds the two together).
 */
export const SETTINGS = 'settings';
export const PAGE_CHOICES = 'pageChoices';
export const SITE_RULES = 'siteRules';
/** WXT keeps an item's version in `<key>$` as { v }. */
const SETTINGS_META = `${SETTINGS}$`;
/** The settings' version the loader reads (lib/settings/items.ts). */
export const SETTINGS_VERSION = 3;
export const STORAGE_KEYS = [SETTINGS, SETTINGS_META, PAGE_CHOICES, SITE_RULES];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The stored choices for `url`, from a storage.local read of STORAGE_KEYS.
 * Null when the settings are of an older version: the analyser's storage
 * code migrates them and decides. Pure; never throws on odd values.
 */
export function choicesFrom(raw: Record<string, unknown>, url: string): StoredChoices | null {
  const settings = raw[SETTINGS];
  const meta = raw[SETTINGS_META];
  if (settings != null && (!isRecord(meta) || meta.v !== SETTINGS_VERSION)) return null;
  const autoOnNews =
    isRecord(settings) && typeof settings.autoOnArticles === 'boolean'
      ? settings.autoOnArticles
      : DEFAULT_SETTINGS.autoOnArticles;

  let pageChoice: boolean | undefined;
  const list = raw[PAGE_CHOICES];
  if (Array.isArray(list)) {
    const page = normalizeUrl(url);
    // A later duplicate wins, as lib/settings repairs the list.
    for (let i = list.length - 1; i >= 0 && pageChoice === undefined; i--) {
      const c: unknown = list[i];
      if (isRecord(c) && c.url === page && typeof c.enabled === 'boolean') pageChoice = c.enabled;
    }
  }

  let siteRule: StoredChoices['siteRule'];
  const rules = raw[SITE_RULES];
  // The URL is parsed only when there are rules to look up (a URL object costs).
  let host = isRecord(rules) ? hostOf(url) : '';
  if (isRecord(rules) && host) {
    // The host's rule, else its closest parent domain's (not for IP literals).
    const ip = host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host);
    for (;;) {
      const r = Object.prototype.hasOwnProperty.call(rules, host) ? rules[host] : undefined;
      if (r === 'always' || r === 'never') {
        siteRule = r;
        break;
      }
      const dot = host.indexOf('.');
      if (ip || dot < 0) break;
      host = host.slice(dot + 1);
    }
  }
  return { pageChoice, siteRule, autoOnNews };
}

/** The extension API's own global in both browsers. */
declare const chrome: {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};

/** The storage read behind the choices, in one call (started early on news: see quiet-start.ts). */
export function readStoredRaw(): Promise<Record<string, unknown>> {
  return chrome.storage.local.get(STORAGE_KEYS);
}

/** Reads the stored choices for `url` in one storage call. */
export async function readStoredChoices(url: string): Promise<StoredChoices | null> {
  return choicesFrom(await readStoredRaw(), url);
}
