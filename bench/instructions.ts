// analyze() against the baseline RegExp in machine instructions, counted by
// valgrind (callgrind): the same count on every run of the same code, however
// busy the machine, where CPU time on a shared 2-core machine moves ±10% from
// one run to the next. It shows changes of a few percent that the timed
// benchmark cannot, and a ratio to set beside the timed one (instructions are
// not time: the RegExp runs fewer instructions per cycle than analyze).
//
// Each figure is steady state: the count of a process making N2 calls less
// that of one making N1, divided by N2 − N1, so start-up, module loading and
// the engine's optimisation of the first calls cancel out. Node runs with
// --single-threaded, so the collector and the compiler work on the counted
// thread, in a repeatable order.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, corpusPages } from './corpus';
import { fmtRatio, printTable } from './stats';

const run = promisify(execFile);
const CHILD = join(ROOT, 'bench', 'instructions-child.ts');

/** Calls before counting (past the engine's tiering) and calls counted, per input. */
const CALLS = {
  longest: { analyze: [300, 900], regex: [3000, 9000] },
  '1mb': { analyze: [8, 16], regex: [40, 100] },
} as const;
type Input = keyof typeof CALLS;

export interface InstructionsCase {
  name: string;
  /** Millions of instructions per call. */
  analyze: number;
  regex: number;
  ratio: number;
}

export interface InstructionsResult {
  skipped?: string;
  cases: InstructionsCase[];
}

async function hasValgrind(): Promise<boolean> {
  try {
    await run('valgrind', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Instructions counted by callgrind for one child process making `n` calls. */
async function counted(what: 'analyze' | 'regex', input: Input, n: number): Promise<number> {
  const { stderr } = await run(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--import',
      'tsx',
      CHILD,
      what,
      input,
      String(n),
    ],
    { cwd: ROOT, maxBuffer: 1 << 24 },
  );
  const m = /Collected : (\d+)/.exec(stderr);
  if (!m) throw new Error(`callgrind printed no count for ${what} on ${input}`);
  return Number(m[1]);
}

async function perCall(what: 'analyze' | 'regex', input: Input): Promise<number> {
  const [n1, n2] = CALLS[input][what];
  // the two processes run side by side: a count does not depend on load
  const [i1, i2] = await Promise.all([counted(what, input, n1), counted(what, input, n2)]);
  return (i2 - i1) / (n2 - n1) / 1e6;
}

export async function benchInstructions(): Promise<InstructionsResult> {
  if (corpusPages().every((p) => p.articleBytes === 0)) {
    const skipped = 'the corpus (../shared/corpus/news) is absent: instruction counts skipped';
    console.log(skipped);
    return { skipped, cases: [] };
  }
  if (!(await hasValgrind())) {
    const skipped =
      'valgrind is not installed (apt-get install valgrind): instruction counts skipped';
    console.log(skipped);
    return { skipped, cases: [] };
  }
  const cases: InstructionsCase[] = [];
  for (const [input, name] of [
    ['longest', 'longest article'],
    ['1mb', '1 MB of articles'],
  ] as const) {
    const analyze = await perCall('analyze', input);
    const regex = await perCall('regex', input);
    cases.push({ name, analyze, regex, ratio: analyze / regex });
  }
  printTable(
    'analyze() vs one RegExp pass in instructions (valgrind, steady state, millions per call)',
    ['text', 'analyze', 'RegExp', 'ratio'],
    cases.map((c) => [c.name, c.analyze.toFixed(1), c.regex.toFixed(2), fmtRatio(c.ratio)]),
  );
  return { cases };
}
