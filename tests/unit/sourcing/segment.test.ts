// Sentence segmentation: abbreviations, initials, decimals, quotations, blocks.
import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../../lib/sourcing/index.ts';

const sentences = (text: string) => {
  const { starts, ends } = segmentSentences(text);
  return starts.map((s, i) => text.slice(s, ends[i]));
};

describe('segmentSentences', () => {
  test.each<[string, string[]]>([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
    [
      'Dr. Jones and Mrs. Park met on Jan. 5 at St. Mary’s.',
      ['Dr. Jones and Mrs. Park met on Jan. 5 at St. Mary’s.'],
    ],
    ['The U.S. economy grew. Prices fell.', ['The U.S. economy grew.', 'Prices fell.']],
    [
      'Sales fell in the U.S. The company blamed the weather.',
      ['Sales fell in the U.S.', 'The company blamed the weather.'],
    ],
    [
      'George W. Bush spoke. J. K. Rowling wrote.',
      ['George W. Bush spoke.', 'J. K. Rowling wrote.'],
    ],
    [
      'Growth was 3.5 percent. It was 2.1 before.',
      ['Growth was 3.5 percent.', 'It was 2.1 before.'],
    ],
    ['He said “we are done.” Then he left.', ['He said “we are done.”', 'Then he left.']],
    ['"Is it safe?" she asked. Nobody answered.', ['"Is it safe?" she asked.', 'Nobody answered.']],
    // a quoted question's speaker and verb stay with it; a name alone opens a sentence
    [
      '“Why now?” Obama asked. “Is it over?” Mr. Smith said. “Go!” Barack Obama said.',
      ['“Why now?” Obama asked.', '“Is it over?” Mr. Smith said.', '“Go!” Barack Obama said.'],
    ],
    ['“Why now?” Obama left the room.', ['“Why now?”', 'Obama left the room.']],
    ['Was it safe? Obama said no.', ['Was it safe?', 'Obama said no.']],
    [
      'Headline Without A Stop\n\nThe body starts here.',
      ['Headline Without A Stop', 'The body starts here.'],
    ],
    ['Line one\nLine two', ['Line one', 'Line two']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['Spaces   between    words.    Next one.', ['Spaces   between    words.', 'Next one.']],
    ['Acme Inc. said so. Acme Inc. The end.', ['Acme Inc. said so.', 'Acme Inc.', 'The end.']],
    ['', []],
    ['   \n\n  ', []],
  ])('%j', (text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  test('offsets are UTF-16 indices into the text', () => {
    const text = '😀 Emoji first. Ünïcödé next.';
    const { starts, ends } = segmentSentences(text);
    expect(starts.map((s, i) => text.slice(s, ends[i]))).toEqual([
      '😀 Emoji first.',
      'Ünïcödé next.',
    ]);
  });
});
