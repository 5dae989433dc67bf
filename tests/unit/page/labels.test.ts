// The reader's words for one attribution: the tooltip's first sentence for
// each kind (and for a chain), the ▲/▼ reasons in order, and one sign for one
// thing across the badges (kind letters) and the popup (band symbols).
import { expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing';
import { headline, plainReasons } from '../../../lib/page/labels';
import { BAND_SYMBOL, KIND_LETTER } from '../../../lib/ui/labels';
import { BANDS, KINDS } from '../../../lib/sourcing/types';

/** The headline of each attribution of `text`, in order. */
const headlines = (text: string) => analyze(text).attributions.map((a) => headline(a));

test('the first sentence names the source and says what kind it is, then band and score', () => {
  expect(
    headlines(
      'The line will cut 300 jobs, according to a Wall Street Journal report citing people familiar with the matter.',
    ),
  ).toEqual(['A Wall Street Journal report citing unnamed sources: weak, 28/100']);
  expect(headlines('"We will reopen," Maria Lopez said.')).toEqual([
    'Maria Lopez, named, on the record: strong, 86/100',
  ]);
  expect(headlines('Critics argue the cuts go too far.')).toEqual([
    'Critics (nobody identifiable): weak, 16/100',
  ]);
  expect(headlines('The transport union declined to comment.')).toEqual([
    'The transport union declined to comment: no score',
  ]);
  const [doc] = headlines(
    'The line carried 2.1 million passengers, according to its annual report.',
  );
  expect(doc).toMatch(/^Its annual report, which can be looked up: strong, \d+\/100$/);
});

test('what raised the score comes first, then what lowered it; no expert words', () => {
  const [a] = analyze(
    'The line will cut 300 jobs, according to a Wall Street Journal report citing people familiar with the matter.',
  ).attributions;
  expect(plainReasons(a)).toEqual([
    { effect: 'raise', text: 'The unnamed source is described' },
    { effect: 'lower', text: 'Not named: you cannot check who they are' },
    { effect: 'lower', text: 'Passed from hand to hand (another outlet, unnamed people)' },
  ]);
  for (const r of plainReasons(a)) expect(r.text).not.toMatch(/\bcue\b|\bchain\b/i);
});

test('one sign, one meaning: no kind letter is a band symbol (but "—", no response / no score)', () => {
  const letters = KINDS.map((k) => KIND_LETTER[k]);
  const symbols = BANDS.map((b) => BAND_SYMBOL[b]);
  expect(new Set(letters).size).toBe(KINDS.length);
  expect(new Set(symbols).size).toBe(BANDS.length);
  expect(letters.filter((l) => symbols.includes(l))).toEqual([KIND_LETTER['non-response']]);
  expect(BAND_SYMBOL.none).toBe(KIND_LETTER['non-response']);
});
