// Reading Chromium traces (CDP Tracing, devtools.timeline categories): the
// renderer main thread's top-level tasks, user-timing marks, and which tasks
// ran extension code.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number; // µs
  dur?: number; // µs
  tdur?: number; // µs of thread (CPU) time
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/** Starts a trace on a page's CDP session; call the returned function to stop and collect. */
export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  // Tracing events are not in Playwright's typed protocol map.
  const cdp = session as unknown as {
    on(event: string, fn: (e: never) => void): void;
    off(event: string, fn: (e: never) => void): void;
    once(event: string, fn: () => void): void;
    send(method: string, params?: object): Promise<unknown>;
  };
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const ev of e.value) events.push(ev);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    // A big page with thousands of badges fills the default buffer before the
    // toggles are measured; 512 MB holds a whole round.
    traceConfig: {
      includedCategories: CATEGORIES,
      recordMode: 'recordAsMuchAsPossible',
      traceBufferSizeInKb: 512 * 1024,
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export interface Task {
  start: number; // ms
  end: number; // ms
  dur: number; // ms, wall clock
  cpu: number; // ms of main-thread CPU time (immune to other processes taking the core)
  ext: boolean; // ran extension code
}

export class Trace {
  readonly tasks: Task[] = [];
  private readonly marks: { name: string; ts: number }[] = [];
  /** Scripts evaluated on the main thread: URL and CPU ms (compilation included). */
  private readonly evaluations: { url: string; cpu: number }[] = [];

  /** `anchorMark`: a mark known to be set on the page's main thread (finds pid/tid). */
  constructor(events: TraceEvent[], anchorMark: string, extPrefix = 'chrome-extension://') {
    const anchor = events.find((e) => e.cat.includes('blink.user_timing') && e.name === anchorMark);
    if (!anchor) throw new Error(`mark ${anchorMark} not in trace`);
    const { pid, tid } = anchor;
    const mine = events.filter((e) => e.pid === pid && e.tid === tid);
    for (const e of mine) {
      if (e.cat.includes('blink.user_timing') && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n')) {
        this.marks.push({ name: e.name, ts: e.ts / 1000 });
      }
    }
    this.marks.sort((a, b) => a.ts - b.ts);
    for (const e of mine) {
      if (e.name !== 'EvaluateScript' || e.ph !== 'X') continue;
      const url = (e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '';
      this.evaluations.push({ url, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
    }
    const runTasks = mine
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    let lastEnd = -Infinity;
    for (const e of runTasks) {
      if (e.ts < lastEnd) continue; // nested run loop: counted in its parent
      const start = e.ts / 1000;
      const end = (e.ts + (e.dur ?? 0)) / 1000;
      const cpu = e.tdur !== undefined ? e.tdur / 1000 : end - start;
      this.tasks.push({ start, end, dur: end - start, cpu, ext: false });
      lastEnd = e.ts + (e.dur ?? 0);
    }
    // Mark tasks that ran extension code (script evaluation or a call into it).
    const extEvents = mine
      .filter((e) => e.ph === 'X' && mentions(e, extPrefix))
      .map((e) => e.ts / 1000)
      .sort((a, b) => a - b);
    let i = 0;
    for (const t of this.tasks) {
      while (i < extEvents.length && extEvents[i] < t.start) i++;
      if (i < extEvents.length && extEvents[i] <= t.end) t.ext = true;
    }
  }

  /** CPU ms spent evaluating the scripts whose URL ends with `urlEnd`. */
  evaluationMs(urlEnd: string): number {
    let ms = 0;
    for (const e of this.evaluations) if (e.url.endsWith(urlEnd)) ms += e.cpu;
    return ms;
  }

  /** Time (ms, trace clock) of the n-th mark with this name after `after`. */
  mark(name: string, after = -Infinity): number | null {
    return this.marks.find((m) => m.name === name && m.ts > after)?.ts ?? null;
  }

  marksNamed(name: string): number[] {
    return this.marks.filter((m) => m.name === name).map((m) => m.ts);
  }

  /**
   * Main-thread time inside [from, to]: wall-clock busy time (tasks clipped),
   * CPU time of those tasks (scaled by the clipped share), and the longest
   * task touching the window by each measure.
   */
  window(
    from: number,
    to: number,
  ): { busyMs: number; cpuMs: number; longestMs: number; longestCpuMs: number; wallMs: number } {
    let busy = 0;
    let cpu = 0;
    let longest = 0;
    let longestCpu = 0;
    for (const t of this.tasks) {
      if (t.end < from || t.start > to) continue;
      const inside = Math.min(t.end, to) - Math.max(t.start, from);
      busy += inside;
      cpu += t.dur > 0 ? (t.cpu * inside) / t.dur : 0;
      longest = Math.max(longest, t.dur);
      longestCpu = Math.max(longestCpu, t.cpu);
    }
    return {
      busyMs: busy,
      cpuMs: cpu,
      longestMs: longest,
      longestCpuMs: longestCpu,
      wallMs: to - from,
    };
  }

  /**
   * Where the work that follows `t` ends: tasks that start within `gapMs` of
   * the previous one's end keep the chain going (layout and paint after a
   * DOM change, a deferred positioning pass), up to `capMs` after `t`.
   * Tasks under 1 ms (timers, housekeeping) do not extend it.
   */
  settleAfter(t: number, gapMs = 100, capMs = 2500): number {
    let end = t;
    for (const task of this.tasks) {
      if (task.end <= t) continue;
      if (task.start > end + gapMs || task.start > t + capMs) break;
      if (task.dur >= 1 || task.start <= end) end = Math.max(end, task.end);
    }
    return end;
  }

  /** End of the last extension task that starts in [from, from + horizonMs]. */
  lastExtTaskEnd(from: number, horizonMs: number): number | null {
    let end: number | null = null;
    for (const t of this.tasks)
      if (t.ext && t.start >= from && t.start <= from + horizonMs) end = t.end;
    return end;
  }

  extTasks(): Task[] {
    return this.tasks.filter((t) => t.ext);
  }
}

function mentions(e: TraceEvent, prefix: string): boolean {
  const args = e.args as
    | {
        fileName?: string;
        data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] };
      }
    | undefined;
  if (!args) return false;
  if (args.fileName?.startsWith(prefix)) return true;
  const d = args.data;
  if (!d) return false;
  if (d.url?.startsWith(prefix) || d.scriptName?.startsWith(prefix)) return true;
  return d.stackTrace?.some((f) => f.url?.startsWith(prefix)) ?? false;
}
