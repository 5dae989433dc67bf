// reasonEffect() names every reason the analyzer writes and says which way it
// moved the score, from the weights: read over every reason in the golden
// output (116 articles), and checked against analyze() on sentences that
// differ by one feature.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing';
import { reasonEffect } from '../../../lib/sourcing/reason-effects';

const GOLDEN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'golden');

/** Every reason string of the golden files (the last field of an attribution line). */
function goldenReasons(): Set<string> {
  const files = [join(GOLDEN, 'polnear-dev.txt')];
  for (const f of readdirSync(join(GOLDEN, 'corpus'))) files.push(join(GOLDEN, 'corpus', f));
  const out = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/^\d+-\d+ \| /.test(line)) continue;
      const last = line.split(' | ').pop()!;
      for (const r of last.split('; ')) if (r) out.add(r);
    }
  }
  return out;
}

test('every reason in the golden output is known', () => {
  const reasons = goldenReasons();
  expect(reasons.size).toBeGreaterThan(20);
  const unknown = [...reasons].filter((r) => reasonEffect(r).id === 'unknown');
  expect(unknown).toEqual([]);
});

test('directions follow the weights', () => {
  expect(reasonEffect('direct quotation').effect).toBe('raise');
  expect(reasonEffect('the outlet is not named').effect).toBe('lower');
  expect(reasonEffect('hedging verb lowers confidence').effect).toBe('lower');
  // a kind that starts strong raises, one that starts low lowers
  expect(reasonEffect('named person on the record').effect).toBe('raise');
  expect(reasonEffect('anonymous source').effect).toBe('lower');
  expect(reasonEffect('second-hand: cites another outlet').effect).toBe('lower');
  expect(reasonEffect('refers back to a source named earlier').effect).toBe('note');
  expect(reasonEffect('chain of hand-offs: secondhand → anonymous')).toEqual({
    id: 'chain',
    effect: 'lower',
    kinds: ['secondhand', 'anonymous'],
  });
  expect(reasonEffect('on the record in an interview')).toEqual({
    id: 'channel',
    effect: 'raise',
    medium: 'interview',
  });
  expect(reasonEffect('something new').id).toBe('unknown');
});

/** The one attribution of `text`. */
function only(text: string) {
  const [a, ...rest] = analyze(text).attributions;
  expect(rest).toEqual([]);
  return a;
}

test('a raise or a cut is where the score moved that way', () => {
  const pairs: [string, string, string][] = [
    // [without, with, the reason that differs]
    [
      'Maria Lopez said the wards would reopen.',
      '"The wards will reopen," Maria Lopez said.',
      'direct quotation',
    ],
    [
      'Maria Lopez said the wards would reopen.',
      'Maria Lopez suggested the wards would reopen.',
      'hedging verb lowers confidence',
    ],
    [
      'Sources said the wards would reopen.',
      'Two hospital engineers said the wards would reopen.',
      'several sources',
    ],
  ];
  for (const [plain, varied, reason] of pairs) {
    const a = only(plain);
    const b = only(varied);
    expect(b.reasons, varied).toContain(reason);
    expect(a.reasons, plain).not.toContain(reason);
    const { effect } = reasonEffect(reason);
    expect(effect === 'raise' ? b.score! > a.score! : b.score! < a.score!, reason).toBe(true);
  }
});
