// Highlights through the CSS Custom Highlight API: ranges are registered in
// `CSS.highlights`, painted by `::highlight()` rules, and the article's DOM is
// never touched. One highlight per band and theme.
//
// The rules ship in the content script's CSS (the manifest injects it before
// the page is parsed), because adding any sheet with a `::highlight()` rule to
// a rendered page restyles every element: over a second on a page of 100,000
// elements. Where those rules are missing (tests, an engine that refused the
// file), an adopted sheet is added while something is painted.
import { parseColor } from './theme';
import type { Band } from '../sourcing/types';
import { BAND_LABELS } from './labels';
import type { Theme } from './theme';

export const HIGHLIGHT_NAMES: Record<Band, string> = {
  strong: 'sourcelight-strong',
  moderate: 'sourcelight-moderate',
  weak: 'sourcelight-weak',
  none: 'sourcelight-none',
};

/** The dark palette has names of its own, so both palettes can live in one static sheet. */
export const HIGHLIGHT_NAMES_DARK: Record<Band, string> = {
  strong: 'sourcelight-strong-dark',
  moderate: 'sourcelight-moderate-dark',
  weak: 'sourcelight-weak-dark',
  none: 'sourcelight-none-dark',
};

/**
 * The highlight of the attribution whose badge is hovered or focused, or
 * whose text is under the pointer: the link between a badge in the margin
 * and its words. Above every band.
 */
export const EMPHASIS_NAMES: Record<Theme, string> = {
  light: 'sourcelight-emphasis',
  dark: 'sourcelight-emphasis-dark',
};
const EMPHASIS: Record<Theme, { fill: string; line: string }> = {
  light: { fill: 'rgba(9, 105, 218, 0.22)', line: '#0969da' },
  dark: { fill: 'rgba(88, 166, 255, 0.3)', line: '#58a6ff' },
};
const EMPHASIS_PRIORITY = 10;

export function highlightNames(theme: Theme): Record<Band, string> {
  return theme === 'dark' ? HIGHLIGHT_NAMES_DARK : HIGHLIGHT_NAMES;
}

/** Weaker bands paint over stronger ones where two attributions overlap. */
const PRIORITY: Record<Band, number> = { strong: 1, moderate: 2, weak: 3, none: 0 };

/** Translucent fills so the page's own text colour stays; underline colours with contrast. */
export const PALETTES: Record<Theme, Record<Band, { fill: string; line: string }>> = {
  light: {
    strong: { fill: 'rgba(46, 160, 67, 0.16)', line: '#1a7f37' },
    moderate: { fill: 'rgba(212, 140, 0, 0.18)', line: '#9a6700' },
    weak: { fill: 'rgba(215, 58, 73, 0.14)', line: '#c62828' },
    none: { fill: 'rgba(110, 118, 129, 0.16)', line: '#57606a' },
  },
  dark: {
    strong: { fill: 'rgba(63, 185, 80, 0.24)', line: '#56d364' },
    moderate: { fill: 'rgba(227, 179, 65, 0.24)', line: '#e3b341' },
    weak: { fill: 'rgba(248, 81, 73, 0.24)', line: '#ff7b72' },
    none: { fill: 'rgba(139, 148, 158, 0.26)', line: '#c9d1d9' },
  },
};

const BANDS: Band[] = ['strong', 'moderate', 'weak', 'none'];

type HighlightCtor = new (...ranges: AbstractRange[]) => {
  priority: number;
  size: number;
};
type Registry = {
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
};

function registryOf(win: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  try {
    const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
    const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!css?.highlights || typeof Highlight !== 'function') return null;
    return { registry: css.highlights, Highlight };
  } catch {
    return null;
  }
}

/** Whether this browser can paint custom highlights (Chrome 105+, Firefox 140+). */
export function highlightsSupported(win: Window = window): boolean {
  return registryOf(win) !== null;
}

/** The `::highlight()` rules for one theme: colour plus an underline pattern per band. */
export function highlightCss(theme: Theme): string {
  const palette = PALETTES[theme];
  const names = highlightNames(theme);
  const bands = BANDS.map((band) => {
    const { fill, line } = palette[band];
    return (
      `::highlight(${names[band]}) {` +
      ` background-color: ${fill};` +
      ` text-decoration: underline ${BAND_LABELS[band].underline} ${line} 2px;` +
      ` text-decoration-skip-ink: none; }`
    );
  });
  const e = EMPHASIS[theme];
  const emphasis =
    `::highlight(${EMPHASIS_NAMES[theme]}) {` +
    ` background-color: ${e.fill};` +
    ` text-decoration: underline solid ${e.line} 3px;` +
    ` text-decoration-skip-ink: none; }`;
  return [...bands, emphasis].join('\n');
}

/** What `entrypoints/content/highlights.css` holds: both palettes (a test keeps them equal). */
export function staticHighlightCss(): string {
  return `${highlightCss('light')}\n${highlightCss('dark')}\n`;
}

function sameColor(a: string, b: string): boolean {
  const x = parseColor(a);
  const y = parseColor(b);
  return !!x && !!y && x.r === y.r && x.g === y.g && x.b === y.b && Math.abs(x.a - y.a) < 0.01;
}

