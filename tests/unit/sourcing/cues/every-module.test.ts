// What holds for every cue construction, so a new one cannot skip it: it has a
// module under lib/sourcing/cues/ named as it is, a table test beside this
// file, and the sentence pre-filter never hides what it finds (a sentence in
// which it finds a cue holds one of its trigger words, or its gate is open).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONSTRUCTIONS } from '../../../../lib/sourcing/cues/index.ts';
import type { CueConstruction, Draft } from '../../../../lib/sourcing/cues/draft.ts';
import { detectSentence } from '../../../../lib/sourcing/detect.ts';
import { learnNames } from '../../../../lib/sourcing/names.ts';
import { scanTokens } from '../../../../lib/sourcing/scan.ts';
import { segmentStream } from '../../../../lib/sourcing/segment.ts';
import { materialize } from '../../../../lib/sourcing/tokens.ts';

const CUES = resolve(import.meta.dirname, '..', '..', '..', '..', 'lib', 'sourcing', 'cues');
const TESTS = import.meta.dirname;
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'corpus');
/** Files of cues/ that are no construction: the shared types and the list. */
const NOT_CUES = new Set(['draft.ts', 'index.ts']);

const modules = readdirSync(CUES)
  .filter((f) => f.endsWith('.ts') && !NOT_CUES.has(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('every cue module', () => {
  test.each(modules)('%s has a table test', (name) => {
    const file = join(TESTS, `${name}.test.ts`);
    expect(existsSync(file), `tests/unit/sourcing/cues/${name}.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\bcueTable\(\[/);
  });

  test.each(CONSTRUCTIONS.map((c) => [c.name]))('construction %s lives in cues/%s.ts', (name) => {
    expect(modules).toContain(name);
  });
});

/** Every sentence of the texts, as the detector sees it, and which gates let it through. */
function* sentences(text: string) {
  const ts = scanTokens(text);
  const s = segmentStream(text, ts);
  const book = learnNames(text, ts);
  const gates = new Map(CONSTRUCTIONS.map((c) => [c.name, c.gate?.(text, s)]));
  for (let k = 0; k < s.starts.length; k++) {
    const toks = materialize(text, ts, s.tok0[k], s.tok1[k]);
    const gated = (name: string) => gates.get(name)?.[k] === 1;
    if (toks.length) yield { toks, book, gated };
  }
}

/** The corpus's articles and a slice of PolNeAR's train split (never dev). */
function texts(): string[] {
  const out: string[] = [];
  if (!existsSync(CORPUS)) return out;
  for (const name of readdirSync(join(CORPUS, 'news'))) {
    const f = join(CORPUS, 'news', name, 'article.txt');
    if (existsSync(f)) out.push(readFileSync(f, 'utf8'));
  }
  const train = join(CORPUS, 'polnear', 'train', 'text');
  if (existsSync(train))
    for (const f of readdirSync(train).sort().slice(0, 120))
      out.push(readFileSync(join(train, f), 'utf8'));
  return out;
}

describe.skipIf(!existsSync(CORPUS))('the trigger pre-filter', () => {
  test('hides no cue: each construction finds cues only in sentences with one of its triggers or its gate open', () => {
    const found = new Map<string, number>();
    for (const c of CONSTRUCTIONS) found.set(c.name, 0);
    for (const text of texts()) {
      for (const { toks, book, gated } of sentences(text)) {
        const words = new Set(toks.filter((t) => t.word).map((t) => t.lower));
        // each construction, watched: what it pushes is checked against its triggers
        const watched = CONSTRUCTIONS.map((c): CueConstruction => ({
          ...c,
          detect(ctx, i, out: Draft[]) {
            const before = out.length;
            const last = c.detect(ctx, i, out);
            if (out.length > before) {
              found.set(c.name, found.get(c.name)! + out.length - before);
              const triggers = [...c.triggers()];
              expect(
                triggers.some((w) => words.has(w)) || gated(c.name),
                `${c.name} in "${toks.map((t) => t.text).join(' ')}"`,
              ).toBe(true);
            }
            return last;
          },
        }));
        detectSentence(toks, 0, toks.length, book, watched);
      }
    }
    // the check saw every construction at work
    for (const [name, n] of found) expect(n, name).toBeGreaterThan(0);
  }, 120_000);
});
