import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('non-responses: who did not answer', () => {
  cueTable([
    ['The ministry declined to comment.', 'declined to comment', 'The ministry', 'non-response'],
    [
      'Officials did not respond to a request for comment.',
      'did not respond',
      'Officials',
      'non-response',
    ],
  ]);
  noCueTable(['The ministry declined to raise fees.']);
});
