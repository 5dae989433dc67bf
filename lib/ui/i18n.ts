// UI strings come from public/_locales through the browser's i18n, so the
// popup, options page and background speak the reader's language once the
// locales exist. A missing key shows the key itself rather than nothing.
import { browser } from 'wxt/browser';

type GetMessage = (key: string, subs?: string | string[]) => string;

export function t(key: string, ...subs: (string | number)[]): string {
  try {
    const get = browser.i18n.getMessage as unknown as GetMessage;
    return get(key, subs.length ? subs.map(String) : undefined) || key;
  } catch {
    return key; // no i18n here (a unit test, a worker shutting down)
  }
}

/**
 * Fills static markup: `data-i18n="key"` sets the text, and
 * `data-i18n-attr="aria-label:key;placeholder:key2"` sets attributes.
 */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n!);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}
