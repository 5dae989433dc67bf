import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('phrase cues: a lexicon phrase, and what its role reads', () => {
  cueTable([
    ['The ferry reportedly ran aground.', 'reportedly', null, 'vague'],
    ['There are reports that the plant will close.', 'There are reports', null, 'vague'],
    [
      'The mayor said in a statement that the ferry would run.',
      'said in a statement',
      'The mayor',
      'named',
    ],
    ['The company pointed out that sales rose.', 'pointed out', 'The company', 'official'],
  ]);
  noCueTable(['The ferry ran aground on Monday.', 'She pointed at the map.']);
});
