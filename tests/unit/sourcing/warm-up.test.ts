// The warm-up text (lib/sourcing/warm-up.ts) runs the code of each kind of
// source before a page's first analysis; if it stopped finding them, the
// warm-up would compile less than it says.
import { expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing';
import { WARM_UP_TEXT, warmUp } from '../../../lib/sourcing/warm-up';

test('the warm-up text holds each common kind of attribution', () => {
  const kinds = new Set(analyze(WARM_UP_TEXT).attributions.map((a) => a.kind));
  for (const kind of ['named', 'official', 'anonymous', 'non-response', 'vague'] as const)
    expect(kinds).toContain(kind);
});

test('warming up changes no later result', () => {
  const text = 'Ana Ruiz, the mayor, said the bridge would open in May, officials said.';
  const before = analyze(text);
  warmUp();
  expect(analyze(text)).toEqual(before);
});
