import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('an opinion in the passive: nobody, or the agent, holds it', () => {
  cueTable([
    ['The bridge was hailed as a triumph of engineering.', 'hailed as', null, 'vague'],
    ['The plan has been criticized as reckless.', 'criticized as', null, 'vague'],
    [
      'The reform is seen by many teachers as overdue.',
      'seen by many teachers as',
      'many teachers',
      'vague',
    ],
  ]);
  noCueTable([
    'The comet was seen as it passed the moon.',
    'Crowds as large as 40,000 were seen as many as three times.',
  ]);
});
