// Custom cues and offsets.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';

describe('custom cues', () => {
  test('a reader’s phrase is found case-insensitively on word boundaries, with its kind', () => {
    const text =
      'Word On The Street is that the mayor quits. The streetwise word on the street says nothing.';
    const as = analyze(text, {
      customCues: [{ phrase: 'word on the street', kind: 'vague' }],
    }).attributions;
    expect(as.map((a) => [a.kind, a.cue.text])).toEqual([
      ['vague', 'Word On The Street'],
      ['vague', 'word on the street'],
    ]);
    expect(as[0].reasons).toContain('matches one of your own cue phrases');
  });
  test('not inside another word', () => {
    const as = analyze('Unsourced claims abound.', {
      customCues: [{ phrase: 'sourced', kind: 'vague' }],
    }).attributions;
    expect(as).toEqual([]);
  });
  test('a custom non-response has no score', () => {
    const [a] = analyze('The club stayed mum on the matter.', {
      customCues: [{ phrase: 'stayed mum', kind: 'non-response' }],
    }).attributions;
    expect(a.kind).toBe('non-response');
    expect(a.score).toBeNull();
  });
  test('bad custom cues are ignored, not thrown', () => {
    const bad = [
      { phrase: '', kind: 'vague' },
      { phrase: '   ', kind: 'named' },
      { phrase: 'x', kind: 'nonsense' },
      null,
    ] as never;
    expect(() => analyze('Anna Berg said so.', { customCues: bad })).not.toThrow();
    expect(analyze('Anna Berg said so.', { customCues: bad }).attributions).toHaveLength(1);
  });
  test('regex characters in a phrase are literal', () => {
    const as = analyze('He said (allegedly) it was fine. He said a. It was fine.', {
      customCues: [
        { phrase: '(allegedly)', kind: 'vague' },
        { phrase: 'a.', kind: 'vague' },
      ],
    }).attributions;
    expect(as.some((a) => a.cue.text === '(allegedly)' || a.cue.text === 'allegedly')).toBe(true);
  });
});

describe('offsets', () => {
  const text =
    'Les réfugiés 😀 arrivent. “The border is open,” said Mayor Anna Berg. ' +
    'According to a Reuters report citing two officials, it will close.\n\nThe firm declined to comment.';
  const { attributions } = analyze(text);
  test('found', () => expect(attributions.length).toBe(3));
  test.each(attributions.map((a, i) => [i, a] as const))(
    'attribution %i spans are exact',
    (_i, a) => {
      expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
      if (a.source) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
      expect(a.start).toBeLessThanOrEqual(a.cue.start);
      expect(a.end).toBeGreaterThanOrEqual(a.cue.end);
      expect(a.sentence.start).toBeLessThanOrEqual(a.start);
      expect(a.sentence.end).toBeGreaterThanOrEqual(a.end);
    },
  );
  test('sorted by start', () => {
    const starts = attributions.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('never throws', () => {
  test.each([
    ['empty', ''],
    ['lone surrogates', '\ud800 said \udc00 Anna Berg said \ud83d.'],
    [
      'binary junk',
      String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 65536)),
    ],
    ['only punctuation', '"""“”’’..,,;;!!??'],
    ['a huge word', 'x'.repeat(200_000) + ' said Anna Berg.'],
  ])('%s', (_name, text) => {
    expect(() => analyze(text)).not.toThrow();
  });
  test('non-string input gets an empty analysis', () => {
    expect(analyze(undefined as unknown as string).attributions).toEqual([]);
    expect(analyze(42 as unknown as string).summary.total).toBe(0);
  });
});
