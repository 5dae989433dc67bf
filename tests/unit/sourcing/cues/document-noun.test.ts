import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('a document and who made it', () => {
  cueTable([
    [
      'The cuts come after a report released by the auditor on Tuesday.',
      'report released',
      'a report released by the auditor',
      'document',
    ],
  ]);
  noCueTable(['The report was long.']);
});
