#!/usr/bin/env node
// Scores the analyzer on every labelled article of the shared corpus with
// ../shared/tools/eval-attributions.mjs, through the CLI, and prints its table.
//
//   npm run eval [-- --json] [-- --run 'CMD {}']
//
// --json passes through (the tool then prints its figures as JSON); --run
// replaces the analyzer command (default: the project's CLI). EVAL_SHOW_MISSES=1
// lists every miss. Exits 3 with a notice when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(root, '..', 'shared');
const tool = join(shared, 'tools', 'eval-attributions.mjs');
const corpus = join(shared, 'corpus');

const args = process.argv.slice(2);
let run = 'npm run --silent analyze -- --json --text {}';
const pass = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--run') run = args[++i] ?? run;
  else if (args[i] === '--json') pass.push('--json');
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log("usage: node scripts/eval.mjs [--json] [--run 'CMD {}']");
    process.exit(0);
  } else {
    console.error(`eval: unknown argument ${args[i]}`);
    process.exit(2);
  }
}

if (!existsSync(tool) || !existsSync(corpus)) {
  console.error(`eval: ${shared} not found (no corpus or eval tool); nothing to score`);
  process.exit(3);
}

// every folder with a labels.json: the seed and the labelled news pages
const dirs = [];
const visit = (dir, depth) => {
  if (existsSync(join(dir, 'labels.json')) && existsSync(join(dir, 'article.txt'))) dirs.push(dir);
  if (depth === 0) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (e.isDirectory()) visit(join(dir, e.name), depth - 1);
  }
};
visit(corpus, 2);
if (!dirs.length) {
  console.error(`eval: no labelled folders under ${corpus}`);
  process.exit(3);
}

const res = spawnSync(process.execPath, [tool, '--run', run, ...pass, ...dirs], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
process.exit(res.status ?? 1);
