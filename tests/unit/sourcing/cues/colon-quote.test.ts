import { describe, expect, test } from 'vitest';
import { analyze } from '../../../../lib/sourcing/index.ts';
import { cueTable, noCueTable } from './table.ts';

describe('a quotation introduced by a colon after its speaker', () => {
  cueTable([
    [
      'Transit planner Maria Okafor: “The bridge will not reopen before spring.”',
      ':',
      'Transit planner Maria Okafor',
      'named',
    ],
    ['Police: “The road stays closed until Friday.”', ':', 'Police', 'official'],
    ['A city spokesman: “We expected it.”', ':', 'A city spokesman', 'official'],
  ]);
  noCueTable([
    // a colon before no quotation, or a phrase that names nobody
    'The mayor was blunt: “We will not pay for this bridge.”',
    'Here are the rules: “No shoes, no service.”',
    'The meeting starts at 10:30 and “ends” late.',
    // an object or a place, not a speaker
    'The council sent a short message to the mayor: “Fix the bridge.”',
  ]);

  test('a verb before the colon is the cue, and the colon adds no second attribution', () => {
    for (const text of [
      'Reyes told reporters: “Old bridges hide their faults.”',
      'Reyes said of the mayor: “She waited too long.”',
    ]) {
      const found = analyze(text).attributions;
      expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([
        [text.startsWith('Reyes told') ? 'told' : 'said', 'Reyes'],
      ]);
    }
  });
});
