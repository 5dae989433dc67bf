// How the article writes a sentence-initial word elsewhere decides whether
// "Whale experts say" names specific people (a name) or vague ones (a noun).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';

const kindOfFirst = (text: string) => analyze(text).attributions[0]?.kind;

describe('the lower-case form elsewhere makes a sentence-initial word common', () => {
  test.each([
    // a possessive still writes the word in lower case
    ["Whale experts say the pod was lost at sea. The whale's calf survived."],
    ['Whale experts say the pod was lost at sea. The whale’s calf survived.'],
    // found anywhere on a long page, however far from the cue
    [
      'Whale experts say the pod was lost at sea.\n' +
        'The tide turned. '.repeat(20_000) +
        'A whale.',
    ],
  ])('%s', (text) => {
    expect(kindOfFirst(text)).toBe('vague');
  });
  test.each([
    // never in lower case: only a different word ("whales") or another case
    ['Whale experts say the pod was lost at sea. Whales sing. WHALE is loud.'],
    // in lower case, but also capitalized after a lower-case word: a name
    ['Whale experts say the pod was lost at sea. The whale left. We thank Whale Trust.'],
    ['Whale experts say the pod was lost at sea. The whale left, Whale Trust said.'],
  ])('%s', (text) => {
    expect(kindOfFirst(text)).not.toBe('vague');
  });
});
