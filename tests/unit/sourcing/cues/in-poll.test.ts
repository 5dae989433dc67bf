import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('a figure placed in a poll', () => {
  cueTable([
    [
      'In a Harbor Institute poll released Monday, 50 percent of voters backed the levy.',
      'In',
      'a Harbor Institute poll',
      'document',
    ],
    [
      'Support for the levy fell to 41 percent in the mid-January survey.',
      'in',
      'the mid-January survey',
      'document',
    ],
  ]);
  noCueTable([
    'The mayor slid in the polls after the strike.',
    'Voters went to the polls on Tuesday.',
    'Nine hundred residents took part in the survey last year.',
    'The council met in the wake of a new poll.',
  ]);
});
