// The scoring ladder, its reasons, and the page summary.
import { describe, expect, test } from 'vitest';
import { analyze, BANDS, KINDS, type Band } from '../../../lib/sourcing/index.ts';

const first = (text: string) => analyze(text).attributions[0];

describe('the ladder', () => {
  test.each<[string, Band]>([
    ['Anna Berg, the mayor of Lund, said the plant would close.', 'strong'],
    ['The ministry said in a statement that the plant would close.', 'strong'],
    ['Court filings show that the plant owed $2 million.', 'strong'],
    ['The Guardian reported that the plant would close.', 'moderate'],
    ['Three officials familiar with the plans said the plant would close.', 'moderate'],
    ['Officials said the plant would close.', 'weak'],
    ['A source said the plant would close.', 'weak'],
    ['The plant will reportedly close.', 'weak'],
    ['Some analysts say the plant will close.', 'weak'],
    ['The Guardian, citing unnamed sources, reported that the plant would close.', 'weak'],
    ['The owners declined to comment.', 'none'],
  ])('%s → %s', (text, band) => {
    expect(first(text)?.band).toBe(band);
  });

  test('scores sit in the band of their kind', () => {
    const as = analyze(
      'Anna Berg said so. The ministry said so. Court filings show that it is so. The Guardian reported that it was so. ' +
        'Officials said so. The plant will reportedly close. The owners declined to comment.',
    ).attributions;
    for (const a of as) {
      if (a.score === null) expect(a.kind).toBe('non-response');
      else if (a.score >= 70) expect(a.band).toBe('strong');
      else if (a.score >= 40) expect(a.band).toBe('moderate');
      else expect(a.band).toBe('weak');
    }
  });
});

describe('what raises and lowers a score', () => {
  test('a name with a role beats a bare name', () => {
    const bare = first('Anna Berg said the plant would close.')!;
    const role = first('Mayor Anna Berg said the plant would close.')!;
    expect(role.score!).toBeGreaterThan(bare.score!);
    expect(role.reasons).toContain('named person with a role');
  });
  test('a direct quotation raises', () => {
    const plain = first('Anna Berg said the plant would close.')!;
    const quoted = first('"The plant will close next spring," Anna Berg said.')!;
    expect(quoted.score!).toBeGreaterThan(plain.score!);
    expect(quoted.reasons).toContain('direct quotation');
  });
  test('confirmation raises', () => {
    const said = first('The ministry said that the plant would close.')!;
    const confirmed = first('The ministry confirmed that the plant would close.')!;
    expect(confirmed.score!).toBeGreaterThan(said.score!);
    expect(confirmed.reasons).toContain('confirmation');
  });
  test('several sources and a description raise an anonymous source', () => {
    const one = first('An official said the plant would close.')!;
    const several = first('Two officials in the ministry said the plant would close.')!;
    expect(several.score!).toBeGreaterThan(one.score!);
    expect(several.reasons).toContain('several sources');
  });
  test('a hedging verb lowers', () => {
    const shows = first('The study shows that the drug works.')!;
    const suggests = first('The study suggests that the drug works.')!;
    expect(suggests.score!).toBeLessThan(shows.score!);
    expect(suggests.reasons).toContain('hedging verb lowers confidence');
  });
  test('a chain of hand-offs lowers', () => {
    const direct = first('Officials said the plant would close.')!;
    const chained = first('The Guardian, citing officials, reported that the plant would close.')!;
    expect(chained.score!).toBeLessThan(direct.score!);
  });
  test.each([
    ['Anna Berg said the plant would close.', 'named person on the record'],
    ['Officials said the plant would close.', 'anonymous source'],
    ['The Guardian reported that the plant would close.', 'second-hand: cites another outlet'],
    ['Critics argue that the plant should close.', 'vague attribution: nobody identifiable'],
    ['The owners declined to comment.', 'the source declined or could not comment'],
  ])('reasons in words a reader understands: %s', (text, reason) => {
    expect(first(text)?.reasons).toContain(reason);
  });
});

describe('summary', () => {
  test('counts per kind and band, one page score and a verdict', () => {
    const { attributions, summary } = analyze(
      'Anna Berg said the plant would close. The ministry confirmed it. Officials said 200 jobs would go. The owners declined to comment.',
    );
    expect(summary.total).toBe(attributions.length);
    expect(Object.keys(summary.counts)).toEqual([...KINDS]);
    expect(Object.keys(summary.bands)).toEqual([...BANDS]);
    expect(summary.counts.named).toBe(1);
    expect(summary.counts['non-response']).toBe(1);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(summary.total);
    expect(Object.values(summary.bands).reduce((a, b) => a + b, 0)).toBe(summary.total);
    const scores = attributions.flatMap((a) => (a.score === null ? [] : [a.score]));
    expect(summary.score).toBe(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length));
  });
  test.each([
    [
      'Anna Berg said it. The ministry said it. Court filings show that it is so.',
      'Mostly on-record sourcing',
    ],
    [
      'Officials said it. Sources said it. It is believed to be so.',
      'Leans on anonymous and second-hand sources',
    ],
    ['Anna Berg said it. Officials said it.', 'Mixed sourcing: on-record and unnamed sources'],
    ['The sun rose over the hills.', 'No attributions found'],
    ['The owners declined to comment.', 'Only non-responses: the sources did not comment'],
  ])('verdict for %j', (text, verdict) => {
    expect(analyze(text).summary.verdict).toBe(verdict);
  });
  test('nothing scorable: no page score', () => {
    const { summary } = analyze('The owners declined to comment.');
    expect(summary.score).toBeNull();
    expect(summary.band).toBe('none');
  });
});
