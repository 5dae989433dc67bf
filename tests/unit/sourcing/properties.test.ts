// Properties that hold for any input, and sentences generated from a small
// cue grammar (source phrase × reporting verb × claim) found with their kind.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyze, type Analysis, type Kind } from '../../../lib/sourcing/index.ts';

function checkInvariants(text: string, r: Analysis): void {
  let prev = -1;
  for (const a of r.attributions) {
    for (const [s, e] of [
      [a.start, a.end],
      [a.cue.start, a.cue.end],
      [a.sentence.start, a.sentence.end],
      ...(a.source ? [[a.source.start, a.source.end]] : []),
    ]) {
      expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(text.length);
      expect(s).toBeLessThanOrEqual(e);
    }
    expect(a.start).toBeGreaterThanOrEqual(prev);
    prev = a.start;
    expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
    if (a.source) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
    expect(a.kinds).toContain(a.kind);
    expect(a.kinds.at(-1)).toBe(a.kind);
    if (a.score === null) {
      expect(a.kind).toBe('non-response');
      expect(a.band).toBe('none');
    } else {
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      expect(a.band).toBe(a.score >= 70 ? 'strong' : a.score >= 40 ? 'moderate' : 'weak');
    }
    expect(a.reasons.length).toBeGreaterThan(0);
  }
  expect(r.summary.total).toBe(r.attributions.length);
}

// words that make up news-like noise, cue words included
const newsWord = fc.constantFrom(
  'said',
  'says',
  'according',
  'to',
  'the',
  'officials',
  'Reuters',
  'Mr.',
  'U.S.',
  'reportedly',
  'declined',
  'comment',
  '“',
  '”',
  '"',
  ',',
  '.',
  '?',
  '\n',
  '\n\n',
  'citing',
  'sources',
  'Anna',
  'Berg',
  'report',
  'study',
  'found',
  'that',
  'he',
  'she',
  'it',
  'they',
  'and',
  'police',
  'ministry',
  '3.5',
  '😀',
  '\ud800',
  'in',
  'a',
  'statement',
  'familiar',
  'with',
  'matter',
  'who',
  'told',
  'reporters',
  ':',
  '—',
);
const newsText = fc.array(newsWord, { maxLength: 80 }).map((ws) => ws.join(' '));

describe('for any input', () => {
  test('any string: returns, spans in bounds and sorted, scores and bands consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });
  test('news-like word salad: same invariants', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 400 },
    );
  });
  test('same input, same output', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 100 },
    );
  });
});

// the cue grammar
const SOURCES: [string, Kind][] = [
  ['Anna Berg', 'named'],
  ['Mayor Tomas Lind', 'named'],
  ['Dr. Ruth Okafor', 'named'],
  ['the health ministry', 'official'],
  ['police', 'official'],
  ['the city council', 'official'],
  ['a spokesman for the agency', 'official'],
  ['officials', 'anonymous'],
  ['two people familiar with the plan', 'anonymous'],
  ['a senior official', 'anonymous'],
  ['sources', 'anonymous'],
  ['critics', 'vague'],
  ['some experts', 'vague'],
  ['analysts', 'vague'],
  ['Reuters', 'secondhand'],
  ['the newspaper', 'secondhand'],
];
const DOC_SOURCES: [string, Kind][] = [
  ['court filings', 'document'],
  ['a report released by the state auditor', 'document'],
  ['data from the Bureau of Statistics', 'document'],
];
const VERBS = [
  'said',
  'says',
  'has said',
  'told reporters',
  'added',
  'argued',
  'warned',
  'noted',
  'stated',
  'insisted',
];
const CLAIMS = [
  'the bridge would reopen in May',
  'prices will rise',
  'the plan had failed',
  'nobody was hurt',
];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

describe('generated sentences are found with the right kind', () => {
  test('SOURCE VERB that CLAIM.', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...CLAIMS),
        fc.boolean(),
        ([src, kind], verb, claim, that) => {
          const text = `${cap(src)} ${verb} ${that ? 'that ' : ''}${claim}.`;
          const as = analyze(text).attributions;
          expect(
            as.map((a) => a.kind),
            text,
          ).toEqual([kind]);
        },
      ),
      { numRuns: 300 },
    );
  });
  test('CLAIM, according to SOURCE.', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES, ...DOC_SOURCES),
        fc.constantFrom(...CLAIMS),
        ([src, kind], claim) => {
          const text = `${cap(claim)}, according to ${src}.`;
          expect(
            analyze(text).attributions.map((a) => a.kind),
            text,
          ).toEqual([kind]);
        },
      ),
      { numRuns: 200 },
    );
  });
  test('"CLAIM," SOURCE said. / "CLAIM," said SOURCE.', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES.filter(([, k]) => k !== 'vague')),
        fc.constantFrom(...CLAIMS),
        fc.boolean(),
        ([src, kind], claim, inverted) => {
          const text = inverted ? `"${cap(claim)}," said ${src}.` : `"${cap(claim)}," ${src} said.`;
          expect(
            analyze(text).attributions.map((a) => a.kind),
            text,
          ).toEqual([kind]);
        },
      ),
      { numRuns: 200 },
    );
  });
  test('embedded in a longer text, offsets still point at the cue', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CLAIMS), { maxLength: 4 }),
        fc.constantFrom(...SOURCES),
        fc.constantFrom(...CLAIMS),
        (before, [src, kind], claim) => {
          const prefix = before.map((c) => `${cap(c)}.`).join(' ');
          const sentence = `${cap(src)} said ${claim}.`;
          const text = prefix ? `${prefix}\n\n${sentence}` : sentence;
          const as = analyze(text).attributions;
          expect(as).toHaveLength(1);
          expect(as[0].kind).toBe(kind);
          expect(as[0].cue.text).toBe('said');
          expect(as[0].sentence.start).toBe(text.length - sentence.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
