// Page identity for per-page choices: two URLs that a reader would call "the
// same article" map to one key, so a choice made once is found on the next
// visit from a newsletter link, a social share or a reload.

/** Query parameters that only track where a click came from. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'smid',
  'sr_share',
  'ncid',
  'guccounter',
]);

/** Prefixes of whole families of tracking parameters (utm_source, utm_medium, ...). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'itm_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Host as a site rule sees it: lowercase, no trailing dot, no leading "www.".
 * Accepts a bare host ("WWW.Example.com") or a whole URL. Returns "" when
 * nothing host-like is there.
 */
export function normalizeHost(input: string): string {
  let s = String(input ?? '').trim();
  if (!s) return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return '';
    }
  } else {
    // "example.com/path" or "example.com:8080": keep the host part only.
    s = s.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  }
  s = s.toLowerCase().replace(/\.+$/, '');
  if (s.startsWith('www.')) s = s.slice(4);
  // A host is letters, digits, dots, hyphens (IDNs arrive punycoded from URL),
  // or an IPv6 literal in brackets.
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*)$/.test(s)) return '';
  return s;
}

/**
 * The key for a page: no fragment, no tracking parameters, remaining
 * parameters sorted, host lowercased without "www.", default port dropped,
 * trailing slash dropped. Input that is not a URL is returned trimmed (it is
 * still a usable key and never throws).
 */
export function normalizeUrl(url: string): string {
  const raw = String(url ?? '').trim();
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    u.hash = '';
    return u.href;
  }
  // forEach, not [...searchParams.entries()]: in a Firefox content script the
  // URL object crosses an Xray wrapper, and spreading the iterator it returns
  // throws ("is not iterable") while Array.from of it silently yields [].
  const kept: [string, string][] = [];
  u.searchParams.forEach((value, name) => {
    if (!isTrackingParam(name)) kept.push([name, value]);
  });
  const params = kept.sort(([a, av], [b, bv]) =>
    a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  const search = new URLSearchParams(params).toString();
  let host = u.hostname.toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  const port = u.port ? `:${u.port}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '/') path = '';
  return `${u.protocol}//${host}${port}${path}${search ? `?${search}` : ''}`;
}

/** The site-rule host of a page URL ("" for chrome://, about:, bad input). */
export function hostOf(url: string): string {
  try {
    const u = new URL(String(url ?? '').trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return normalizeHost(u.hostname);
  } catch {
    return '';
  }
}
