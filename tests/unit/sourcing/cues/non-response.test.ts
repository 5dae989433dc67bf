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
    [
      'The embassy had no immediate comment.',
      'no immediate comment',
      'The embassy',
      'non-response',
    ],
    [
      'The lawyer declined an interview request.',
      'declined an interview',
      'The lawyer',
      'non-response',
    ],
    // who could not be reached comes after the cue, and is not read
    ['Efforts to reach the family were unsuccessful.', 'Efforts to reach', null, 'non-response'],
  ]);
  noCueTable(['The ministry declined to raise fees.']);
});
