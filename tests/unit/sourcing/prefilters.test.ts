// The shortcuts that let analyze() skip most of the text must never skip a
// word that matters: PLAIN words really are their own lower-case form with the
// hash of it, MARKED words are exactly those on a marked slot, and a sentence
// is noted as marked exactly when one of its words is.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MARKED, PLAIN, WORD, hashWord, scanTokens } from '../../../lib/sourcing/scan.ts';
import { segmentStream } from '../../../lib/sourcing/segment.ts';
import { materialize } from '../../../lib/sourcing/tokens.ts';

// words and separators that exercise every branch of the scan: capitals,
// curly apostrophes, accents, joiners, quotes, sentence ends, newlines
const PIECES = [
  'said',
  'Said',
  'SAID',
  'report',
  "report's",
  'report’s',
  'don’t',
  'U.S.',
  'co-founder',
  'AT&T',
  'Émile',
  'ÉCOLE',
  'İstanbul',
  'straße',
  '3.5',
  'Mr.',
  'the',
  'officials',
  '“',
  '”',
  '"',
  ',',
  '.',
  '?',
  ' ',
  ' ',
  '\n',
  '—',
];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));

describe('scan prefilters', () => {
  test('a PLAIN word is its own lower-case form, and its hash is that of the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ts = scanTokens(text);
        const toks = materialize(text, ts, 0, ts.count);
        for (let k = 0; k < ts.count; k++) {
          if (!(ts.flags[k] & PLAIN)) continue;
          expect(ts.flags[k] & WORD).toBe(WORD);
          const t = toks[k];
          expect(t.lower).toBe(t.text);
          expect(t.text.toLowerCase()).toBe(t.text);
          expect([...t.text].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
          expect(ts.hash[k]).toBe(hashWord(t.lower, 0, t.lower.length));
        }
      }),
    );
  });

  test('a lower-case ASCII word is always PLAIN', () => {
    const text = 'officials said the report’s data, don’t they? co-founder AT&T';
    const ts = scanTokens(text);
    const plain = [];
    for (let k = 0; k < ts.count; k++)
      if (ts.flags[k] & PLAIN) plain.push(text.slice(ts.start[k], ts.end[k]));
    expect(plain).toEqual(['officials', 'said', 'the', 'data', 'they', 'co-founder']);
  });

  test('a word gets exactly the MARKED flag of its slot', () => {
    const marks = new Uint8Array(1 << 8);
    for (const w of ['said', 'report']) marks[hashWord(w, 0, w.length) & 0xff] = MARKED;
    fc.assert(
      fc.property(texts, (text) => {
        const ts = scanTokens(text, marks);
        const plain = scanTokens(text);
        for (let k = 0; k < ts.count; k++) {
          const expected = ts.flags[k] & WORD ? marks[ts.hash[k] & 0xff] : 0;
          expect(ts.flags[k] & MARKED).toBe(expected);
          // marking changes nothing else
          expect(ts.flags[k] & ~MARKED).toBe(plain.flags[k]);
        }
      }),
    );
  });

  test('a sentence is marked exactly when one of its tokens is', () => {
    const marks = new Uint8Array(1 << 8);
    for (const w of ['said', 'officials']) marks[hashWord(w, 0, w.length) & 0xff] = MARKED;
    fc.assert(
      fc.property(texts, (text) => {
        const ts = scanTokens(text, marks);
        const seg = segmentStream(text, ts);
        expect(seg.marked.length).toBe(seg.starts.length);
        for (let s = 0; s < seg.starts.length; s++) {
          let any = false;
          for (let k = seg.tok0[s]; k < seg.tok1[s]; k++) if (ts.flags[k] & MARKED) any = true;
          expect(seg.marked[s] === 1).toBe(any);
        }
      }),
    );
  });
});
