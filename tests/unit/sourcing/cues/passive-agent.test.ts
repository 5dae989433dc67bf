import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('the passive with its agent: "was published by X"', () => {
  cueTable([
    [
      'The figures were published by the statistics office.',
      'published by',
      'the statistics office',
      'official',
    ],
    [
      'The figures were produced by the statistics office.',
      'produced by',
      'the statistics office',
      'official',
    ],
  ]);
  // "led by" makes a document's authors only
  noCueTable(['The team was led by a former coach.']);
});
