// The page's state machine: off -> analysing -> ready (or error), and back
// to off. It decides whether to switch on, scans (text map -> incremental
// analysis -> visible set -> paint), re-scans when the page changes, applies
// settings and wrong-badge reports, answers the popup and reports to the
// background. Everything it starts, `turnOff()` stops: nothing is left behind.
import {
  MAX_LISTED,
  toSourceItems,
  type AttributionItem,
  type PageReport,
  type PageState,
  type PageStatus,
  type PageWhy,
} from '../messages';
import type { Settings, WrongReport } from '../settings/schema';
import {
  BANDS,
  KINDS,
  type Analysis,
  type Attribution,
  type Band,
  type Kind,
  type Source,
  type Summary,
} from '../sourcing/types';
import { keepSources } from '../sourcing/voices';
import { sourcesInWords } from '../report/common';
import { findArticleRoots } from './article';
import { chosen, type Decision } from './decide';
import { detectNews } from './news-signals';
import { messageOf } from './errors';
import { hiddenByStyle } from './dom-rules';
import { MAX_WATCHED, RevealWatcher } from './reveal';
import type { BadgeItem } from './badges';
import { IncrementalAnalyzer, type AnalyzeBatch, type AnalyzeFn } from './incremental';
import { PageObserver, type ChangeBatch } from './observer';
import { Painter } from './painter';
import { createSlicer, yieldToMain } from './schedule';
import { buildTextMap, buildTextMapSliced, type TextMap } from './text-map';
import {
  sentenceText,
  selectVisibleSliced,
  toItems,
  wrongKey,
  wrongSet,
  type VisibleAttribution,
} from './visible';

export interface SettingsApi {
  getSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** Page choice > site rule > automatic mode on news (lib/page/decide.ts). */
  decide(url: string, isNews: boolean): Promise<Decision>;
  rememberPageChoice(url: string, enabled: boolean): Promise<void>;
  addWrongReport(r: Omit<WrongReport, 'at'> & { at?: number }): Promise<unknown>;
  getWrongReports(url?: string): Promise<WrongReport[]>;
  /** Takes a report back (the badge's "Undo"). */
  removeWrongReport(match: Pick<WrongReport, 'url' | 'at'>): Promise<unknown>;
}

export interface ControllerDeps {
  doc: Document;
  analyze: AnalyzeFn;
  /** Builds the analyzer's tables (a task of its own before the first
   * analysis); a promise (the learned model being read) is waited for. */
  prepare?(): void | Promise<void>;
  /** Analyses the page's pieces elsewhere (./analysis-client.ts); without it, `analyze` here. */
  batch?: AnalyzeBatch;
  /** The page summary for a list of attributions (the sourcing library's own scoring). */
  summarize(attributions: Attribution[]): Summary;
  settings: SettingsApi;
  /** Sends the toolbar report to the background. */
  report(r: PageReport): void;
  /** Markdown for "Copy report". */
  markdown?(input: { title: string; url: string; text: string; analysis: Analysis }): string;
  /** Logs an unexpected error (once per message). */
  log(error: unknown, where: string): void;
  /** Observer timings, shorter in tests. */
  observe?: { wait?: number; maxWait?: number };
  /** Delay before deciding after a single-page navigation (the new view renders first). */
  navigationDelay?: number;
  /** Does the page declare itself news? Default: lib/page/news-signals.ts. */
  isNews?(doc: Document): boolean;
}

/** What the loader already found out before the controller was made. */
export interface StartDecision {
  isNews: boolean;
  decision: Decision;
  settings?: Settings;
}

/** Times a scan reads the article again when the page replaced it meanwhile. */
const MAX_ROOT_READS = 3;

/** A same-text re-map slower than this is left to the debounced scan from then on. */
const REMAP_BUDGET_MS = 12;

function sameMap(a: TextMap | null, b: TextMap): boolean {
  if (!a || a.text !== b.text || a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    if (a.segments[i].node !== b.segments[i].node) return false;
  }
  return true;
}

