// Wires the page controller to the extension: messages from the popup and
// the background, reports to the background, settings in storage, and WXT's
// context so that an extension reload or update leaves nothing behind.
// Nothing here may throw into the page: every entry point is wrapped.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage, type Message, type PageReport } from '../messages';
import {
  addWrongReport,
  decideEnabled,
  getSettings,
  getWrongReports,
  rememberPageChoice,
  removeWrongReport,
  watchSettings,
} from '../settings';
import type { Attribution, Summary } from '../sourcing/types';
import { analysisToMarkdown } from '../report/markdown';
import type { AnalyzeFn } from './incremental';
import { PageController } from './controller';
import { isThenable, messageOf } from './errors';

const PREFIX = '[Sourcelight]';

/** Logs each distinct failure once, with a prefix, never throwing itself. */
export function createLogger(sink: Pick<Console, 'error'> = console) {
  const seen = new Set<string>();
  return (error: unknown, where: string): void => {
    try {
      const msg = messageOf(error);
      const key = `${where}: ${msg}`;
      if (seen.has(key)) return;
      seen.add(key);
      sink.error(`${PREFIX} ${key}`);
    } catch {
      // even logging failed: stay silent rather than break the page
    }
  };
}

/** Runs `fn`, logging instead of throwing (sync or async). */
export function guard<T>(
  log: ReturnType<typeof createLogger>,
  where: string,
  fn: () => T,
): T | undefined {
  try {
    const out = fn();
    if (isThenable(out)) {
      return Promise.resolve(out).catch((e) => {
        log(e, where);
        return undefined;
      }) as T;
    }
    return out;
  } catch (e) {
    log(e, where);
    return undefined;
  }
}

export interface SourcingApi {
  analyze: AnalyzeFn;
  /** Builds the analyzer's tables; called once, in a task of its own, before the first analysis. */
  prepare?(): void;
  summarize(attributions: Attribution[]): Summary;
}

/** Starts Sourcelight on this page. */
export function startContent(ctx: ContentScriptContext, sourcing: SourcingApi): PageController {
  const log = createLogger();
  const controller = new PageController({
    doc: document,
    analyze: sourcing.analyze,
    prepare: sourcing.prepare,
    summarize: sourcing.summarize,
    settings: {
      getSettings,
      watchSettings,
      decideEnabled,
      rememberPageChoice,
      addWrongReport,
      getWrongReports,
      removeWrongReport,
    },
    report: (report: PageReport) => {
      if (ctx.isInvalid) return;
      const message: Message = { type: 'sourcelight:report', report };
      // No listener (background asleep or being updated) is not an error for the page.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
    markdown: (input) => analysisToMarkdown(input),
    log,
  });

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
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
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    guard(log, 'dispose', () => controller.dispose());
  });
  // Single-page navigation while switched off (the observer only runs while on).
  ctx.addEventListener(window, 'wxt:locationchange', (e) =>
    guard(log, 'location change', () => controller.onUrlChange(String(e.newUrl))),
  );

  void guard(log, 'start', () => controller.start());
  return controller;
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
