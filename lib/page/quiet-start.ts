// How the content script starts on every page. A page with a news signal
// starts the loader proper at once (it comes with page-main.js,
// lib/page/loader-start.ts). Any other page stays quiet: its news signals
// were read, and nothing else runs (lib/page/wake.ts says why). It still
// watches for a single-page navigation to news, and it waits to be woken.
// Nothing here may throw into the page.
import type { PageContext } from './context';
import type { createLogger } from './guard';
import type { StartedLoader } from './loader-start';
import type { PageMainModule } from './main-handoff';
import { isNewsPage } from './news-signals';
import type { LoaderHandle } from './wake';

export interface QuietStartDeps {
  ctx: PageContext;
  doc: Document;
  log: ReturnType<typeof createLogger>;
  /** Imports page-main.js (lib/page/main-handoff.ts). */
  importMain(): Promise<PageMainModule>;
  /**
   * Starts the loader's storage read (lib/page/stored-choices.ts). On news it
   * goes out beside the import, as one after the other would make the first
   * badge later (Firefox's import of page-main.js takes ~100 ms).
   */
  readStored?(): Promise<Record<string, unknown>>;
  /** Delay before reading a new view's signals after a single-page navigation. */
  navigationDelay?: number;
}

export class QuietStart implements LoaderHandle {
  /** The loader proper, once the page had news or was woken. */
  loader: StartedLoader | null = null;
  private starting: Promise<boolean> | null = null;
  private navTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly deps: QuietStartDeps) {}

  /** The page's load: news starts the loader now; anything else waits. */
  start(): void {
    if (this.newsSignals()) void this.begin(true);
  }

  /** The reader asked for the page, or chose it: the loader decides from the settings. */
  wake(): Promise<boolean> {
    return this.begin(undefined);
  }

  /** The early storage read, if any; its failure is the loader's to report. */
  private readStored(): Promise<Record<string, unknown>> | undefined {
    try {
      const read = this.deps.readStored?.();
      read?.catch(() => undefined); // handled where it is used; never unhandled here
      return read;
    } catch (e) {
      this.deps.log(e, 'read settings');
      return undefined;
    }
  }

  private newsSignals(): boolean {
    return isNewsPage(this.deps.doc, (e) => this.deps.log(e, 'news signals'));
  }

  /** Loads page-main.js and starts the loader once; true once it listens. */
  private begin(isNews: boolean | undefined): Promise<boolean> {
    if (this.disposed) return Promise.resolve(false);
    if (this.starting) return this.starting;
    const stored = isNews ? this.readStored() : undefined;
    this.starting = this.deps
      .importMain()
      .then((main) => {
        if (this.disposed) return false;
        this.loader = main.startLoader(this.deps.ctx, this.deps.log, isNews, stored);
        return true;
      })
      .catch((e: unknown) => {
        // The extension reloaded under the page, or its file would not load: stay quiet.
        this.deps.log(e, 'load the analyser');
        this.starting = null;
        return false;
      });
    return this.starting;
  }

  /**
   * A single-page navigation: the loader's own once it runs; until then, the
   * new view's signals are read once it has rendered, and news starts it.
   */
  onUrlChange(url: string): void {
    if (this.loader) {
      this.loader.onUrlChange(url);
      return;
    }
    if (this.disposed || this.starting) return;
    if (this.navTimer) clearTimeout(this.navTimer);
    this.navTimer = setTimeout(() => {
      this.navTimer = undefined;
      if (!this.disposed && !this.starting && this.newsSignals()) void this.begin(true);
    }, this.deps.navigationDelay ?? 400);
  }

  /** The extension went away under the page. */
  dispose(): void {
    this.disposed = true;
    if (this.navTimer) clearTimeout(this.navTimer);
    this.loader?.dispose();
  }
}
