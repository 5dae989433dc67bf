// Who is speaking: analyze() groups its attributions by voice, conservatively
// and with its reasons, and never merges two people the text names apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, type Analysis } from '../../../lib/sourcing/index.ts';

/** Each voice as "name: the source texts of its attributions". */
const roster = (a: Analysis) =>
  (a.sources ?? []).map(
    (s) => `${s.name}: ${s.attributions.map((i) => a.attributions[i].source?.text).join(' | ')}`,
  );

describe('voices', () => {
  test('a name, its surname, a pronoun and its role are one voice, with the reasons', () => {
    const a = analyze(
      'Foreign Ministry spokesperson Guo Jiakun said the talks would go on. Guo said China ' +
        'wanted peace. He added that the date was not fixed. The spokesperson declined to ' +
        'comment on the visit.',
    );
    expect(roster(a)).toEqual([
      'Guo Jiakun: Foreign Ministry spokesperson Guo Jiakun | Guo | He | The spokesperson',
    ]);
    const [guo] = a.sources!;
    expect(guo).toMatchObject({ id: 0, kind: 'named', role: 'Foreign Ministry spokesperson' });
    expect(guo.reasons).toEqual([
      '“Guo” is Foreign Ministry spokesperson Guo Jiakun, the only Guo named',
      '“He” refers to Foreign Ministry spokesperson Guo Jiakun',
      '“The spokesperson” is Foreign Ministry spokesperson Guo Jiakun, the only spokesperson named',
    ]);
    for (const [i, at] of a.attributions.entries()) expect(at.sourceId, `#${i}`).toBe(0);
  });

  test('a government by its country, its capital and its seat is one voice; two countries two', () => {
    const a = analyze(
      'Beijing said on Monday that the talks would resume. The Kremlin said it was ready. ' +
        'China said the date was not fixed. Russia said it would send a delegation. ' +
        'The Chinese government said it welcomed the move.',
    );
    expect(roster(a)).toEqual([
      'Beijing: Beijing | China | The Chinese government',
      'The Kremlin: The Kremlin | Russia',
    ]);
    expect(a.sources![0].reasons).toContain('“China” and Beijing name one government');
  });

  test('a name given only after its role ("President Obama") is found by that name later', () => {
    const a = analyze(
      'President Obama said the talks would go on. Senator Lind said no. Obama said more.',
    );
    expect(roster(a)).toEqual(['Obama: President Obama | Obama', 'Lind: Senator Lind']);
    expect(a.sources![0].role).toBe('President');
  });

  test('two people who share a surname stay two, and the surname alone is a third voice', () => {
    const a = analyze(
      'John Smith said it rained. Mary Smith said it did not. Smith said more. Mary said she was sure.',
    );
    expect(roster(a)).toEqual([
      'John Smith: John Smith',
      'Mary Smith: Mary Smith | Mary',
      'Smith: Smith',
    ]);
  });

  test('unnamed groups stay apart unless the same words come back', () => {
    const a = analyze(
      'Sources familiar with the matter said the visit was off. People briefed on the talks ' +
        'said it was on. Sources familiar with the matter said more.',
    );
    expect(roster(a)).toEqual([
      'Sources familiar with the matter: Sources familiar with the matter | Sources familiar with the matter',
      'People briefed on the talks: People briefed on the talks',
    ]);
  });

  test('"the newspaper" is the outlet named before; a bare name keeps the kind of its person', () => {
    const a = analyze(
      'The plan is new, according to a Wall Street Journal report. Officials approached the ' +
        'team, the newspaper reported. Marco Forte said the bridge was safe. Forte described ' +
        'his attempt as a failure.',
    );
    expect(roster(a)).toEqual([
      'a Wall Street Journal report: a Wall Street Journal report | the newspaper',
      'Marco Forte: Marco Forte | Forte',
    ]);
    const forte = a.sources![1].attributions.map((i) => a.attributions[i].kind);
    expect(forte).toEqual(['named', 'named']);
  });

  test('"he" is the person who heads the sentence before, not the last one quoted', () => {
    const a = analyze(
      'Michael Forrest Jones said blankets are rarely washed. Zeev Sharon said rooms cost ' +
        'more. Sharon said minibars lose money.\n\nForrest Jones made a discovery when he ' +
        'was helping the housekeepers. “Look on the floor,” he said.',
    );
    expect(roster(a)).toEqual([
      'Michael Forrest Jones: Michael Forrest Jones | he',
      'Zeev Sharon: Zeev Sharon | Sharon',
    ]);
    expect(a.sources![0].reasons).toEqual(['“he” refers to Michael Forrest Jones']);
  });

  test('"he" after another person named inside a sentence is no one’s: no guess', () => {
    const a = analyze(
      'Michael Forrest Jones said blankets are rarely washed. Zeev Sharon said rooms cost ' +
        'more. Sharon said minibars lose money, as did Forrest Jones. “Look on the floor,” he said.',
    );
    expect(roster(a)).toEqual([
      'Michael Forrest Jones: Michael Forrest Jones',
      'Zeev Sharon: Zeev Sharon | Sharon',
      'the person named before: he',
    ]);
  });

  test('the same description after another voice it fits is not taken as the first', () => {
    const a = analyze(
      'Environmental Protection officials said pipes broke. The sewers are deep, agency ' +
        'officials said. Transportation officials said potholes grew. Each year, agency ' +
        'officials said, it repaves streets.',
    );
    expect(roster(a)).toEqual([
      'Environmental Protection officials: Environmental Protection officials | agency officials',
      'Transportation officials: Transportation officials',
      'agency officials: agency officials',
    ]);
  });

  test('an organisation and the unnamed people who speak for it are one voice', () => {
    const a = analyze(
      'Whole Foods said it cut prices. A Whole Foods spokeswoman declined to comment on ' +
        'pricing. Whole Foods spokesman John Doe said the deal was fine.',
    );
    expect(roster(a)).toEqual([
      'Whole Foods: Whole Foods | A Whole Foods spokeswoman',
      // a named spokesman is a voice of his own
      'John Doe: Whole Foods spokesman John Doe',
    ]);
    expect(a.sources![0].reasons).toEqual(['“A Whole Foods spokeswoman” speaks for Whole Foods']);
    // each attribution keeps its own kind
    expect(a.attributions.map((x) => x.kind)).toEqual(['official', 'non-response', 'named']);

    const b = analyze(
      'Con Edison officials said fires were common. Con Edison said it records 500 leaks. ' +
        'Agency officials said the data was wrong.',
    );
    expect(roster(b)).toEqual([
      'Con Edison officials: Con Edison officials | Con Edison',
      'Agency officials: Agency officials',
    ]);
    expect(b.sources![0].reasons).toEqual(['Con Edison officials speak for “Con Edison”']);
    expect(b.attributions.map((x) => x.kind)).toEqual(['anonymous', 'official', 'anonymous']);
  });

  test('"the agency" is the agency a report was released by, and keeps its own kind', () => {
    const a = analyze(
      'A report released by Estonia’s foreign intelligence agency on Thursday describes the ' +
        'trade. The agency states that China helps.',
    );
    expect(roster(a)).toEqual([
      'A report released by Estonia’s foreign intelligence agency: A report released by ' +
        'Estonia’s foreign intelligence agency | The agency',
    ]);
    expect(a.attributions.map((x) => x.kind)).toEqual(['document', 'official']);
  });

  test('an attribution with no source ("reportedly") has no voice; empty text, no sources', () => {
    const a = analyze('The ferry reportedly ran aground.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0].sourceId).toBeUndefined();
    expect(a.sources).toEqual([]);
    expect(analyze('').sources).toEqual([]);
  });
});

// words before a surname that are no given name
const TITLES = /^(mr|mrs|ms|dr|president|senator|sen|rep|gov|governor|minister|judge|prime)\.?$/i;
/** "Barack Obama" in "President Barack Obama"; '' for "Mr Obama" or "the officials". */
function fullName(mention: string): string {
  const words = mention.replace(/['’]s$/, '').split(/\s+/);
  const [given, last] = words.slice(-2);
  if (!given || !/^\p{Lu}/u.test(given) || !/^\p{Lu}/u.test(last) || TITLES.test(given)) return '';
  return `${given} ${last}`;
}

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');

describe.skipIf(!existsSync(CORPUS))('voices on the corpus', () => {
  const files = [join(CORPUS, 'seed', 'article.txt')];
  for (const set of ['news', 'negative'])
    for (const n of readdirSync(join(CORPUS, set))) {
      const f = join(CORPUS, set, n, 'article.txt');
      if (existsSync(f)) files.push(f);
    }

  test.each(files.map((f) => [f.split('/').slice(-2)[0], f]))(
    '%s: no voice joins two full names, and every attribution with a source has one voice',
    (_name, file) => {
      const a = analyze(readFileSync(file, 'utf8'));
      const ids = new Set<number>();
      for (const s of a.sources ?? []) {
        const full = new Set(
          s.attributions.map((i) => fullName(a.attributions[i].source!.text)).filter(Boolean),
        );
        expect([...full].length, `${s.name}: ${[...full].join(' / ')}`).toBeLessThanOrEqual(1);
        for (const i of s.attributions) {
          expect(ids.has(i)).toBe(false);
          ids.add(i);
          expect(a.attributions[i].sourceId).toBe(s.id);
        }
      }
      for (const [i, at] of a.attributions.entries())
        if (at.source) expect(ids.has(i), `${at.source.text}`).toBe(true);
    },
  );
});
