// Training is deterministic (same slice, same bytes), and the figures the
// shipped model reaches on PolNeAR dev stay reached. Both need the PolNeAR
// corpus in ../shared and say so where it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainOn } from '../../../scripts/train/train.ts';
import { readSplit } from '../../../scripts/train/polnear.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const POLNEAR = resolve(ROOT, '../shared/corpus/polnear');
const TOOL = resolve(ROOT, '../shared/tools/polnear-eval.mjs');
const present = existsSync(join(POLNEAR, 'train')) && existsSync(TOOL);
if (!present) console.warn(`skipped: no PolNeAR corpus at ${POLNEAR}`);

/** cue and source begin F1 on dev, through the CLI, as the eval tool prints them. */
function devFigures(env: Record<string, string>): { cue: number; source: number; cueP: number } {
  const res = spawnSync(process.execPath, [TOOL, '--split', 'dev'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(res.status, res.stderr).toBe(0);
  const cue = /^cue .*begin F1 ([\d.]+) \(P ([\d.]+)/m.exec(res.stdout);
  const source = /^source .*begin F1 ([\d.]+)/m.exec(res.stdout);
  expect(cue, res.stdout).not.toBeNull();
  return { cue: Number(cue![1]), cueP: Number(cue![2]), source: Number(source![1]) };
}

describe.skipIf(!present)('learned tagger training', () => {
  it('gives the same bytes twice from the same slice', () => {
    const slice = readSplit(join(POLNEAR, 'train'), 6);
    const opts = { bits: 12, epochs: 2, seed: 7, prune: 1 };
    const a = trainOn(slice, opts).bytes;
    const b = trainOn(slice, opts).bytes;
    expect(a.length).toBeGreaterThan(100);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  }, 120_000);

  it('the CLI with a corrupt model file warns in one line and runs the rules alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-model-'));
    try {
      const text = join(dir, 'a.txt');
      writeFileSync(text, 'The mayor said the bridge will open in May.');
      const bad = join(dir, 'bad.bin');
      writeFileSync(bad, 'not a model');
      const cli = (args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'bin/sourcelight.ts', ...args], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      const rules = cli(['--no-model', '--jsonl', text]);
      const corrupt = cli(['--model', bad, '--jsonl', text]);
      expect(rules.status).toBe(0);
      expect(rules.stderr).toBe('');
      expect(corrupt.status).toBe(0);
      expect(corrupt.stderr.trim().split('\n')).toHaveLength(1);
      expect(corrupt.stderr).toMatch(/could not be read .*rules alone/);
      // rules alone either way
      expect(JSON.parse(corrupt.stdout).attributions).toEqual(
        JSON.parse(rules.stdout).attributions,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  // Floors: the figures of docs/learned-model.md, rounded down a little.
  it('PolNeAR dev: rules + model beat rules alone, every scope at its level', () => {
    const rules = devFigures({ SOURCELIGHT_LEARNED: 'none' });
    const spans = devFigures({ SOURCELIGHT_LEARNED: 'spans' });
    const taxonomy = devFigures({ SOURCELIGHT_LEARNED: '' });
    const all = devFigures({ SOURCELIGHT_LEARNED: 'all' });
    expect(spans.cue).toBeGreaterThan(rules.cue);
    expect(spans.cue).toBeGreaterThanOrEqual(60);
    expect(spans.source).toBeGreaterThanOrEqual(62.5);
    // the default: what the extension and the CLI run
    expect(taxonomy.cue).toBeGreaterThanOrEqual(62.5);
    expect(taxonomy.source).toBeGreaterThanOrEqual(64);
    expect(taxonomy.cueP).toBeGreaterThanOrEqual(85);
    expect(all.cue).toBeGreaterThanOrEqual(70);
    expect(all.source).toBeGreaterThanOrEqual(71);
    expect(all.cueP).toBeGreaterThanOrEqual(75);
  }, 300_000);
});
