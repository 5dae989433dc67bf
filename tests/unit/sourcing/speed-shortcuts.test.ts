// Shortcuts taken for speed must agree with the slow path they replace:
// ASCII words really have the exact hash of their lower-case form (so the
// cue phrases may be matched by hash), CURLY marks exactly the words with a
// curly apostrophe, and the caption filter (a binary search over the caption
// blocks) drops exactly what a scan of every block would.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ASCII, CURLY, WORD, hashWord, scanTokens } from '../../../lib/sourcing/scan.ts';
import { materialize } from '../../../lib/sourcing/tokens.ts';
import { segmentSentences } from '../../../lib/sourcing/segment.ts';
import { analyze } from '../../../lib/sourcing/index.ts';

const PIECES = [
  'Said',
  'SAID',
  'said',
  'Report’s',
  "Report's",
  'Don’t',
  'U.S.',
  'Co-Founder',
  'AT&T',
  'Émile',
  'İstanbul',
  'Straße',
  'O’Neill',
  '3.5',
  '“',
  '”',
  ',',
  '.',
  ' ',
  '\n',
];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));

describe('scan flags used to skip work', () => {
  test('an ASCII word hashes exactly as its lower-case form, written in ASCII and ’ only', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ts = scanTokens(text);
        const toks = materialize(text, ts, 0, ts.count);
        for (let k = 0; k < ts.count; k++) {
          const t = toks[k];
          const ascii = [...t.text].every((ch) => ch.charCodeAt(0) < 128 || ch === '’');
          expect((ts.flags[k] & ASCII) !== 0).toBe(t.word && ascii);
          expect(t.exact).toBe(t.word && ascii);
          if (t.exact) expect(t.hash).toBe(hashWord(t.lower, 0, t.lower.length));
        }
      }),
    );
  });

  test('CURLY marks the words with a curly apostrophe, whose lower-case form has it straight', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ts = scanTokens(text);
        const toks = materialize(text, ts, 0, ts.count);
        for (let k = 0; k < ts.count; k++) {
          const curly = (ts.flags[k] & WORD) !== 0 && toks[k].text.includes('’');
          expect((ts.flags[k] & CURLY) !== 0).toBe(curly);
          expect(toks[k].lower).toBe(toks[k].text.toLowerCase().replaceAll('’', "'"));
        }
      }),
    );
  });
});

describe('photo captions', () => {
  // paragraphs of our own: some are captions (a credit in brackets at the end)
  const NEWS = 'Anna Berg, a spokeswoman for the council, said the bridge would reopen.';
  const CAPTION = 'Workers repair the bridge, officials said on Monday. (Reuters)';
  const CAPTION2 = 'The mayor speaks. She said the town was ready. (AP Photo/Jane Roe)';
  const paragraphs = fc.array(fc.constantFrom(NEWS, CAPTION, CAPTION2), {
    minLength: 1,
    maxLength: 25,
  });

  test('attributions inside caption blocks are dropped, the others all kept', () => {
    fc.assert(
      fc.property(paragraphs, (paras) => {
        const text = paras.join('\n\n');
        // the blocks, by offsets, and which are captions
        const blocks: { start: number; end: number; caption: boolean }[] = [];
        let at = 0;
        for (const p of paras) {
          blocks.push({ start: at, end: at + p.length, caption: p !== NEWS });
          at += p.length + 2;
        }
        const found = analyze(text).attributions;
        const blockOf = (x: number) => blocks.find((b) => x >= b.start && x < b.end)!;
        for (const a of found) expect(blockOf(a.start).caption).toBe(false);
        const news = blocks.filter((b) => !b.caption);
        for (const b of news)
          expect(found.some((a) => a.start >= b.start && a.start < b.end)).toBe(true);
        expect(segmentSentences(text).starts.length).toBeGreaterThanOrEqual(paras.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a slice of a page', () => {
  // the content script hands analyze() slices of a page's text: offsets must
  // be those of the slice
  const SENTENCES = [
    'Anna Berg, a spokeswoman for the council, said the bridge would reopen.',
    '“We are ready,” the mayor told reporters.',
    'The ministry declined to comment.',
    'Officials reportedly weighed a delay, according to people familiar with the talks.',
  ];
  const pages = fc.tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 12 }),
    fc.nat(40),
    fc.nat(40),
  );

  test('a slice of a longer text is analysed exactly as the same text on its own', () => {
    fc.assert(
      fc.property(pages, ([sentences, before, after]) => {
        const body = sentences.join(' ');
        const page = 'x'.repeat(before) + body + 'y'.repeat(after);
        const slice = page.slice(before, before + body.length);
        // the same characters, made without slicing
        const fresh = [...body].join('');
        expect(analyze(slice)).toEqual(analyze(fresh));
        for (const a of analyze(slice).attributions)
          expect(slice.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
      }),
      { numRuns: 40 },
    );
  });
});
