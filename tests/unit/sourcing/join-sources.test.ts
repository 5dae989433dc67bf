// The page analyses its text in runs of blocks, each with its own roster:
// joinSources makes one roster of them by the rule used within one text.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';
import { joinSources } from '../../../lib/sourcing/voices.ts';
import type { Attribution, Source } from '../../../lib/sourcing/types.ts';

/** Analyses each piece apart and joins them, as the page does. */
const joined = (...pieces: string[]) => joinSources(pieces.map((p) => analyze(p)));

/** Each voice as "name: the source texts of its attributions". */
const roster = (r: { attributions: Attribution[]; sources: Source[] }) =>
  r.sources.map(
    (s) => `${s.name}: ${s.attributions.map((i) => r.attributions[i].source?.text).join(' | ')}`,
  );

/** Every attribution points to the voice that lists it, and only that one. */
function expectConsistent(r: { attributions: Attribution[]; sources: Source[] }): void {
  r.sources.forEach((s, id) => {
    expect(s.id).toBe(id);
    for (const i of s.attributions) expect(r.attributions[i].sourceId).toBe(id);
  });
  const listed = r.sources.reduce((n, s) => n + s.attributions.length, 0);
  expect(r.attributions.filter((a) => a.sourceId !== undefined)).toHaveLength(listed);
}

describe('joinSources', () => {
  test('the same name in two pieces is one voice', () => {
    const r = joined(
      'Marta Okafor said the bridge was safe.',
      'The mayor opened it. Marta Okafor said the cables were new.',
    );
    expect(roster(r)).toEqual(['Marta Okafor: Marta Okafor | Marta Okafor']);
    expectConsistent(r);
  });

  test('a bare surname joins the one person of that name, with the reason', () => {
    const r = joined(
      'Foreign Ministry spokesperson Guo Jiakun said the talks would go on.',
      'Guo said China wanted peace.',
    );
    expect(roster(r)).toEqual(['Guo Jiakun: Foreign Ministry spokesperson Guo Jiakun | Guo']);
    expect(r.sources[0]).toMatchObject({ kind: 'named', role: 'Foreign Ministry spokesperson' });
    expect(r.sources[0].reasons).toContain('“Guo” is Guo Jiakun, the only Guo named');
    expectConsistent(r);
  });

  test('a surname two people carry joins neither, even when they are in other pieces', () => {
    const r = joined(
      'John Smith said it rained.',
      'Smith said more.',
      'Mary Smith said it did not.',
    );
    expect(roster(r)).toEqual(['John Smith: John Smith', 'Smith: Smith', 'Mary Smith: Mary Smith']);
    expectConsistent(r);
  });

  test('unnamed voices stay apart unless the same words come back', () => {
    const r = joined(
      'Sources familiar with the matter said the visit was off.',
      'People briefed on the talks said it was on. Sources familiar with the matter said more.',
    );
    expect(roster(r)).toEqual([
      'Sources familiar with the matter: Sources familiar with the matter | Sources familiar with the matter',
      'People briefed on the talks: People briefed on the talks',
    ]);
    expectConsistent(r);
  });

  test('pronouns no piece could resolve are not one person', () => {
    const r = joined('He said the road was closed.', 'He said it would open.');
    expect(r.sources.length).toBe(r.attributions.length);
    expect(new Set(r.attributions.map((a) => a.sourceId)).size).toBe(r.attributions.length);
    expectConsistent(r);
  });

  test('attributions follow one another, copied, with the pieces left as they were', () => {
    const a = analyze('Marta Okafor said the bridge was safe.');
    const b = analyze('Officials said the toll would rise. Marta Okafor said it would not.');
    const before = JSON.stringify([a, b]);
    const r = joinSources([a, b]);
    expect(r.attributions.map((x) => x.cue.text)).toEqual(
      [...a.attributions, ...b.attributions].map((x) => x.cue.text),
    );
    expect(r.attributions[0]).not.toBe(a.attributions[0]);
    expect(JSON.stringify([a, b])).toBe(before);
    expect(roster(r)).toEqual([
      'Marta Okafor: Marta Okafor | Marta Okafor',
      'Officials: Officials',
    ]);
    expectConsistent(r);
  });

  test('no pieces, pieces with nothing, and pieces without a roster', () => {
    expect(joinSources([])).toEqual({ attributions: [], sources: [] });
    const a = analyze('Marta Okafor said the bridge was safe.');
    const bare = { attributions: a.attributions.map(({ sourceId: _, ...x }) => x) };
    const r = joinSources([{ attributions: [] }, bare, a]);
    expect(r.attributions).toHaveLength(2);
    expect(r.attributions[0].sourceId).toBeUndefined();
    expect(roster(r)).toEqual(['Marta Okafor: Marta Okafor']);
    expectConsistent(r);
  });
});
