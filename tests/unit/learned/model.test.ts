// The learned tagger's file and decoder: a tiny hand-made model decodes and
// tags as its weights say; a missing, truncated or corrupt file means the
// rules alone and one warning line, never an exception.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';
import {
  B_CUE,
  FEATURES_PER_TOKEN,
  mix,
  NTAGS,
  O,
} from '../../../lib/sourcing/learned/features.ts';
import { loadModel, MODEL_FILE } from '../../../lib/sourcing/learned/index.ts';
import { decodeModel, encodeModel, resealed } from '../../../lib/sourcing/learned/model.ts';
import { spansOf, tagTokens } from '../../../lib/sourcing/learned/tagger.ts';

const BITS = 12;
const bucketOf = (h: number) => h >>> (32 - BITS);

/** A model with one feature: template 1 (the word) for `word` votes B-CUE. */
function tinyModel(word: number): Uint8Array {
  const key = bucketOf(mix(1, word));
  const weights = new Array(NTAGS).fill(0);
  weights[B_CUE] = 100;
  return encodeModel({
    bits: BITS,
    trans: new Float32Array((NTAGS + 1) * NTAGS),
    keys: [key],
    weights,
    scale: 0.5,
    outside: 0,
  });
}

describe('learned model file', () => {
  it('decodes a tiny model and tags the token its one feature names', () => {
    const d = decodeModel(tinyModel(42));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.model.size).toBe(1);
    const n = 3;
    const feats = new Uint32Array(n * FEATURES_PER_TOKEN);
    // token 1 has the word feature of 42; the others a word of 7
    for (let i = 0; i < n; i++) feats[i * FEATURES_PER_TOKEN] = mix(1, i === 1 ? 42 : 7);
    const tags = new Uint8Array(n);
    tagTokens(d.model, feats, n, tags);
    expect([...tags]).toEqual([O, B_CUE, O]);
    expect(spansOf(tags, n, B_CUE, B_CUE + 1)).toEqual([[1, 1]]);
  });

  it('refuses missing, short, truncated, corrupt and foreign bytes with a reason', () => {
    const good = tinyModel(42);
    const flipped = good.slice();
    flipped[30] ^= 0xff;
    const truncated = good.slice(0, good.length - 3);
    for (const bad of [
      new Uint8Array(0),
      truncated,
      flipped,
      new TextEncoder().encode('x'.repeat(200)),
    ]) {
      const d = decodeModel(bad);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.reason).toMatch(/\w/);
    }
    expect(decodeModel('not bytes').ok).toBe(false);
    // a header changed in place and resealed is read again
    expect(decodeModel(resealed(good)).ok).toBe(true);
  });

  it('loadModel warns in one line and gives null: the rules alone', () => {
    const lines: string[] = [];
    expect(loadModel(null, (l) => lines.push(l))).toBeNull();
    expect(loadModel(new Uint8Array([1, 2, 3]), (l) => lines.push(l))).toBeNull();
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).not.toContain('\n');
    expect(lines[1]).toMatch(/could not be read .*rules alone/);
  });

  it('the shipped model loads, and analyze with it keeps every rule attribution', () => {
    const bytes = readFileSync(new URL(`../../../${MODEL_FILE}`, import.meta.url));
    const model = loadModel(bytes, (l) => {
      throw new Error(l);
    });
    expect(model).not.toBeNull();
    const text =
      'The mayor has said the bridge will open in May. “We are ready,” a city spokesman said on Tuesday.';
    const rules = analyze(text);
    const learned = analyze(text, { model: model! });
    expect(learned.attributions.length).toBeGreaterThanOrEqual(rules.attributions.length);
    // the rules' kinds stand (spans scope: only where spans begin may change)
    expect(learned.attributions.map((a) => a.kind)).toEqual(rules.attributions.map((a) => a.kind));
    // "has said": the tagger learned that annotators begin the cue at the auxiliary
    expect(learned.attributions[0].cue.text).toBe('has said');
    expect(rules.attributions[0].cue.text).toBe('said');
  });
});

describe('where the shipped tagger adds a cue, its source is read by the grammar', () => {
  const model = loadModel(readFileSync(new URL(`../../../${MODEL_FILE}`, import.meta.url)), (l) => {
    throw new Error(l);
  })!;
  const added = (text: string) =>
    analyze(text, { model }).attributions.map((a) => [a.cue.text, a.source?.text, a.kind]);

  it('a subject nobody can read gets no badge, not a vague one that says nobody spoke', () => {
    // the tagger finds "said"; "stalwart" is in no word list
    expect(added('The Republican stalwart said that her position was genuine.')).toEqual([]);
  });
  it('the subject before a stance verb, not its object after it', () => {
    expect(added('Vikram Oduya, dean of the law school, criticized the ruling on Monday.')).toEqual(
      [['criticized', 'Vikram Oduya', 'named']],
    );
  });
  it("a participle clause speaks for the main clause's subject", () => {
    expect(added('Ada Brill held her fire on Tom Reyes, calling him a fine surgeon.')).toEqual([
      ['calling', 'Ada Brill', 'named'],
    ]);
  });
  it('but not across a reported clause, whose own subject it may be', () => {
    expect(
      added(
        'Court filings show that the contractor has sought more money, arguing that costs rose.',
      ),
    ).toEqual([['show', 'Court filings', 'document']]);
  });
  it('a name and its aside are the person named, the name alone the source', () => {
    // the rules read no subject across "Brill's campaign manager,"; the tagger
    // finds the cue and the whole phrase, whose role and possessive made it
    // anonymous until the name before the comma decided
    expect(
      added('“We are ready,” Tom Reyes, Brill’s campaign manager, said in a statement.'),
    ).toEqual([['said in a statement', 'Tom Reyes', 'named']]);
  });
  it('a relative pronoun stands for the name before it', () => {
    expect(
      added('Councillor Ada Brill, who criticized the budget last week, wants a new vote.'),
    ).toEqual([['criticized', 'Councillor Ada Brill', 'named']]);
  });
});
