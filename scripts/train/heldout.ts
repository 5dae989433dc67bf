// `node --import tsx scripts/train/heldout.ts [--scopes rules,spans,taxonomy,all]`
//
// Cue and source begin-F1 of the shipped model (public/tagger.bin) on the
// tenth of PolNeAR train that `npm run train` holds out (every tenth
// article): the figures to tune the merge on (learned/merge.ts, ADD_MARGIN,
// lexicon/stance.ts) without looking at dev.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../lib/sourcing/index.ts';
import { loadModel, MODEL_FILE } from '../../lib/sourcing/learned/index.ts';
import { MODEL_SCOPES, type ModelScope } from '../../lib/sourcing/learned/model.ts';
import { readSplit } from './polnear.ts';
import { beginScores, type PRF } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: { scopes: { type: 'string', default: ['rules', ...MODEL_SCOPES].join(',') } },
});
const model = loadModel(readFileSync(join(ROOT, MODEL_FILE)), (line) => console.error(line));
if (!model) process.exit(1);
const held = readSplit(join(ROOT, '../shared/corpus/polnear/train')).filter((_, i) => i % 10 === 9);
const f = (x: PRF) =>
  `${(x.f1 * 100).toFixed(1)} (P ${(x.p * 100).toFixed(1)} R ${(x.r * 100).toFixed(1)})`;
for (const scope of values.scopes.split(',')) {
  if (scope !== 'rules' && !MODEL_SCOPES.includes(scope as ModelScope)) {
    console.error(`unknown scope "${scope}" (rules, ${MODEL_SCOPES.join(', ')})`);
    process.exit(2);
  }
  if (scope !== 'rules') model.scope = scope as ModelScope;
  const s = beginScores(held, (t) => (scope === 'rules' ? analyze(t) : analyze(t, { model })));
  console.log(
    `${scope.padEnd(9)} cue ${f(s.cue)}  source ${f(s.source)}  (${held.length} articles)`,
  );
}