function emptyCounts(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

/**
 * Marks kept per name. Each scan marks `sourcelight:painted`, and the page's
 * timeline keeps every mark for its lifetime: a live blog on for hours would
 * collect thousands (and hand them to the page's own performance scripts).
 * Past this many, the earlier ones are cleared.
 */
export const MARKS_KEPT = 50;

function perfMark(name: string): void {
  try {
    if (performance.getEntriesByName(name, 'mark').length >= MARKS_KEPT) {
      performance.clearMarks(name);
    }
    performance.mark(name);
  } catch {
    // marks are a nicety for the benchmarks
  }
}

export class PageController {
  /** 'analysing' until start() has decided: a popup opened in between waits for the answer
   * instead of showing a page that is about to switch on as off. */
  status: PageStatus = 'analysing';
  enabled = false;
  isArticle = false;
  /** Why the page is on or off (undefined until decided). */
  why: PageWhy | undefined;
  error: string | undefined;
  url: string;
  /** Completed scans (tests and the `data-sourcelight-scans` attribute). */
  scans = 0;
  /** Blocks analysed / reused in the last scan. */
  lastScan = { analysed: 0, reused: 0, ms: 0 };

  private settings: Settings | null = null;
  private wrong = new Set<string>();
  private readonly analyzer: IncrementalAnalyzer;
  private painter: Painter | null = null;
  private observer: PageObserver | null = null;
  private unwatch: (() => void) | null = null;
  private roots: Element[] = [];
  private map: TextMap | null = null;
  private result: { attributions: Attribution[]; blockOf: number[]; sources: Source[] } | null =
    null;
  private visible: VisibleAttribution[] = [];
  /** Who is speaking in what is shown (ids and indexes as in `visible`), and in one line. */
  private sources: Source[] = [];
  private sourcesLine = '';
  private summary: Summary | null = null;
  /** Aborted by turnOff(): what the "on" state started (repaints) stops there. */
  private session = new AbortController();
  /** The running scan's: the next scan and turnOff() abort it, so stale work gives way. */
  private scanWork = new AbortController();
  private scanning: Promise<void> | null = null;
  private again: ChangeBatch | null = null;
  /** deps.prepare() has run. */
  private prepared = false;
  private navTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private slowRemap = false;
  /** Watches text the last scan left out as hidden, to scan again once it shows. */
  private reveal: RevealWatcher | null = null;
  /** Re-maps after a same-text re-render (tests). */
  remaps = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.url = deps.doc.location?.href ?? '';
    this.analyzer = new IncrementalAnalyzer(deps.analyze, {}, deps.batch);
  }

  private get doc(): Document {
    return this.deps.doc;
  }

  private get title(): string {
    return this.doc.title || '';
  }

  private detectNews(): boolean {
    try {
      return this.deps.isNews ? this.deps.isNews(this.doc) : detectNews(this.doc).isNews;
    } catch (e) {
      this.deps.log(e, 'news signals');
      return false;
    }
  }

  /**
   * Decides whether to switch on (page choice > site rule > news) and does
   * so; `initial` is the loader's answer, when it already has one.
   */
  async start(initial?: StartDecision): Promise<void> {
    let on = false;
    try {
      // The page checks in a task of their own, apart from the script's start-up.
      if (!initial) await yieldToMain();
      this.isArticle = initial ? initial.isNews : this.detectNews();
      this.settings = initial?.settings ?? (await this.deps.settings.getSettings());
      this.analyzer.setOptions({ customCues: this.settings.customCues });
      const decision =
        initial?.decision ?? (await this.deps.settings.decide(this.url, this.isArticle));
      this.why = decision.why;
      on = decision.on;
    } finally {
      // undecided (settings unreadable) is off, as before any choice
      if (!on && !this.enabled) this.status = 'off';
    }
    if (this.disposed) return;
    if (on) await this.turnOn();
    else this.sendReport();
  }

  /** The popup's switch: remembered for this page. */
  async setEnabled(on: boolean, remember = true): Promise<PageState> {
    this.why = chosen(on).why;
    if (remember) {
      await this.deps.settings.rememberPageChoice(this.url, on).catch((e) => {
        this.deps.log(e, 'remember page choice');
      });
    }
    if (on && !this.enabled) await this.turnOn();
    else if (!on && this.enabled) this.turnOff();
    return this.state();
  }

  toggle(): Promise<PageState> {
    return this.setEnabled(!this.enabled);
  }

  focus(index: number): boolean {
    return this.painter?.badges.focusIndex(index) ?? false;
  }

  move(direction: 1 | -1): boolean {
    return this.painter?.badges.move(direction) ?? false;
  }

  state(): PageState {
    const items: AttributionItem[] = this.enabled ? toItems(this.visible.slice(0, MAX_LISTED)) : [];
    return {
      url: this.url,
      title: this.title,
      status: this.status,
      enabled: this.enabled,
      isArticle: this.isArticle,
      ...(this.why ? { why: this.why } : {}),
      summary: this.enabled ? this.summary : null,
      items,
      itemsTotal: this.enabled ? this.visible.length : 0,
      sources: this.enabled ? toSourceItems(this.sources) : [],
      sourcesTotal: this.enabled ? this.sources.length : 0,
      sourcesLine: this.enabled ? this.sourcesLine : '',
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** The Markdown report of what is shown ("Copy report"); empty while off. */
  report(): string {
    if (!this.enabled || !this.map || !this.summary || !this.deps.markdown) return '';
    try {
      return this.deps.markdown({
        title: this.title,
        url: this.url,
        text: this.map.text,
        analysis: {
          attributions: this.visible.map((v) => v.attribution),
          summary: this.summary,
          sources: this.sources,
        },
      });
    } catch (e) {
      this.deps.log(e, 'markdown report');
      return '';
    }
  }

  // ----------------------------------------------------------- on / off

  private async turnOn(): Promise<void> {
    if (this.enabled || this.disposed) return;
    perfMark('sourcelight:start');
    this.enabled = true;
    this.session = new AbortController();
    this.status = 'analysing';
    this.error = undefined;
    try {
      this.wrong = wrongSet(await this.deps.settings.getWrongReports(this.url));
    } catch (e) {
      this.deps.log(e, 'read wrong reports');
    }
    if (!this.enabled) return; // switched off while reading storage
    this.painter = new Painter(this.doc, {
      onWrong: (item) => this.markWrong(item),
    });
    this.observer = new PageObserver({
      doc: this.doc,
      roots: () => this.roots,
      onChange: (batch) => void this.requestScan(batch),
      onUrlChange: (url) => this.onUrlChange(url),
      onFrame: () => this.remapIfReplaced(),
      painted: () => this.painter?.textElements() ?? [],
      ...this.deps.observe,
    });
    this.observer.start();
    this.unwatch = this.deps.settings.watchSettings((s) => this.onSettings(s));
    await this.requestScan({ insideRoots: true, outside: true });
  }

  /** Stops everything the "on" state started; the page is as it was. */
  turnOff(): void {
    this.session.abort();
    this.scanWork.abort();
    this.enabled = false;
    this.status = 'off';
    this.observer?.stop();
    this.observer = null;
    this.reveal?.stop();
    this.reveal = null;
    this.painter?.destroy();
    this.painter = null;
    try {
      this.unwatch?.();
    } catch {
      // The extension was reloaded under the page: its storage listener went with it.
    }
    this.unwatch = null;
    this.roots = [];
    this.map = null;
    this.result = null;
    this.visible = [];
    this.summary = null;
    this.again = null;
    this.sendReport();
  }

  /** The content script is going away (extension reloaded or updated). */
  dispose(): void {
    this.disposed = true;
    if (this.navTimer) clearTimeout(this.navTimer);
    if (this.enabled) this.turnOff();
  }

  // -------------------------------------------------------------- scans

  /** Runs a scan now, or once more after the running one. */
  private requestScan(batch: ChangeBatch): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    if (this.scanning) {
      this.again = {
        insideRoots: batch.insideRoots || !!this.again?.insideRoots,
        outside: batch.outside || !!this.again?.outside,
      };
      return this.scanning;
    }
    this.scanning = (async () => {
      let next: ChangeBatch | null = batch;
      while (next && this.enabled) {
        this.again = null;
        try {
          await this.scan(next);
        } catch (e) {
          this.status = 'error';
          this.error = messageOf(e);
          this.deps.log(e, 'scan');
          this.sendReport();
        }
        next = this.again;
      }
    })().finally(() => {
      this.scanning = null;
    });
    return this.scanning;
  }

  private async scan(batch: ChangeBatch): Promise<void> {
    this.scanWork.abort();
    this.scanWork = new AbortController();
    const { signal } = this.scanWork;
    const t0 = performance.now();
    const rootsGone = this.roots.length === 0 || this.roots.some((r) => !r.isConnected);
    // Each step is one synchronous pass over the article: yield between them.
    await yieldToMain();
    if (signal.aborted) return;
    if (batch.outside || rootsGone) {
      this.roots = findArticleRoots(this.doc);
      await yieldToMain();
      if (signal.aborted) return;
    }
    const map = await this.readRoots(signal);
    if (!map || signal.aborted) return;
    if (sameMap(this.map, map) && this.painter?.isPainted) {
      // Nothing the reader can see changed (attributes, whitespace elsewhere).
      this.painter.overlay.attach();
      this.painter.schedulePosition();
      this.finishScan(t0, 0, map.blocks.length);
      return;
    }
    await yieldToMain();
    if (signal.aborted) return;
    if (this.deps.prepare && !this.prepared) {
      this.prepared = true;
      try {
        await this.deps.prepare();
      } catch (e) {
        this.deps.log(e, 'prepare'); // analyze() builds what is missing itself
      }
      await yieldToMain();
      if (signal.aborted) return;
    }
    const result = await this.analyzer.run(map, signal);
    if (!result || signal.aborted) return;
    await yieldToMain();
    if (signal.aborted) return;
    this.map = map;
    this.result = {
      attributions: result.attributions,
      blockOf: result.blockOf,
      sources: result.sources,
    };
    const painted = await this.repaint(signal);
    if (!painted) return;
    this.finishScan(t0, result.analysed, result.reused);
  }

  /**
   * The text map of the article roots. A page that re-renders between the
   * scan's steps can take the roots off the page before or while they are
   * read; a detached tree reads as hidden, so the map would be empty and the
   * article shown with no attributions. The roots are found again and read
   * again, a few times; on a page that replaces them faster than that, the
   * scan gives way to the next change batch (the removal is one).
   */
  private async readRoots(signal: AbortSignal): Promise<TextMap | null> {
    for (let attempt = 0; attempt < MAX_ROOT_READS; attempt++) {
      if (attempt > 0) this.roots = findArticleRoots(this.doc);
      const hidden: Element[] = [];
      const isHidden = (el: Element): boolean => {
        const h = hiddenByStyle(el);
        if (h && hidden.length < MAX_WATCHED) hidden.push(el);
        return h;
      };
      const map = await buildTextMapSliced(this.roots, { isHidden }, yieldToMain, signal);
      if (!map || signal.aborted) return null;
      if (this.roots.every((r) => r.isConnected)) {
        this.watchHidden(hidden);
        return map;
      }
    }
    return null;
  }

  /** Scans again when text left out as hidden is shown (a body made visible by its scripts). */
  private watchHidden(hidden: Element[]): void {
    this.reveal?.stop();
    this.reveal = null;
    if (!hidden.length || !this.enabled) return;
    this.reveal = new RevealWatcher(hidden, () => {
      this.reveal = null;
      void this.requestScan({ insideRoots: true, outside: false });
    }).start();
  }

  /**
   * A framework re-rendered the article with new nodes and the same text: the
   * ranges point at detached nodes, so the highlights would vanish until the
   * debounced scan. Re-map at once from the cached result (no analysis). If
   * this ever gets slow on a page, the page is left to the debounced scan.
   */
  private remapIfReplaced(): void {
    if (!this.enabled || !this.map || !this.result || this.scanning || this.slowRemap) return;
    if (this.map.segments.every((s) => s.node.isConnected)) return;
    const t0 = performance.now();
    const roots = this.roots.some((r) => !r.isConnected) ? findArticleRoots(this.doc) : this.roots;
    const map = buildTextMap(roots, { isHidden: hiddenByStyle });
    // The synchronous part is what a frame pays; a page where it is slow is
    // left to the debounced scan from now on.
    if (performance.now() - t0 > REMAP_BUDGET_MS) this.slowRemap = true;
    if (map.text !== this.map.text) return; // a real change: the debounced scan handles it
    this.roots = roots;
    this.map = map;
    this.remaps += 1;
    void this.repaint().catch((e) => this.deps.log(e, 'remap'));
  }

  private finishScan(t0: number, analysed: number, reused: number): void {
    this.scans += 1;
    this.lastScan = { analysed, reused, ms: Math.round(performance.now() - t0) };
    this.status = 'ready';
    this.error = undefined;
    this.painter?.overlay.host.setAttribute('data-sourcelight-scans', String(this.scans));
  }

  /** Filters the last result by settings and reports, paints, reports. */
  private async repaint(signal = this.session.signal): Promise<boolean> {
    if (!this.map || !this.result || !this.painter) return false;
    const { attributions, blockOf } = this.result;
    const map = this.map;
    const slicer = createSlicer();
    const visible = await selectVisibleSliced(
      map,
      attributions,
      blockOf,
      this.settings,
      this.wrong,
      () => slicer.maybeYield(),
    );
    if (signal.aborted || map !== this.map || !this.painter) return false;
    this.visible = visible;
    const shown = visible.map((v) => v.attribution);
    this.sources = keepSources(this.result.sources, attributions, shown);
    const counted = this.wrong.size
      ? attributions.filter(
          (a) => !this.wrong.has(wrongKey(a.kind, a.cue.text, sentenceText(map.text, a))),
        )
      : attributions;
    this.summary = this.deps.summarize(counted);
    const roster = { attributions: shown, summary: this.summary, sources: this.sources };
    this.sourcesLine = sourcesInWords(roster);
    await yieldToMain();
    if (signal.aborted) return false;
    const ok = await this.painter.paint(this.map, this.visible, this.roots, signal);
    if (!ok) return false;
    perfMark('sourcelight:painted');
    this.sendReport();
    return true;
  }

  // ------------------------------------------------------------- events

  private onSettings(s: Settings): void {
    const cuesChanged = JSON.stringify(s.customCues) !== JSON.stringify(this.settings?.customCues);
    this.settings = s;
    if (!this.enabled) return;
    if (cuesChanged) {
      this.analyzer.setOptions({ customCues: s.customCues });
      this.map = null; // force a fresh analysis
      void this.requestScan({ insideRoots: true, outside: false });
    } else {
      void this.repaint().catch((e) => this.deps.log(e, 'repaint after settings'));
    }
  }

  /** Stores the report and hides the badge; returns the undo (report removed, badge back). */
  private markWrong(item: BadgeItem): () => void {
    const a = item.attribution;
    const sentence = this.map ? sentenceText(this.map.text, a) : '';
    const key = wrongKey(a.kind, a.cue.text, sentence);
    const url = this.url;
    const at = Date.now();
    this.wrong.add(key);
    this.deps.settings
      .addWrongReport({ url, kind: a.kind, score: a.score, cue: a.cue.text, sentence, at })
      .catch((e) => this.deps.log(e, 'store wrong report'));
    void this.repaint().catch((e) => this.deps.log(e, 'repaint after report'));
    return () => {
      this.wrong.delete(key);
      this.deps.settings
        .removeWrongReport({ url, at })
        .catch((e) => this.deps.log(e, 'undo wrong report'));
      void this.repaint().catch((e) => this.deps.log(e, 'repaint after undo'));
    };
  }

  /** A single-page navigation: decide afresh for the new URL once its view has rendered. */
  onUrlChange(url: string): void {
    if (url === this.url || this.disposed) return;
    this.url = url;
    this.why = undefined;
    if (this.enabled) this.turnOff();
    if (this.navTimer) clearTimeout(this.navTimer);
    this.navTimer = setTimeout(() => {
      this.navTimer = undefined;
      if (this.disposed || this.url !== url) return;
      this.isArticle = this.detectNews();
      this.deps.settings
        .decide(url, this.isArticle)
        .then((d) => {
          if (this.url !== url) return undefined;
          this.why = d.why;
          return d.on ? this.turnOn() : this.sendReport();
        })
        .catch((e) => this.deps.log(e, 'navigation'));
    }, this.deps.navigationDelay ?? 400);
  }

  private sendReport(): void {
    const counts = emptyCounts();
    let score: number | null = null;
    let band: Band = 'none';
    if (this.enabled && this.summary) {
      for (const k of KINDS) counts[k] = this.summary.counts?.[k] ?? 0;
      score = this.summary.score;
      band = (BANDS as readonly string[]).includes(this.summary.band) ? this.summary.band : 'none';
    }
    try {
      this.deps.report({
        url: this.url,
        title: this.title,
        enabled: this.enabled,
        score,
        band,
        counts,
      });
    } catch (e) {
      this.deps.log(e, 'report');
    }
  }
}
