// `node --import tsx scripts/train/ceiling.ts [--split train|dev]`
//
// How much of PolNeAR the taxonomy lets Sourcelight badge at all: the share
// of annotated cues that hold a word of speech, writing, reporting, a
// document or a stance verb, or are a colon (learned/speech.ts, the test a
// cue the tagger adds must pass). The rest are wants, plans, states and
// appearances ("is opposed to", "seemed", "hopes"), which PolNeAR annotates
// and the taxonomy does not count as a claim. From that share follows the
// best cue F1 any analyzer within the taxonomy could reach, at a given
// precision, with every such cue found.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isColon, isSpeechWord } from '../../lib/sourcing/learned/speech.ts';
import { materialize, scanTokens } from '../../lib/sourcing/tokens.ts';
import { readSplit } from './polnear.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { split: { type: 'string', default: 'train' } } });

let cues = 0;
let speech = 0;
for (const article of readSplit(join(ROOT, '../shared/corpus/polnear', values.split))) {
  // every annotation's cues, each once, as polnear-eval.mjs counts them
  const seen = new Set<string>();
  for (const a of article.annotations)
    for (const [[start, end]] of a.cues) {
      if (seen.has(`${start}:${end}`)) continue;
      seen.add(`${start}:${end}`);
      cues++;
      const text = article.text.slice(start, end);
      const ts = scanTokens(text);
      if (materialize(text, ts, 0, ts.count).some((t) => isSpeechWord(t) || isColon(t))) speech++;
    }
}
const share = speech / cues;
console.log(
  `PolNeAR ${values.split}: ${cues} annotated cues, ${speech} of them (${(share * 100).toFixed(1)}%) a word of speech or a colon`,
);
for (const p of [0.75, 0.85, 0.875, 1]) {
  const f1 = (2 * p * share) / (p + share);
  console.log(
    `  at precision ${(p * 100).toFixed(1)}, every such cue found: cue begin-F1 ${(f1 * 100).toFixed(1)}`,
  );
}
