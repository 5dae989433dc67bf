// Highlights through the CSS Custom Highlight API: ranges are registered in
// `CSS.highlights`, painted by `::highlight()` rules, and the article's DOM is
// never touched. One highlight per band; the stylesheet exists only while
// something is painted and goes away on `clear()`.
import type { Band } from '../sourcing/types';
import { BAND_LABELS } from './labels';
import type { Theme } from './theme';

export const HIGHLIGHT_NAMES: Record<Band, string> = {
  strong: 'sourcelight-strong',
  moderate: 'sourcelight-moderate',
  weak: 'sourcelight-weak',
  none: 'sourcelight-none',
};

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
  return BANDS.map((band) => {
    const { fill, line } = palette[band];
    return (
      `::highlight(${HIGHLIGHT_NAMES[band]}) {` +
      ` background-color: ${fill};` +
      ` text-decoration: underline ${BAND_LABELS[band].underline} ${line} 2px;` +
      ` text-decoration-skip-ink: none; }`
    );
  }).join('\n');
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

  /** Replaces every band's ranges at once; bands without ranges are removed. */
  paint(byBand: Partial<Record<Band, Range[]>>, theme: Theme): void {
    if (!this.api) return;
    const total = BANDS.reduce((n, b) => n + (byBand[b]?.length ?? 0), 0);
    if (total === 0) {
      this.clear();
      return;
    }
    this.ensureStyle(theme);
    const { registry, Highlight } = this.api;
    for (const band of BANDS) {
      const ranges = byBand[band] ?? [];
      if (ranges.length === 0) {
        registry.delete(HIGHLIGHT_NAMES[band]);
        continue;
      }
      const h = new Highlight(...ranges);
      h.priority = PRIORITY[band];
      registry.set(HIGHLIGHT_NAMES[band], h);
    }
  }

  /** Removes every highlight and the stylesheet. */
  clear(): void {
    if (this.api) for (const band of BANDS) this.api.registry.delete(HIGHLIGHT_NAMES[band]);
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
