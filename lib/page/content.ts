// The page's analyser and painter, started by the loader (./loader.ts) once a
// page is switched on: the controller, wired to what the loader hands over
// (settings, the toolbar report, the log) and answering the loader's messages.
// This module, lib/settings and lib/sourcing make up the web-accessible
// `page-main.js`. Nothing here may throw into the page.
import type { Message, PageReport } from '../messages';
import type { Attribution, Summary } from '../sourcing/types';
import { analysisToMarkdown } from '../report/markdown';
import type { AnalyzeBatch, AnalyzeFn } from './incremental';
import type { PageContext } from './context';
import { PageController, type SettingsApi, type StartDecision } from './controller';
import { createLogger, guard } from './guard';

export { createLogger, guard } from './guard';

export interface SourcingApi {
  analyze: AnalyzeFn;
  /** Builds the analyzer's tables (and reads the learned model); called once,
   * in a task of its own, before the first analysis, which waits for it. */
  prepare?(): void | Promise<void>;
  /** Analyses the page's pieces elsewhere (./analysis-client.ts); without it, `analyze` here. */
  batch?: AnalyzeBatch;
  summarize(attributions: Attribution[]): Summary;
}

/** The extension around the page's analyser (entrypoints/page-main). */
export interface PageHost {
  settings: SettingsApi;
  /** Sends the toolbar report to the background. */
  report(r: PageReport): void;
  log: ReturnType<typeof createLogger>;
}

/** The started page, as the loader drives it. */
export interface PageHandle {
  controller: PageController;
  /** Answers a message from the popup or the background (undefined: not ours). */
  handle(message: Message): Promise<unknown> | undefined;
  /** Settles when the controller has decided and, if on, painted its first scan. */
  started: Promise<void>;
  onUrlChange(url: string): void;
  dispose(): void;
}

/** Starts Sourcelight's analyser on this page with the loader's decision. */
export function startPage(
  ctx: PageContext,
  sourcing: SourcingApi,
  host: PageHost,
  /** The loader's decision; absent, the controller decides from storage. */
  initial?: StartDecision,
): PageHandle {
  const { log } = host;
  const controller = new PageController({
    doc: document,
    analyze: sourcing.analyze,
    prepare: sourcing.prepare,
    batch: sourcing.batch,
    summarize: sourcing.summarize,
    settings: host.settings,
    report: (report: PageReport) => {
      if (!ctx.isInvalid) host.report(report);
    },
    markdown: (input) => analysisToMarkdown(input),
    log,
  });

  const handle = (message: Message): Promise<unknown> | undefined => {
    switch (message.type) {
      case 'sourcelight:get-state':
        return Promise.resolve(controller.state());
      case 'sourcelight:get-report':
        return Promise.resolve(guard(log, 'report', () => controller.report()) ?? '');
      case 'sourcelight:set-enabled':
        return guardReply(() => controller.setEnabled(message.enabled === true), controller, log);
      case 'sourcelight:toggle':
        return guardReply(() => controller.toggle(), controller, log);
      case 'sourcelight:focus':
        return Promise.resolve(
          guard(log, 'focus', () => controller.focus(Number(message.index) || 0)) ?? false,
        );
      case 'sourcelight:move':
        return Promise.resolve(
          guard(log, 'move', () => controller.move(message.direction === -1 ? -1 : 1)) ?? false,
        );
      default:
        return undefined; // sourcelight:report is for the background
    }
  };

  const started = Promise.resolve(guard(log, 'start', () => controller.start(initial))).then(
    () => undefined,
  );
  return {
    controller,
    handle,
    started,
    onUrlChange: (url) => guard(log, 'location change', () => controller.onUrlChange(url)),
    dispose: () => guard(log, 'dispose', () => controller.dispose()),
  };
}

async function guardReply(
  fn: () => Promise<unknown>,
  controller: PageController,
  log: ReturnType<typeof createLogger>,
): Promise<unknown> {
  try {
    return await fn();
  } catch (e) {
    log(e, 'message');
    return controller.state();
  }
}
