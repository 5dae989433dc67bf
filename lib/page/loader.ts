// The content script proper: a small loader that runs on every page. It reads
// the page's news signals and the reader's choices, answers the popup, and
// brings in the analyser and the painter (page-main.js, ~160 kB) only when
// the page is switched on. A page that stays off pays for this file alone.
// Nothing here may throw into the page.
import { isMessage, type Message, type PageReport, type PageState } from '../messages';
import { KINDS, type Kind } from '../sourcing/types';
import type { StartDecision } from './controller';
import type { PageHandle } from './content';
import type { PageContext } from './context';
import { decide, type Decision, type StoredChoices } from './decide';
import { messageOf } from './errors';
import { createLogger, guard } from './guard';
import { isNewsPage } from './news-signals';

/** What page-main.js hands the loader. `initial` absent: the analyser decides itself. */
export interface PageMain {
  start(
    ctx: PageContext,
    log: ReturnType<typeof createLogger>,
    initial?: StartDecision,
  ): PageHandle;
}

export interface LoaderDeps {
  ctx: PageContext;
  doc: Document;
  /** The reader's choices for a URL; null when only the analyser's storage code can tell. */
  readChoices(url: string): Promise<StoredChoices | null>;
  /** Loads page-main.js (a dynamic import of the web-accessible module). */
  loadMain(): Promise<PageMain>;
  /** Sends the toolbar report to the background. */
  report(r: PageReport): void;
  /** Listens to the popup's and the background's messages; returns the remover. */
  listen(handler: (message: unknown) => Promise<unknown> | undefined): () => void;
  log?: ReturnType<typeof createLogger>;
  /** Delay before deciding after a single-page navigation (the new view renders first). */
  navigationDelay?: number;
}

function offCounts(): Record<Kind, number> {
  const counts = {} as Record<Kind, number>;
  for (const k of KINDS) counts[k] = 0;
  return counts;
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // marks are a nicety for the benchmarks
  }
}

export class Loader {
  url: string;
  isNews = false;
  decision: Decision | null = null;
  /** The started analyser, once the page was switched on. */
  page: PageHandle | null = null;
  private loading: Promise<PageMain> | null = null;
  /** Why the analyser could not be loaded, shown as the page's error. */
  private loadError: string | undefined;
  private starting: Promise<PageHandle | null> | null = null;
  private navTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly log: ReturnType<typeof createLogger>;
  private readonly unlisten: () => void;

  constructor(private readonly deps: LoaderDeps) {
    this.log = deps.log ?? createLogger();
    this.url = deps.doc.location?.href ?? '';
    this.unlisten = deps.listen((m) => (isMessage(m) ? this.onMessage(m) : undefined));
  }

  /**
   * Decides (page choice > site rule > news) and starts the analyser when on.
   * `isNews`: the news signals, where the caller has read them already.
   */
  async start(isNews?: boolean): Promise<void> {
    if (this.disposed) return;
    // The storage read goes first; the news signals are read while it is out.
    const reading = this.deps.readChoices(this.url);
    this.isNews = isNews ?? this.detect();
    // A news page is almost always switched on: load the analyser while
    // storage is read, so the first badge comes no later than before.
    if (this.isNews) this.load().catch(() => undefined);
    let stored: StoredChoices | null;
    try {
      stored = await reading;
    } catch (e) {
      this.log(e, 'read settings');
      stored = null;
    }
    if (this.disposed || this.page) return;
    if (!stored) {
      // Settings the loader cannot read (an older version): the analyser decides.
      await this.startPage(undefined);
      return;
    }
    const decision = decide(stored, this.isNews);
    this.decision = decision;
    if (decision.on) {
      // Only where it goes on: a mark costs a page that stays off a fraction of a millisecond.
      mark('sourcelight:decided');
      await this.startPage(decision);
    } else this.sendOffReport();
  }

  private detect(): boolean {
    return isNewsPage(this.deps.doc, (e) => this.log(e, 'news signals'));
  }

