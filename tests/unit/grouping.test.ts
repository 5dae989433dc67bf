// The voice-grouping measure of `npm run eval` (scripts/grouping.mjs) on a
// small article whose figures can be worked out by hand.
import { describe, expect, test } from 'vitest';
import {
  goldOf,
  groupArticle,
  headline,
  SourcesError,
  total,
  type FoundAttribution,
  type SourcesFile,
} from '../../scripts/grouping.mjs';

const text =
  'Guo Jiakun said it was fine. Guo said more, and sources said no. Li Wei said yes. Nobody spoke.';
const labels = {
  sentences: [
    { text: 'Guo Jiakun said it was fine.' },
    { text: 'Guo said more, and sources said no.' },
    { text: 'Li Wei said yes.' },
  ],
};
const sources: SourcesFile = {
  sources: [
    {
      name: 'Guo Jiakun',
      kind: 'named',
      attributions: [
        { sentence: 0, mention: 'Guo Jiakun' },
        { sentence: 1, mention: 'Guo' },
      ],
    },
    { name: 'sources', kind: 'anonymous', attributions: [{ sentence: 1, mention: 'sources' }] },
    { name: 'Li Wei', kind: 'named', attributions: [{ sentence: 2, mention: 'Li Wei' }] },
  ],
};

/** An analyzer attribution whose source is `words` (first occurrence). */
function found(words: string, sourceId: number | undefined): FoundAttribution {
  const start = text.indexOf(words);
  const end = start + words.length;
  return { start, end: end + 5, source: { start, end, text: words }, sourceId };
}
const MENTIONS = ['Guo Jiakun', 'Guo said', 'sources', 'Li Wei'];
const report = (ids: (number | undefined)[]) => ({
  // "Guo said" so that the second one is not found inside "Guo Jiakun"
  attributions: MENTIONS.map((m, i) => found(m, ids[i])).map((a, i) =>
    i === 1 ? { ...a, source: { start: a.start, end: a.start + 3, text: 'Guo' } } : a,
  ),
  sources: [0, 1, 2, 3].map((id) => ({ id, name: `voice ${id}` })),
});

const gold = goldOf('test', text, labels, sources);
const score = (ids: (number | undefined)[]) => total([groupArticle('test', gold, report(ids))]);

describe('voice grouping, B-cubed', () => {
  test('the analyzer grouping as labelled scores 1, and the baselines less', () => {
    const t = score([0, 0, 1, 2]);
    expect(t.matched).toBe(4);
    expect([t.p, t.r, t.f1]).toEqual([1, 1, 1]);
    // each alone: Guo's two attributions each find half their voice
    expect(t.baselines.alone.p).toBe(1);
    expect(t.baselines.alone.r).toBe(0.75);
    // "Guo Jiakun" and "Guo" are different words
    expect(t.baselines.sameWords.r).toBe(0.75);
    expect(t.namedMerges).toEqual([]);
    expect(headline(t)).toMatch(/^voice grouping B-cubed F1 1\.000 \(P 1\.000 R 1\.000\)/);
  });

  test('two named people in one voice lower precision and are reported', () => {
    const t = score([0, 0, 1, 0]);
    // Guo: 2 of 3 in its voice are Guo (twice), sources 1, Li Wei 1 of 3
    expect(t.p).toBeCloseTo((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4);
    expect(t.r).toBe(1);
    expect(t.namedMerges).toEqual(['test: “voice 0” merges Guo Jiakun + Li Wei']);
  });

  test('one person split in two lowers recall only', () => {
    const t = score([0, 1, 2, 3]);
    expect(t.p).toBe(1);
    expect(t.r).toBe(0.75);
    expect(t.split).toEqual(['test: Guo Jiakun is split into “voice 0”, “voice 1”']);
  });

  test('an attribution without a voice is alone; one outside the labels is ignored', () => {
    const extra = { ...found('Nobody', 3) };
    const r = report([0, undefined, 1, 2]);
    const t = total([
      groupArticle('test', gold, { ...r, attributions: [...r.attributions, extra] }),
    ]);
    expect(t.matched).toBe(4);
    expect(t.r).toBe(0.75);
  });

  test('a second attribution naming a matched voice is not paired with another voice', () => {
    const r = report([0, 0, 1, 2]);
    // "Guo said more, and sources said no": both found with Guo as their source
    const twice = { ...r.attributions[1], start: r.attributions[1].start + 4, sourceId: 0 };
    const attributions = [r.attributions[0], r.attributions[1], twice, r.attributions[3]];
    const t = total([groupArticle('test', gold, { ...r, attributions })]);
    expect([t.matched, t.labelled]).toEqual([3, 4]);
    expect(t.p).toBe(1);
  });

  test('a labelled attribution the analyzer missed is counted, not scored', () => {
    const r = report([0, 0, 1, 2]);
    const t = total([groupArticle('test', gold, { ...r, attributions: r.attributions.slice(1) })]);
    expect([t.matched, t.labelled]).toEqual([3, 4]);
    expect(t.f1).toBe(1);
  });

  test('a sources file that does not fit its article is refused with a clear message', () => {
    const bad = (s: SourcesFile) => () => goldOf('test', text, labels, s);
    expect(
      bad({
        sources: [{ name: 'x', kind: 'named', attributions: [{ sentence: 0, mention: 'Li' }] }],
      }),
    ).toThrow(new SourcesError('test: “Li” is not in sentence 0'));
    // a mention is a whole word: "Gu" is not in "Guo"
    expect(
      bad({
        sources: [{ name: 'x', kind: 'named', attributions: [{ sentence: 0, mention: 'Gu' }] }],
      }),
    ).toThrow(SourcesError);
    expect(
      bad({ sources: [{ name: 'x', kind: 'named', attributions: [{ sentence: 7 }] }] }),
    ).toThrow('test: voice “x”: no labelled sentence 7');
    expect(bad({ article_sha1: '0'.repeat(40), sources: [] })).toThrow(/article\.txt differs/);
  });
});
