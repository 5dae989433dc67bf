// SourceInfo and Draft objects are made with every field present (newSource,
// newDraft) and copied field by field (withFields), so that they all share
// one hidden class. A field added to either interface must be added there
// too: the `Required<>` literals below stop compiling until it is, and these
// tests fail if the factories or the copy miss one.
import { describe, expect, test } from 'vitest';
import { newSource, withFields, type SourceInfo } from '../../../lib/sourcing/classify.ts';
import { newDraft, type Draft } from '../../../lib/sourcing/cues/draft.ts';

const link: SourceInfo = newSource('secondhand', 30, 36);

/** A SourceInfo with every field set to something other than its default. */
const full: Required<SourceInfo> = {
  kind: 'anonymous',
  start: 3,
  end: 17,
  role: true,
  specific: true,
  several: true,
  outletNamed: true,
  backref: true,
  pronoun: 'plural',
  report: true,
  plural: true,
  vagueDocs: true,
  spokes: true,
  known: false,
  posts: true,
  antecedent: link,
  chain: [link],
  paper: true,
  anonOutlet: true,
  gender: 'f',
};

const fullDraft: Required<Draft> = {
  cueStart: 1,
  cueEnd: 5,
  at: 2,
  source: full,
  links: [link],
  role: 'verb',
  verb: { hedge: true },
  weakNonresponse: true,
  modal: true,
  medium: 'statement',
  inverted: true,
  forced: 'vague',
  clause: true,
};

const keys = (o: object) => Object.keys(o).sort();

describe('fixed shapes', () => {
  test('newSource has every field of SourceInfo, known and the rest unset', () => {
    const s = newSource('named', 4, 9);
    expect(keys(s)).toEqual(keys(full));
    expect(s).toMatchObject({ kind: 'named', start: 4, end: 9, known: true });
    for (const k of keys(s)) {
      if (!['kind', 'start', 'end', 'known'].includes(k))
        expect(s[k as keyof SourceInfo]).toBeUndefined();
    }
  });

  test('withFields copies every field and changes only those given', () => {
    expect(withFields(full, {})).toEqual({ ...full });
    expect(withFields(full, {})).not.toBe(full);
    const patch: Partial<SourceInfo> = { kind: 'named', backref: false, antecedent: undefined };
    const copy = withFields(full, patch);
    expect(copy).toEqual({ ...full, ...patch });
    expect(keys(copy)).toEqual(keys(full));
  });

  test('newDraft has every field of Draft, with no links yet', () => {
    const d = newDraft('hedge', 10, 20, 3, null);
    expect(keys(d)).toEqual(keys(fullDraft));
    expect(d).toMatchObject({ role: 'hedge', cueStart: 10, cueEnd: 20, at: 3, source: null });
    expect(d.links).toEqual([]);
    // each draft gets its own list: "citing" links are pushed onto it
    expect(newDraft('verb', 0, 1, 0, null).links).not.toBe(d.links);
  });
});
