import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('according to / citing / by: the source follows the phrase', () => {
  cueTable([
    [
      'According to the harbour authority, the ferry will run again in May.',
      'According to',
      'the harbour authority',
      'official',
    ],
    [
      'The mayor cut the budget, citing a report by the city auditor.',
      'citing',
      'a report by the city auditor',
      'document',
    ],
    [
      'The plan was announced by the Ministry of Transport on Monday.',
      'was announced by',
      'the Ministry of Transport',
      'official',
    ],
    ['According to a county tally, 40 people died.', 'According to', 'a county tally', 'document'],
    // a thing no list knows is still a source after "according to"
    [
      'The pilot had flown since 2004, according to his Facebook profile.',
      'according to',
      'his Facebook profile',
      'document',
    ],
    ['She won the state, according to early returns.', 'according to', 'early returns', 'document'],
    [
      'The levy passed with 61 percent, according to the results.',
      'according to',
      'the results',
      'document',
    ],
    [
      'According to an email from the mayor, the vote was delayed.',
      'According to',
      'an email from the mayor',
      'document',
    ],
  ]);
  noCueTable([
    'The bus runs according to plan.',
    // a clause, not a source
    'Fares vary according to how far you travel.',
  ]);
});
