// The analyzer on the labelled corpus, scored by ../shared/tools/eval-attributions.mjs
// through scripts/eval.mjs and the CLI, exactly as `npm run eval` does. Fails
// when the figures fall below the level the project has reached.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '..', 'shared');
const hasShared =
  existsSync(resolve(shared, 'tools', 'eval-attributions.mjs')) &&
  existsSync(resolve(shared, 'corpus'));
if (!hasShared) console.warn(`eval.test: ${shared} is absent; skipping the corpus evaluation`);

/** Floors: the figures reached on the dev articles, rounded down a little. */
const FLOOR = {
  micro: 0.97,
  macro: 0.95,
  band: 0.94,
  detection: 0.97,
  perKind: {
    named: 0.97,
    official: 0.95,
    document: 0.95,
    secondhand: 0.8,
    anonymous: 0.93,
    vague: 0.85,
    'non-response': 0.95,
  },
} as const;

interface F1 {
  f1: number;
}
interface Report {
  micro: F1;
  macroF1: number;
  band: number;
  detection: F1;
  perKind: Record<string, F1>;
  sentences: number;
}

describe.runIf(hasShared)('corpus evaluation', () => {
  let report: Report | undefined;
  const run = (): Report => {
    if (report) return report;
    const res = spawnSync(process.execPath, [resolve(root, 'scripts/eval.mjs'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    });
    expect(res.status, res.stderr).toBe(0);
    // the tool prints its JSON, then the headline line
    const json = res.stdout.slice(0, res.stdout.lastIndexOf('}') + 1);
    report = JSON.parse(json) as Report;
    return report;
  };

  test(
    'kind micro-F1, macro-F1, detection and band accuracy stay at their level',
    { timeout: 180_000 },
    () => {
      const r = run();
      expect(r.sentences).toBeGreaterThan(100);
      expect(r.micro.f1).toBeGreaterThanOrEqual(FLOOR.micro);
      expect(r.macroF1).toBeGreaterThanOrEqual(FLOOR.macro);
      expect(r.detection.f1).toBeGreaterThanOrEqual(FLOOR.detection);
      expect(r.band).toBeGreaterThanOrEqual(FLOOR.band);
    },
  );

  test('every kind stays at its level', { timeout: 180_000 }, () => {
    const r = run();
    for (const [kind, floor] of Object.entries(FLOOR.perKind)) {
      expect(r.perKind[kind]?.f1 ?? 0, kind).toBeGreaterThanOrEqual(floor);
    }
  });
});
