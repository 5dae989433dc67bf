// Errors and promises may come from another world (in Firefox, the page's
// objects and some API results cross an Xray wrapper; in tests, another
// realm), where `instanceof Error` and `instanceof Promise` are false: test
// their shape instead.

export function messageOf(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(error);
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
