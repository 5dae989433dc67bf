// Light or dark page? Decided from the computed background behind the
// article, so the highlight colours stay readable on both.

export type Theme = 'light' | 'dark';

/** Parses `rgb(r, g, b)` / `rgba(r, g, b, a)` / `rgb(r g b / a)`; null otherwise. */
export function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
    value.trim(),
  );
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1], g: +m[2], b: +m[3], a };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(c: { r: number; g: number; b: number }): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/**
 * The first opaque-enough background from `start` up to the root. A page with
 * no background at all is white unless it asks for a dark colour scheme.
 */
export function pageTheme(start: Element | null, win: Window = window): Theme {
  try {
    for (let el: Element | null = start; el; el = el.parentElement) {
      const c = parseColor(win.getComputedStyle(el).backgroundColor);
      if (c && c.a >= 0.5) return luminance(c) < 0.35 ? 'dark' : 'light';
    }
    const root = win.document.documentElement;
    const scheme = win.getComputedStyle(root).colorScheme || '';
    if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return 'dark';
  } catch {
    // A detached node or an odd frame: assume the common case.
  }
  return 'light';
}
