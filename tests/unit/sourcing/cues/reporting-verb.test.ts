import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('a reporting verb and its subject', () => {
  cueTable([
    ['Mara Lind said the talks would resume.', 'said', 'Mara Lind', 'named'],
    ['“We will rebuild,” said the mayor.', 'said', 'the mayor', 'named'],
    ['The agency reports that exports fell.', 'reports', 'The agency', 'official'],
    ['Residents are insisting the water is unsafe.', 'insisting', 'Residents', 'anonymous'],
    ['Support is falling, the poll shows.', 'shows', 'the poll', 'document'],
    [
      'Data from the Census Bureau shows rents rising.',
      'shows',
      'Data from the Census Bureau',
      'document',
    ],
  ]);
  noCueTable([
    'She told the story of her grandmother.',
    'The chain added 40 stores last year.',
    'The county tallies the votes.',
  ]);
});
