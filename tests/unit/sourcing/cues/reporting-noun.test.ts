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
    [
      'The administration’s first comments on the vote came with a warning.',
      'comments',
      'The administration’s',
      'official',
    ],
  ]);
  noCueTable([
    'The warning system failed.',
    // the object of another's verb is mentioned, not the source of a claim
    'Senators criticized the administration’s first comments on the vote.',
    'Senators responded to the ministry’s statement on the vote.',
    // after a possessive, a form that is also a verb is the noun
    'Nobody liked the governor’s remarks, and the mayor left early.',
    'Trump has not yet responded to Ada Brill’s remarks, although he kept up his rhetoric.',
  ]);
});
