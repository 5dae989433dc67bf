// Chains of hand-offs, references back to earlier sources, quote-first cues
// and reporting verbs in their tenses and voices.
import { describe, expect, test } from 'vitest';
import { analyze, type Kind } from '../../../lib/sourcing/index.ts';

const last = (text: string) => analyze(text).attributions.at(-1);

describe('chains keep every link; the weakest is the kind', () => {
  test.each<[string, Kind[], Kind]>([
    [
      'The factory will close, according to a Financial Times report citing people familiar with the plans.',
      ['secondhand', 'anonymous'],
      'anonymous',
    ],
    [
      'The newspaper reported, citing two officials, that the plan was dropped.',
      ['secondhand', 'anonymous'],
      'anonymous',
    ],
    [
      'A Wall Street Journal report citing people familiar with the matter said the bank would be sold.',
      ['secondhand', 'anonymous'],
      'anonymous',
    ],
    [
      'Reuters, citing a court filing, reported that the firm owed $3 million.',
      ['document', 'secondhand'],
      'secondhand',
    ],
  ])('%s', (text, kinds, kind) => {
    const a = last(text);
    expect(a?.kinds).toEqual(kinds);
    expect(a?.kind).toBe(kind);
    expect(a?.reasons.join(' ')).toMatch(/chain of hand-offs/);
  });
});

describe('references back take the kind of their source', () => {
  test.each<[string, Kind]>([
    ['Daniel Okafor runs the ward. "We ran out of beds by noon," Okafor said.', 'named'],
    ['Daniel Okafor runs the ward. He said the beds ran out by noon.', 'named'],
    [
      'A senior official said the talks had stalled. He added that a deal was unlikely.',
      'anonymous',
    ],
    [
      'Officials in the ministry said the plan was dead. They said it could return next year.',
      'anonymous',
    ],
    [
      'The Herald first broke the story. The newspaper reported that the mayor resigned.',
      'secondhand',
    ],
    ['The agency published its annual report. The agency states that attacks rose.', 'official'],
    ['A new study tracked 600 children. It found that early exposure cut allergies.', 'document'],
    ['Acme was cutting prices, a move it said was overdue.', 'official'],
  ])('%s', (text, kind) => {
    const a = last(text);
    expect(a?.kind).toBe(kind);
  });

  test('a pronoun with nothing to point to is not a source', () => {
    expect(analyze('It found that sales fell.').attributions).toEqual([]);
  });
});

describe('quotations whose cue comes after them', () => {
  test.each([
    ['"The bridge is safe," said Jane Porter, the city engineer.', 'Jane Porter'],
    ['Jane Porter inspected it. "The bridge is safe," Porter said.', 'Porter'],
    ['“The bridge is safe,” Jane Porter told reporters.', 'Jane Porter'],
    ['"The bridge is safe," said the engineer.', 'the engineer'],
    ['"The bridge is safe," the ministry said in a statement.', 'the ministry'],
  ])('%s', (text, source) => {
    const a = last(text);
    expect(a?.source?.text).toBe(source);
    expect(a?.band).toBe('strong');
  });

  test('reported speech inside a quotation is not the article sourcing it', () => {
    const as = analyze('"My neighbour said the river would flood," Jane Porter said.').attributions;
    expect(as).toHaveLength(1);
    expect(as[0].source?.text).toBe('Jane Porter');
  });
});

describe('reporting verbs in every tense and voice', () => {
  test.each([
    'Jane Porter says the bridge is safe.',
    'Jane Porter said the bridge is safe.',
    'Jane Porter has said the bridge is safe.',
    'Jane Porter had said the bridge was safe.',
    'Jane Porter will say the bridge is safe.',
    'Jane Porter later stated that the bridge was safe.',
    'Jane Porter added that the bridge was safe.',
    'Jane Porter confirmed that the bridge was safe.',
    'Jane Porter revealed that the bridge was safe.',
    'Jane Porter announced that the bridge was safe.',
    'Jane Porter wrote that the bridge was safe.',
    'Jane Porter testified that the bridge was safe.',
    'Jane Porter argued that the bridge was safe.',
    'Jane Porter acknowledged that the bridge was unsafe.',
    'Jane Porter denied that the bridge was unsafe.',
    'Jane Porter warned that the bridge was unsafe.',
    'Jane Porter insisted that the bridge was safe.',
    'Jane Porter explained that the bridge was safe.',
    'Jane Porter noted that the bridge was safe.',
    'Jane Porter has pointed out that the bridge is safe.',
    'Jane Porter was quoted as saying that the bridge was safe.',
    'The bridge is safe, according to Jane Porter.',
    'The bridge is safe, Jane Porter said on Monday.',
    'The bridge, Jane Porter said, is safe.',
  ])('%s', (text) => {
    const as = analyze(text).attributions;
    expect(as.map((a) => a.kind)).toEqual(['named']);
    expect(as[0].source?.text).toBe('Jane Porter');
  });

  test.each([
    ['It was announced that the plant would close.', 'vague'],
    ['The closure was confirmed by the health ministry.', 'official'],
    ['The findings were published by the Institute of Ocean Studies.', 'official'],
  ])('passive: %s', (text, kind) => {
    expect(last(text)?.kind).toBe(kind);
  });
});
