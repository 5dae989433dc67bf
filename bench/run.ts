// `npm run bench [-- --only analyze|page|bundle|instructions|startup] [--rounds N] [--quick]`
// Prints a table per benchmark and writes everything to bench/out/. The
// instruction counts (valgrind, a few minutes) run only when asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalyze, type AnalyzeResult } from './analyze';
import { benchBundle, type BundleResult } from './bundle';
import { benchInstructions, type InstructionsResult } from './instructions';
import { ROOT } from './corpus';
import { benchPages, type PageResult, PAGE_DOM_LIMIT } from './page';
import { benchStartup, type StartupResult } from './startup';
import { verdict } from './stats';

const PARTS = ['analyze', 'page', 'bundle', 'instructions', 'startup'] as const;
type Part = (typeof PARTS)[number];
const DEFAULT_PARTS: Part[] = ['analyze', 'page', 'bundle'];

function usage(message?: string): never {
  if (message) console.error(message);
  const text =
    'usage: npm run bench [-- --only analyze|page|bundle|instructions|startup[,...]] [--rounds N] [--quick] [--real-pages N] [--extension DIR]';
  if (message) console.error(text);
  else console.log(text);
  process.exit(message ? 2 : 0);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' },
        rounds: { type: 'string' },
        quick: { type: 'boolean', default: false },
        'real-pages': { type: 'string' },
        extension: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    usage((e as Error).message);
  }
  if (values.help) usage();
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...DEFAULT_PARTS];
  const unknown = only.filter((p) => !PARTS.includes(p as Part));
  if (unknown.length) usage(`unknown part: ${unknown.join(', ')}`);
  const rounds = values.rounds !== undefined ? Number(values.rounds) : undefined;
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0)) {
    usage('--rounds takes a positive whole number');
  }
  const realPages = values['real-pages'] !== undefined ? Number(values['real-pages']) : undefined;
  const quick = values.quick;
  if (!(globalThis as { gc?: unknown }).gc) {
    console.warn('note: run with node --expose-gc (npm run bench does) for steadier figures');
  }

  const report: {
    date: string;
    node: string;
    cpus: string;
    analyze?: AnalyzeResult;
    page?: PageResult;
    bundle?: BundleResult;
    instructions?: InstructionsResult;
    startup?: StartupResult;
  } = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  };
  console.log(`Sourcelight bench, ${report.date}, Node ${report.node}, ${report.cpus}`);
  if (only.includes('analyze')) report.analyze = await benchAnalyze({ rounds, quick });
  if (only.includes('page'))
    report.page = await benchPages({
      rounds,
      quick,
      realPages,
      extensionPath: values.extension,
    });
  if (only.includes('startup'))
    report.startup = await benchStartup({ rounds, quick, extensionPath: values.extension });
  if (only.includes('bundle')) report.bundle = benchBundle();
  if (only.includes('instructions')) report.instructions = await benchInstructions();

  const goals: [string, boolean | null][] = [];
  if (report.analyze) {
    goals.push(['analyze: longest article ≤ 5 ms', report.analyze.goals.longestAtMost5ms]);
    goals.push([
      'analyze: 1 MB / 10 MB ≤ 20× one RegExp pass',
      report.analyze.goals.ratioAtMost20x,
    ]);
    goals.push(['analyze linear from 1 MB to 10 MB', report.analyze.goals.linear]);
  }
  if (report.startup) {
    goals.push([
      'start-up: a page that stays off costs ≤ 5 ms of extension CPU',
      report.startup.goals.offAtMost5ms,
    ]);
  }
  if (report.page) {
    goals.push([
      'content script faster than mark.js on every page',
      report.page.goals.fasterThanMarkJs,
    ]);
    goals.push(['no task over 50 ms', report.page.goals.noTaskOver50ms]);
    goals.push(['10× larger page ≤ ~10× cost', report.page.goals.linearScaling]);
    goals.push([
      `the page's own DOM work slowed ≤ ${PAGE_DOM_LIMIT}× what a bare MutationObserver costs`,
      report.page.goals.pageDomUntaxed,
    ]);
  }
  console.log('\nGoals');
  for (const [name, pass] of goals) console.log(`  ${verdict(pass).padEnd(4)}  ${name}`);

  const outDir = join(ROOT, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify({ ...report, goals: Object.fromEntries(goals) }, null, 2);
  const stamp = report.date.replace(/[:.]/g, '-');
  writeFileSync(join(outDir, `bench-${stamp}.json`), json);
  writeFileSync(join(outDir, 'latest.json'), json);
  console.log(`\nwrote bench/out/latest.json and bench/out/bench-${stamp}.json`);
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
