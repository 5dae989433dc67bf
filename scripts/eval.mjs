#!/usr/bin/env node
// Scores the analyzer on every labelled article of the shared corpus with
// ../shared/tools/eval-attributions.mjs, through the CLI, and prints its table.
//
//   npm run eval [-- --json] [-- --run 'CMD {}'] [-- --set dev|blind|blind-3|blind-4|all|polnear]
//
// --set dev (default): the articles labelled in ../shared/corpus (labels.json
// beside article.txt); blind: the articles labelled blind in
// tests/fixtures/labels/blind; blind-3 and blind-4: the blind sets no rule was
// written from (tests/fixtures/labels/blind-3, blind-4); all: every set, in one table;
// polnear: PolNeAR's dev split (../shared/tools/polnear-eval.mjs), cue and
// source spans, begin and exact. SOURCELIGHT_LEARNED=none measures the rules
// alone (the CLI's default is rules and the learned model).
// --json passes through (the tool then prints its figures as JSON); --run
// replaces the analyzer command (default: the project's CLI). EVAL_SHOW_MISSES=1
// lists every miss. Exits 3 with a notice when ../shared is absent.
//
// For the articles whose voices are labelled (tests/fixtures/sources/), it then
// measures how the analyzer groups attributions into voices (scripts/grouping.mjs:
// B-cubed against the labelled voices), printed after the tool's headline and,
// with --json, as the report's `grouping`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headline, scoreFiles, SourcesError, total } from './grouping.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `--tee FILE`: the tool's analyzer command when voices are measured too. It
// runs the real command (SOURCELIGHT_EVAL_RUN) and keeps its report in
// SOURCELIGHT_EVAL_CACHE, so each article is analysed once for both measures.
const cacheFile = (dir, textPath) =>
  join(dir, `${createHash('sha1').update(resolve(textPath)).digest('hex')}.json`);
if (process.argv[2] === '--tee') {
  const textPath = process.argv[3] ?? '';
  const res = spawnSync(
    process.env.SOURCELIGHT_EVAL_RUN.replaceAll('{}', JSON.stringify(textPath)),
    { shell: true, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (res.status === 0)
    writeFileSync(cacheFile(process.env.SOURCELIGHT_EVAL_CACHE, textPath), res.stdout);
  process.stdout.write(res.stdout ?? '');
  process.exit(res.status ?? 1);
}
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(root, '..', 'shared');
const tool = join(shared, 'tools', 'eval-attributions.mjs');
const corpus = join(shared, 'corpus');

const args = process.argv.slice(2);
let run = 'npm run --silent analyze -- --json --text {}';
const pass = [];
let set = 'dev';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--run') run = args[++i] ?? run;
  else if (args[i] === '--json') pass.push('--json');
  else if (args[i] === '--set') set = args[++i] ?? '';
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log(
      "usage: node scripts/eval.mjs [--json] [--run 'CMD {}'] [--set dev|blind|blind-3|blind-4|all|polnear]",
    );
    process.exit(0);
  } else {
    console.error(`eval: unknown argument ${args[i]}`);
    process.exit(2);
  }
}

if (!['dev', 'blind', 'blind-3', 'blind-4', 'all', 'polnear'].includes(set)) {
  console.error(
    `eval: --set takes dev, blind, blind-3, blind-4, all or polnear, not ${JSON.stringify(set)}`,
  );
  process.exit(2);
}

if (!existsSync(tool) || !existsSync(corpus)) {
  console.error(`eval: ${shared} not found (no corpus or eval tool); nothing to score`);
  process.exit(3);
}

if (set === 'polnear') {
  const polnear = join(shared, 'tools', 'polnear-eval.mjs');
  if (!existsSync(polnear)) {
    console.error(`eval: ${polnear} not found; nothing to score`);
    process.exit(3);
  }
  const res = spawnSync(process.execPath, [polnear, '--split', 'dev'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  process.exit(res.status ?? 1);
}

// every folder with a labels.json: the seed and the labelled news pages
const devDirs = [];
const visit = (dir, depth) => {
  if (existsSync(join(dir, 'labels.json')) && existsSync(join(dir, 'article.txt')))
    devDirs.push(dir);
  if (depth === 0) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (e.isDirectory()) visit(join(dir, e.name), depth - 1);
  }
};
visit(corpus, 2);

// the blind labels live in the project, one <name>.json per corpus news page
const labelsDir = (name) => join(root, 'tests', 'fixtures', 'labels', name);
const docsOf = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(corpus, 'news', f.slice(0, -'.json'.length)))
    .filter((doc) => existsSync(join(doc, 'article.txt')));
