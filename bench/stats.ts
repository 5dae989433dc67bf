// Small helpers shared by the benchmarks: medians, timing and table printing.
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? NaN : Math.max(...values);
}

/** Runs the collector when node was started with --expose-gc; no-op otherwise. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * CPU milliseconds (user + system, this process) per call of `fn`, repeated
 * `iterations` times in one block. CPU time, not wall time: on a shared
 * machine another process taking the core does not count against either side.
 */
export function cpuPerCall(fn: () => unknown, iterations: number): number {
  let last: unknown;
  const t0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) last = fn();
  const used = process.cpuUsage(t0);
  keep(last);
  return (used.user + used.system) / 1000 / iterations;
}

/** Wall-clock milliseconds per call of `fn`, repeated `iterations` times in one timed block. */
export function timePerCall(fn: () => unknown, iterations: number): number {
  let sink: unknown;
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) sink = fn();
  const elapsed = performance.now() - t0;
  keep(sink);
  return elapsed / iterations;
}

/** The last kept value; exported so the optimiser cannot drop results nobody reads. */
export const sink: { value: unknown } = { value: undefined };
export function keep(value: unknown): void {
  sink.value = value;
}

/**
 * Calls `fn` until about `ms` of wall time has passed (at least `minCalls`
 * times), so that what is measured next is steady state: the first calls run
 * unoptimised code, and the engine's compiler threads, busy optimising it
 * meanwhile, are billed to this process's CPU time.
 */
export function warmUp(fn: () => unknown, ms: number, minCalls = 3): void {
  let sink: unknown;
  const t0 = performance.now();
  for (let i = 0; i < minCalls || performance.now() - t0 < ms; i++) sink = fn();
  keep(sink);
}

/** How many calls of `fn` fill about `targetMs` (at least one). */
export function calibrate(fn: () => unknown, targetMs: number): number {
  const once = timePerCall(fn, 1);
  if (once >= targetMs) return 1;
  let n = Math.max(1, Math.floor(targetMs / Math.max(once, 0.001)));
  // A second estimate after warm-up; the first call often includes compilation.
  const per = timePerCall(fn, Math.min(n, 50));
  n = Math.max(1, Math.round(targetMs / Math.max(per, 0.0005)));
  return n;
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

export function fmtRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(r >= 10 ? 1 : 2)}×` : '—';
}

export function fmtBytes(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (Math.abs(n) >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}

export function verdict(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
