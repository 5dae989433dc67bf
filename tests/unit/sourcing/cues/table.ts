// The shape of every cue module's table test: a sentence, and the cue,
// source and kind of its first attribution, or null when it has none.
import { expect, test } from 'vitest';
import { analyze, type Kind } from '../../../../lib/sourcing/index.ts';

export type Row = [sentence: string, cue: string, source: string | null, kind: Kind];

/** One test per row: the first attribution has that cue, source and kind. */
export function cueTable(rows: Row[]): void {
  test.each(rows)('%s', (sentence, cue, source, kind) => {
    const a = analyze(sentence).attributions[0];
    expect(a, 'an attribution').toBeDefined();
    expect(a.cue?.text).toBe(cue);
    expect(a.source?.text ?? null).toBe(source);
    expect(a.kind).toBe(kind);
  });
}

/** One test per sentence: no attribution at all. */
export function noCueTable(sentences: string[]): void {
  test.each(sentences.map((s) => [s]))('no attribution: %s', (sentence) => {
    expect(analyze(sentence).attributions).toEqual([]);
  });
}