const blindSets = ['blind', 'blind-3', 'blind-4'].map((name) => ({
  dir: labelsDir(name),
  docs: docsOf(labelsDir(name)),
}));

// The tool takes one labels folder for all its articles, so "all" gathers
// every kind of label into a temporary folder.
let labelArgs = [];
let dirs = devDirs;
const one = blindSets.find((b) => b.dir === labelsDir(set));
if (one) {
  labelArgs = ['--labels', one.dir];
  dirs = one.docs;
} else if (set === 'all') {
  const tmp = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  for (const dir of devDirs)
    copyFileSync(join(dir, 'labels.json'), join(tmp, `${basename(dir)}.json`));
  for (const b of blindSets) {
    for (const doc of b.docs) {
      const name = `${basename(doc)}.json`;
      copyFileSync(join(b.dir, name), join(tmp, name));
    }
  }
  labelArgs = ['--labels', tmp];
  dirs = [...devDirs, ...blindSets.flatMap((b) => b.docs)];
}
if (!dirs.length) {
  console.error(`eval: no labelled articles for --set ${set} under ${corpus}`);
  process.exit(3);
}

// the articles among `dirs` whose voices are labelled
const sourcesDir = join(root, 'tests', 'fixtures', 'sources');
const grouped = dirs.filter(
  (dir) =>
    existsSync(join(sourcesDir, `${basename(dir)}.json`)) && existsSync(join(dir, 'labels.json')),
);

let toolRun = run;
const env = { ...process.env };
if (grouped.length) {
  const cache = mkdtempSync(join(tmpdir(), 'sourcelight-eval-reports-'));
  process.on('exit', () => rmSync(cache, { recursive: true, force: true }));
  env.SOURCELIGHT_EVAL_RUN = run;
  env.SOURCELIGHT_EVAL_CACHE = cache;
  toolRun = `${JSON.stringify(process.execPath)} ${JSON.stringify(fileURLToPath(import.meta.url))} --tee {}`;
}
const res = spawnSync(process.execPath, [tool, '--run', toolRun, ...labelArgs, ...pass, ...dirs], {
  cwd: root,
  stdio: ['inherit', grouped.length ? 'pipe' : 'inherit', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 64 << 20,
  env,
});
if (res.status !== 0 || !grouped.length) {
  if (res.stdout) process.stdout.write(res.stdout);
  process.exit(res.status ?? 1);
}

// The reports the tool had of the articles with labelled voices.
let grouping;
try {
  grouping = total(
    grouped.map((dir) => {
      const name = basename(dir);
      const textPath = join(dir, 'article.txt');
      const out = readFileSync(cacheFile(env.SOURCELIGHT_EVAL_CACHE, textPath), 'utf8');
      const files = {
        text: textPath,
        labels: join(dir, 'labels.json'),
        sources: join(sourcesDir, `${name}.json`),
      };
      return scoreFiles(name, files, JSON.parse(out));
    }),
  );
} catch (e) {
  process.stdout.write(res.stdout);
  console.error(
    e instanceof SourcesError
      ? `eval: ${e.message}`
      : `eval: voice grouping: no analyzer report to read: ${String(e.message).slice(0, 300)}`,
  );
  process.exit(e instanceof SourcesError ? 2 : 1);
}

if (pass.includes('--json')) {
  // the tool prints its JSON, then its headline line
  const end = res.stdout.lastIndexOf('}') + 1;
  const { merged, split, ...figures } = grouping;
  const report = {
    ...JSON.parse(res.stdout.slice(0, end)),
    grouping: { ...figures, merged, split },
  };
  process.stdout.write(`${JSON.stringify(report, null, 1)}${res.stdout.slice(end)}`);
} else {
  process.stdout.write(res.stdout);
  if (process.env.EVAL_SHOW_MISSES) {
    for (const line of [...grouping.merged, ...grouping.split]) console.log(`grouping: ${line}`);
  }
}
console.log(headline(grouping));
