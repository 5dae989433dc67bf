// The content script proper: a small loader that runs on every page. It reads
// the page's news signals and the reader's choices, answers the popup, and
// brings in the analyser and the painter (page-main.js, ~160 kB) only when
// the page is switched on. A page that stays off pays for this file alone.
// Nothing here may throw into the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage, type Message, type PageReport, type PageState } from '../messages';
import type { Settings } from '../settings/schema';
import { KINDS, type Kind } from '../sourcing/types';
import type { SettingsApi, StartDecision } from './controller';
import type { PageHandle, PageHost } from './content';
import { chosen, type Decision } from './decide';
import { createLogger, guard } from './guard';
import { detectNews } from './news-signals';

/** What page-main.js hands the loader. */
export interface PageMain {
  start(ctx: ContentScriptContext, host: PageHost, initial: StartDecision): PageHandle;
}

export interface LoaderDeps {
  ctx: ContentScriptContext;
  doc: Document;
  settings: SettingsApi;
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
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

/** Waits for the next task, so the checks run apart from the script's evaluation. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Loader {
  url: string;
  isNews = false;
  decision: Decision | null = null;
  /** The started analyser, once the page was switched on. */
  page: PageHandle | null = null;
  private settings: Settings | undefined;
  private loading: Promise<PageMain> | null = null;
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

  /** Decides (page choice > site rule > news) and starts the analyser when on. */
  async start(): Promise<void> {
    await nextTask();
    if (this.disposed) return;
    this.isNews = this.detect();
    // A news page is almost always switched on: load the analyser while
    // storage is read, so the first badge comes no later than before.
    if (this.isNews) this.load().catch(() => undefined);
    let decision: Decision;
    try {
      [decision, this.settings] = await Promise.all([
        this.deps.settings.decide(this.url, this.isNews),
        this.deps.settings.getSettings(),
      ]);
    } catch (e) {
      this.log(e, 'read settings');
      decision = { on: false, why: this.isNews ? 'news' : 'not-news' };
    }
    if (this.disposed || this.page) return;
    this.decision = decision;
    if (decision.on) await this.startPage(decision);
    else this.sendOffReport();
  }

  private detect(): boolean {
    try {
      return detectNews(this.deps.doc).isNews;
    } catch (e) {
      this.log(e, 'news signals');
      return false;
    }
  }

  private load(): Promise<PageMain> {
    this.loading ??= this.deps.loadMain().catch((e) => {
      this.loading = null; // a later switch-on may try again
      throw e;
    });
    return this.loading;
  }

  /** Loads and starts the analyser once; later calls get the same page. */
  private startPage(decision: Decision): Promise<PageHandle | null> {
    this.starting ??= (async () => {
      try {
        const main = await this.load();
        if (this.disposed) return null;
        const host: PageHost = {
          settings: this.deps.settings,
          report: (r) => this.deps.report(r),
          log: this.log,
        };
        this.page = main.start(this.deps.ctx, host, {
          isNews: this.isNews,
          decision,
          settings: this.settings,
        });
        return this.page;
      } catch (e) {
        this.log(e, 'load the analyser');
        this.starting = null;
        return null;
      }
    })();
    return this.starting;
  }

  /** The popup's view of a page that is off (or not yet decided). */
  state(): PageState {
    return {
      url: this.url,
      title: this.deps.doc.title || '',
      status: this.decision ? 'off' : 'analysing',
      enabled: false,
      isArticle: this.isNews,
      ...(this.decision ? { why: this.decision.why } : {}),
      summary: null,
      items: [],
      itemsTotal: 0,
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

  /** The reader's switch on a page the analyser has not started on. */
  private async setEnabled(on: boolean): Promise<unknown> {
    await this.deps.settings.rememberPageChoice(this.url, on).catch((e) => {
      this.log(e, 'remember page choice');
    });
    this.decision = chosen(on);
    if (!on) {
      this.sendOffReport();
      return this.state();
    }
    const page = await this.startPage(this.decision);
    if (!page) return { ...this.state(), status: 'error', error: 'could not load the analyser' };
    // The reply waits for the first scan, as the analyser's own switch does.
    await page.started;
    return page.controller.state();
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
      this.deps.settings
        .decide(url, this.isNews)
        .then((d) => {
          if (this.url !== url || this.page) return undefined;
          this.decision = d;
          if (d.on) return this.startPage(d);
          this.sendOffReport();
          return undefined;
        })
        .catch((e) => this.log(e, 'navigation'));
    }, this.deps.navigationDelay ?? 400);
  }

  private sendOffReport(): void {
    guard(this.log, 'report', () =>
      this.deps.report({
        url: this.url,
        title: this.deps.doc.title || '',
        enabled: false,
        score: null,
        band: 'none',
        counts: offCounts(),
      }),
    );
  }

  /** The content script is going away (extension reloaded or updated). */
  dispose(): void {
    this.disposed = true;
    if (this.navTimer) clearTimeout(this.navTimer);
    guard(this.log, 'unlisten', this.unlisten);
    this.page?.dispose();
  }
}
