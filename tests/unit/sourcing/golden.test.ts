// The analyzer's whole output on every article of the shared corpus (the
// labelled news, the negative pages, the seed) and on PolNeAR's dev split,
// compared with the files in tests/fixtures/golden. A change of the analyzer
// that should not change its output (a refactoring, a speed-up) must leave
// them as they are; one that should (a new rule) rewrites them with
//   npx vitest run --project unit tests/unit/sourcing/golden.test.ts -u
// and the diff shows, attribution by attribution, what it changed.
// Skipped, with a notice, where ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, type Analysis } from '../../../lib/sourcing';

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');
const GOLDEN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'golden');
const present = existsSync(CORPUS);
if (!present) console.warn(`[golden] ${CORPUS} is absent: golden output not compared.`);

/** [name, path of the text] for every article, in a stable order. */
function articles(): [string, string][] {
  if (!present) return [];
  const out: [string, string][] = [[`seed`, join(CORPUS, 'seed', 'article.txt')]];
  for (const set of ['news', 'negative']) {
    for (const name of readdirSync(join(CORPUS, set)).sort()) {
      const file = join(CORPUS, set, name, 'article.txt');
      if (existsSync(file)) out.push([`${set}-${name}`, file]);
    }
  }
  return out;
}

function polnearDev(): [string, string][] {
  const dir = join(CORPUS, 'polnear', 'dev', 'text');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ''), join(dir, f)]);
}

/** One line per attribution: where, what kind and score, its cue and source, its reasons. */
export function goldenLines(a: Analysis): string {
  const lines = a.attributions.map((x) =>
    [
      `${x.start}-${x.end}`,
      x.kinds.join('>'),
      `${x.score ?? '-'} ${x.band}`,
      `cue ${x.cue.start} ${JSON.stringify(x.cue.text)}`,
      x.source ? `source ${x.source.start} ${JSON.stringify(x.source.text)}` : 'no source',
      `sentence ${x.sentence.start}-${x.sentence.end}`,
      x.reasons.join('; '),
    ].join(' | '),
  );
  const s = a.summary;
  lines.push(`summary ${s.score ?? '-'} ${s.band} ${JSON.stringify(s.counts)} ${s.verdict}`);
  return lines.join('\n') + '\n';
}

describe.runIf(present)('golden output', () => {
  test.each(articles())('corpus: %s', async (name, file) => {
    const text = readFileSync(file, 'utf8');
    await expect(goldenLines(analyze(text))).toMatchFileSnapshot(
      join(GOLDEN, 'corpus', `${name}.txt`),
    );
  });

  test('PolNeAR dev: all 84 articles', async () => {
    const files = polnearDev();
    expect(files.length).toBe(84);
    const all = files
      .map(([name, file]) => `## ${name}\n${goldenLines(analyze(readFileSync(file, 'utf8')))}`)
      .join('\n');
    await expect(all).toMatchFileSnapshot(join(GOLDEN, 'polnear-dev.txt'));
  });
});
