// Keeping the page responsive: long work is cut into slices that each stay
// under a budget, yielding to the page's own tasks in between.

/** Budget of one slice; the page sees a long task above ~50 ms. */
export const SLICE_MS = 16;

/**
 * Gives the main thread back to the page with a plain macrotask. Not
 * scheduler.yield(): its continuations jump ahead of the page's own timers,
 * so a long job that yields often still starves the page's setTimeout ticks.
 * A timeout goes to the back of the queue, behind them.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A slicer: call `await slice.maybeYield()` between units of work; it yields
 * only when the current slice has used its budget.
 */
export function createSlicer(budgetMs = SLICE_MS, now: () => number = () => performance.now()) {
  let started = now();
  return {
    async maybeYield(): Promise<void> {
      if (now() - started < budgetMs) return;
      await yieldToMain();
      started = now();
    },
    /** Time spent in the current slice. */
    elapsed(): number {
      return now() - started;
    },
  };
}

/** Resolves on the next animation frame (or soon, in a hidden tab that has none). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(finish);
    // Background tabs do not run frames; do not wait forever for one.
    setTimeout(finish, 100);
  });
}

/**
 * Debounce with a ceiling: runs `fn` `wait` ms after the last call, but no
 * later than `maxWait` ms after the first call of a burst, so a page that
 * changes every 100 ms still gets handled once in a while instead of never.
 */
export function debounceWithMax(fn: () => void, wait: number, maxWait: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall = 0;
  const run = () => {
    timer = undefined;
    firstCall = 0;
    fn();
  };
  return {
    call(): void {
      const t = Date.now();
      if (!firstCall) firstCall = t;
      if (timer !== undefined) clearTimeout(timer);
      const due = Math.min(wait, Math.max(0, firstCall + maxWait - t));
      timer = setTimeout(run, due);
    },
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      firstCall = 0;
    },
    pending(): boolean {
      return timer !== undefined;
    },
  };
}
