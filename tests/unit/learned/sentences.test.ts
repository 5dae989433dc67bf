// Which sentences the tagger reads as shipped (taxonomy scope): those where
// the rules found a cue, and those that can hold a cue it may add (a word of
// speech or a colon); a sentence with a quotation but nothing that speaks is
// left out, and the 'all' scope reads every one.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';
import { taggedSentences } from '../../../lib/sourcing/learned/sentences.ts';
import { maySpeak, speaks } from '../../../lib/sourcing/learned/speech.ts';
import { scanTokens } from '../../../lib/sourcing/scan.ts';
import { segmentStream } from '../../../lib/sourcing/segment.ts';
import { materialize } from '../../../lib/sourcing/tokens.ts';

const TEXT = [
  'The mayor said the budget was balanced.',
  'Officials criticized the “plan” on Tuesday.',
  'The sign over the door, “Welcome home”, was painted in 1950.',
  'Here is what the council decided: nothing.',
  'The bridge opened in 1932.',
].join(' ');

function read(scope: 'taxonomy' | 'all'): string[] {
  const ts = scanTokens(TEXT);
  const sentences = segmentStream(TEXT, ts);
  const found = analyze(TEXT).attributions;
  return [...taggedSentences(TEXT, ts, sentences, found, scope, true)].map((s) =>
    TEXT.slice(s.toks[0].start, s.toks[s.toks.length - 1].end),
  );
}

describe('the sentences the tagger reads', () => {
  it('as shipped: the rules’ cues, words of speech and colons, not a quotation alone', () => {
    const read_ = read('taxonomy');
    expect(read_).toContain('The mayor said the budget was balanced.');
    expect(read_).toContain('Officials criticized the “plan” on Tuesday.');
    expect(read_).toContain('Here is what the council decided: nothing.');
    expect(read_.some((s) => s.startsWith('The sign'))).toBe(false);
    expect(read_.some((s) => s.startsWith('The bridge'))).toBe(false);
  });

  it('in the all scope: every sentence', () => {
    expect(read('all')).toHaveLength(5);
  });

  it('a cue speaks when it holds a word of speech or is a colon alone', () => {
    const text = 'He told reporters: yes, and then he walked.';
    const ts = scanTokens(text);
    const toks = materialize(text, ts, 0, ts.count);
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    expect(speaks(toks, at('told'), at('told'), false)).toBe(true);
    expect(speaks(toks, at(':'), at(':'), false)).toBe(true);
    expect(speaks(toks, at('walked'), at('walked'), false)).toBe(false);
    expect(maySpeak(toks.slice(at('then')))).toBe(false);
  });

  it('"asked" speaks only where the sentence gives what was asked, or its answer', () => {
    const cue = (text: string, answered: boolean) => {
      const ts = scanTokens(text);
      const toks = materialize(text, ts, 0, ts.count);
      const i = toks.findIndex((t) => t.text === 'asked');
      return speaks(toks, i, i, answered);
    };
    // a question or a request, no claim (labelled blind: the writer's own question)
    expect(cue('It was when I asked him how many minds he had changed.', false)).toBe(false);
    expect(cue('The mayor asked residents to stay indoors.', false)).toBe(false);
    // the question given after a colon; the answer beside it
    expect(cue('Muir asked Republicans a simple question: who will win?', false)).toBe(true);
    expect(cue('"Yes," Christie said when asked whether he would.', true)).toBe(true);
  });
});
