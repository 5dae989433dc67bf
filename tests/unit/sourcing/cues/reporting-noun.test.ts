import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('a reporting noun with a possessive source', () => {
  cueTable([
    [
      'The governor’s warning that the dam could fail came late.',
      'warning',
      'The governor’s',
      'named',
    ],
  ]);
  noCueTable(['The warning system failed.']);
});