/**
 * Whether the shipped rules apply in `doc`: the computed `::highlight()`
 * colour of the root is the palette's. (An engine that ignores the pseudo
 * argument answers the root's own background, which does not match.)
 */
export function hasShippedRules(doc: Document): boolean {
  try {
    const win = doc.defaultView;
    if (!win || !doc.documentElement) return false;
    const probe = (name: string) =>
      win.getComputedStyle(doc.documentElement, `::highlight(${name})`).backgroundColor;
    return (
      sameColor(probe(HIGHLIGHT_NAMES.strong), PALETTES.light.strong.fill) &&
      sameColor(probe(HIGHLIGHT_NAMES_DARK.weak), PALETTES.dark.weak.fill)
    );
  } catch {
    return false;
  }
}

type SheetDoc = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

/**
 * The ::highlight() rules as a constructed sheet adopted by the document:
 * no node in the DOM, so a page that removes nodes it did not create cannot
 * take the colours away. Null where the browser refuses (older engines, or
 * Firefox content scripts, whose sheets belong to another compartment).
 */
function adoptSheet(doc: SheetDoc, css: string): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return doc.adoptedStyleSheets.includes(sheet) ? sheet : null;
  } catch {
    return null;
  }
}

export class Highlighter {
  private style: HTMLStyleElement | null = null;
  private sheet: CSSStyleSheet | null = null;
  private theme: Theme | null = null;
  private readonly api: ReturnType<typeof registryOf>;
  private shipped: boolean | null = null;

  constructor(private readonly doc: Document) {
    this.api = doc.defaultView ? registryOf(doc.defaultView) : null;
  }

  get supported(): boolean {
    return this.api !== null;
  }

  /** The style element while painted, when no sheet could be adopted. */
  get styleElement(): HTMLStyleElement | null {
    return this.style;
  }

  /** The adopted sheet while painted. */
  get adoptedSheet(): CSSStyleSheet | null {
    return this.sheet;
  }

  /** Whether the content script's shipped rules style the highlights (no sheet needed). */
  get usesShippedRules(): boolean {
    if (this.shipped === null) this.shipped = hasShippedRules(this.doc);
    return this.shipped;
  }

  /** Replaces every band's ranges at once; bands without ranges are removed. */
  paint(byBand: Partial<Record<Band, AbstractRange[]>>, theme: Theme): void {
    if (!this.api) return;
    const total = BANDS.reduce((n, b) => n + (byBand[b]?.length ?? 0), 0);
    if (total === 0) {
      this.clear();
      return;
    }
    this.ensureStyle(theme);
    const { registry, Highlight } = this.api;
    const names = highlightNames(theme);
    const other = highlightNames(theme === 'dark' ? 'light' : 'dark');
    for (const band of BANDS) {
      registry.delete(other[band]);
      const ranges = byBand[band] ?? [];
      if (ranges.length === 0) {
        registry.delete(names[band]);
        continue;
      }
      const h = new Highlight(...ranges);
      h.priority = PRIORITY[band];
      registry.set(names[band], h);
    }
  }

  /**
   * Emphasises one attribution's span above its band (null: none). Only
   * while something is painted: the emphasis relies on the same rules.
   */
  emphasise(range: AbstractRange | null): void {
    if (!this.api) return;
    const { registry, Highlight } = this.api;
    registry.delete(EMPHASIS_NAMES.light);
    registry.delete(EMPHASIS_NAMES.dark);
    if (!range || this.theme === null) return;
    const h = new Highlight(range);
    h.priority = EMPHASIS_PRIORITY;
    registry.set(EMPHASIS_NAMES[this.theme], h);
  }

  /** Removes every highlight and the stylesheet. */
  clear(): void {
    if (this.api) {
      for (const band of BANDS) {
        this.api.registry.delete(HIGHLIGHT_NAMES[band]);
        this.api.registry.delete(HIGHLIGHT_NAMES_DARK[band]);
      }
      this.api.registry.delete(EMPHASIS_NAMES.light);
      this.api.registry.delete(EMPHASIS_NAMES.dark);
    }
    this.style?.remove();
    this.style = null;
    if (this.sheet) {
      const doc = this.doc as SheetDoc;
      const sheet = this.sheet;
      try {
        doc.adoptedStyleSheets = (doc.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
      } catch {
        // nothing more to do: the sheet is empty below
      }
      try {
        sheet.replaceSync('');
      } catch {
        // ignore
      }
    }
    this.sheet = null;
    this.theme = null;
  }

  private ensureStyle(theme: Theme): void {
    if (this.usesShippedRules) {
      this.theme = theme;
      return;
    }
    if (this.sheet && (this.doc as SheetDoc).adoptedStyleSheets?.includes(this.sheet)) {
      if (this.theme !== theme) this.sheet.replaceSync(highlightCss(theme));
      this.theme = theme;
      return;
    }
    this.sheet = adoptSheet(this.doc as SheetDoc, highlightCss(theme));
    if (this.sheet) {
      this.theme = theme;
      return;
    }
    if (this.style?.isConnected && this.theme === theme) return;
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.style.setAttribute('data-sourcelight', 'highlights');
    }
    this.style.textContent = highlightCss(theme);
    this.theme = theme;
    if (!this.style.isConnected)
      (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
  }
}
