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

interface Floors {
  sentences: number;
  micro: number;
  macro: number;
  band: number;
  detection: number;
  perKind: Record<string, number>;
  /** Voice grouping (B-cubed) against tests/fixtures/sources/, where labelled. */
  grouping?: { f1: number; p: number; r: number };
}

/**
 * Floors: the figures reached, rounded down a little. `dev` is the corpus's
 * own labels; `blind` the labels made without sight of the analyzer
 * (tests/fixtures/labels/blind, since used to write rules), and `blind-3`
 * and `blind-4` (tests/fixtures/labels/blind-3, blind-4), which no rule was
 * written from.
 */
const SETS: Record<'dev' | 'blind' | 'blind-3' | 'blind-4', Floors> = {
  dev: {
    sentences: 100,
    micro: 0.98,
    macro: 0.97,
    band: 0.95,
    detection: 0.98,
    perKind: {
      named: 0.97,
      official: 0.95,
      document: 0.95,
      secondhand: 0.8,
      anonymous: 0.93,
      vague: 0.9,
      'non-response': 0.95,
    },
    grouping: { f1: 0.935, p: 0.98, r: 0.88 },
  },
  blind: {
    sentences: 100,
    micro: 0.97,
    macro: 0.96,
    band: 0.95,
    detection: 0.97,
    perKind: {
      named: 0.96,
      official: 0.92,
      document: 0.9,
      secondhand: 0.9,
      anonymous: 0.93,
      vague: 0.93,
      'non-response': 0.9,
    },
  },
  // No rule has been written from this set's misses: the freshest estimate.
  // Its per-kind counts are too small for per-kind floors.
  'blind-3': {
    sentences: 40,
    micro: 0.869,
    macro: 0.55,
    band: 0.78,
    detection: 0.9,
    perKind: {},
  },
  // Eight more varied pages labelled blind on 2026-12-07 (an essay, a long
  // feature, science, a review); measured once: micro-F1 0.759 (P 0.868),
  // detection 0.798, band 0.641. Too few of each kind for per-kind floors.
  'blind-4': {
    sentences: 85,
    micro: 0.75,
    macro: 0.58,
    band: 0.63,
    detection: 0.79,
    perKind: {},
  },
};

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
  grouping?: { f1: number; p: number; r: number; namedMerges: string[] };
}

describe.runIf(hasShared).each(Object.entries(SETS))(
  'corpus evaluation, %s labels',
  (set, floor) => {
    let report: Report | undefined;
    const run = (): Report => {
      if (report) return report;
      const res = spawnSync(
        process.execPath,
        [resolve(root, 'scripts/eval.mjs'), '--json', '--set', set],
        { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 },
      );
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
        expect(r.sentences).toBeGreaterThan(floor.sentences);
        expect(r.micro.f1).toBeGreaterThanOrEqual(floor.micro);
        expect(r.macroF1).toBeGreaterThanOrEqual(floor.macro);
        expect(r.detection.f1).toBeGreaterThanOrEqual(floor.detection);
        expect(r.band).toBeGreaterThanOrEqual(floor.band);
      },
    );

    test('every kind stays at its level', { timeout: 180_000 }, () => {
      const r = run();
      for (const [kind, min] of Object.entries(floor.perKind)) {
        expect(r.perKind[kind]?.f1 ?? 0, kind).toBeGreaterThanOrEqual(min);
      }
    });

    const grouping = floor.grouping;
    if (grouping)
      test(
        'voices group the attributions as labelled, at their level',
        { timeout: 180_000 },
        () => {
          const g = run().grouping;
          expect(g, 'no grouping figures: tests/fixtures/sources/ unread').toBeDefined();
          expect(g!.f1).toBeGreaterThanOrEqual(grouping.f1);
          expect(g!.p).toBeGreaterThanOrEqual(grouping.p);
          expect(g!.r).toBeGreaterThanOrEqual(grouping.r);
          // issue 24: two distinct named people are never one voice
          expect(g!.namedMerges).toEqual([]);
        },
      );
  },
);
