// Logging and guarding for code that runs in the page: a failure is logged
// once, with a prefix, and never thrown into the page. Shared by the loader
// and the page's analyser.
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