  private load(): Promise<PageMain> {
    this.loading ??= this.deps.loadMain().catch((e) => {
      this.loading = null; // a later switch-on may try again
      throw e;
    });
    return this.loading;
  }

  /** Loads and starts the analyser once; later calls get the same page. */
  private startPage(decision: Decision | undefined): Promise<PageHandle | null> {
    this.starting ??= (async () => {
      try {
        const main = await this.load();
        if (this.disposed) return null;
        this.page = main.start(
          this.deps.ctx,
          this.log,
          decision ? { isNews: this.isNews, decision } : undefined,
        );
        return this.page;
      } catch (e) {
        this.log(e, 'load the analyser');
        this.loadError = messageOf(e);
        this.starting = null;
        return null;
      }
    })();
    return this.starting;
  }

  /** The popup's view of a page before the analyser answers: undecided, off, or loading it. */
  state(): PageState {
    return {
      url: this.url,
      title: this.deps.doc.title || '',
      // Switched on and the analyser still loading: 'analysing', as the analyser says then.
      status: this.decision && !this.decision.on ? 'off' : 'analysing',
      enabled: this.decision?.on === true,
      isArticle: this.isNews,
      ...(this.decision ? { why: this.decision.why } : {}),
      summary: null,
      items: [],
      itemsTotal: 0,
      ...(this.loadError ? { status: 'error', error: this.loadError } : {}),
    };
  }

  private onMessage(message: Message): Promise<unknown> | undefined {
    if (this.page) return this.page.handle(message);
    switch (message.type) {
      case 'sourcelight:get-state':
        return Promise.resolve(this.state());
      case 'sourcelight:get-report':
        return Promise.resolve('');
      case 'sourcelight:set-enabled':
        return this.setEnabled(message.enabled === true);
      case 'sourcelight:toggle':
        return this.setEnabled(true); // off until now
      case 'sourcelight:focus':
      case 'sourcelight:move':
        return Promise.resolve(false);
      default:
        return undefined;
    }
  }

  /**
   * The reader's switch on a page the analyser has not started on. Off stays
   * off (the popup stores that choice itself); on starts the analyser, whose
   * own switch stores the choice and replies after the first scan.
   */
  private async setEnabled(on: boolean): Promise<unknown> {
    if (!on) return this.state();
    const page = await this.startPage({ on: true, why: 'page-on' });
    if (!page) return this.state();
    await page.started; // switched on and painted; the switch below stores the choice
    return page.handle({ type: 'sourcelight:set-enabled', enabled: true });
  }

  /** A single-page navigation: the analyser handles it once started; until then, decide afresh. */
  onUrlChange(url: string): void {
    if (this.page) {
      this.page.onUrlChange(url);
      return;
    }
    if (url === this.url || this.disposed) return;
    this.url = url;
    this.decision = null;
    if (this.navTimer) clearTimeout(this.navTimer);
    this.navTimer = setTimeout(() => {
      this.navTimer = undefined;
      if (this.disposed || this.url !== url || this.page) return;
      this.isNews = this.detect();
      this.deps
        .readChoices(url)
        .then((stored) => {
          if (this.url !== url || this.page) return undefined;
          if (!stored) return this.startPage(undefined);
          const d = decide(stored, this.isNews);
          this.decision = d;
          if (d.on) return this.startPage(d);
          this.sendOffReport();
          return undefined;
        })
        .catch((e) => this.log(e, 'navigation'));
    }, this.deps.navigationDelay ?? 400);
  }

  private sendOffReport(): void {
    try {
      this.deps.report({
        url: this.url,
        title: this.deps.doc.title || '',
        enabled: false,
        score: null,
        band: 'none',
        counts: offCounts(),
      });
    } catch (e) {
      this.log(e, 'report');
    }
  }

  /** The content script is going away (extension reloaded or updated). */
  dispose(): void {
    this.disposed = true;
    if (this.navTimer) clearTimeout(this.navTimer);
    guard(this.log, 'unlisten', this.unlisten);
    this.page?.dispose();
  }
}
