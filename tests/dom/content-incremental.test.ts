// Block-by-block analysis and the visible set, in happy-dom with the real
// analyzer: unchanged paragraphs come from the cache, giant paragraphs are
// cut at sentence ends without losing attributions, badge keys survive a
// re-render, and wrong reports hide exactly the reported badge.
import { expect, test } from 'vitest';
import { IncrementalAnalyzer, cutAtSentences } from '../../lib/page/incremental';
import { buildTextMap } from '../../lib/page/text-map';
import { selectVisible, wrongKey, wrongSet } from '../../lib/page/visible';
import { analyze } from '../../lib/sourcing';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import type { AnalyzeOptions } from '../../lib/sourcing/types';

const PARAS = [
  'Maria Lopez, a nurse at the clinic, said the ward had been closed since March.',
  'The river rose overnight and the ferry kept to its winter timetable.',
  'Two officials familiar with the talks said the plan had been shelved.',
];

function article(paras: string[]): HTMLElement {
  const el = document.createElement('article');
  for (const t of paras) {
    const p = document.createElement('p');
    p.textContent = t;
    el.append(p);
  }
  document.body.replaceChildren(el);
  return el;
}

function counting() {
  const calls: string[] = [];
  const fn = (text: string, o?: AnalyzeOptions) => {
    calls.push(text);
    return analyze(text, o);
  };
  return { calls, fn };
}

test('a second run of an unchanged page analyses nothing; one new paragraph alone is analysed', async () => {
  const root = article(PARAS);
  const { calls, fn } = counting();
  const inc = new IncrementalAnalyzer(fn);
  const first = (await inc.run(buildTextMap([root])))!;
  expect(first.analysed).toBe(3);
  expect(first.attributions.map((a) => a.kind)).toEqual(['named', 'anonymous']);
  const again = (await inc.run(buildTextMap([root])))!;
  expect(again.analysed).toBe(0);
  expect(again.attributions).toEqual(first.attributions);

  const p = document.createElement('p');
  p.textContent = 'The ministry declined to comment on the closure.';
  root.append(p);
  calls.length = 0;
  const map = buildTextMap([root]);
  const grown = (await inc.run(map))!;
  expect(grown.analysed).toBe(1);
  expect(grown.reused).toBe(3);
  expect(calls).toHaveLength(1);
  const last = grown.attributions[grown.attributions.length - 1];
  expect(last.kind).toBe('non-response');
  expect(map.text.slice(last.cue.start, last.cue.end)).toBe(last.cue.text);
  expect(grown.blockOf[grown.blockOf.length - 1]).toBe(3);
});

test('the same attributions as analysing the whole text at once', async () => {
  const root = article(PARAS);
  const map = buildTextMap([root]);
  const inc = (await new IncrementalAnalyzer(analyze).run(map))!;
  const whole = analyze(map.text).attributions;
  const strip = (list: typeof whole) => list.map((a) => [a.kind, a.start, a.end, a.cue.text]);
  expect(strip(inc.attributions)).toEqual(strip(whole));
});

test('a giant paragraph is cut at sentence ends and keeps every attribution', async () => {
  const sentence =
    'Two officials familiar with the talks said the plan had been shelved for a year. ' +
    'The river rose overnight and the ferry kept to its timetable. ';
  const big = sentence.repeat(200); // ~28,000 characters, one block
  const root = article([big]);
  const map = buildTextMap([root]);
  const pieces = cutAtSentences(map.text, 0, map.text.length);
  expect(pieces.length).toBeGreaterThan(2);
  for (const [, end] of pieces.slice(0, -1)) expect(map.text.slice(end - 2, end)).toBe('. ');
  const { calls, fn } = counting();
  const res = (await new IncrementalAnalyzer(fn).run(map))!;
  expect(calls.length).toBe(pieces.length);
  expect(res.attributions.filter((a) => a.kind === 'anonymous')).toHaveLength(200);
});

test('badge keys stay the same when the page re-renders the same text', async () => {
  const keysOf = async () => {
    const map = buildTextMap([article(PARAS)]);
    const r = (await new IncrementalAnalyzer(analyze).run(map))!;
    return selectVisible(map, r.attributions, r.blockOf, null, new Set()).map((v) => v.key);
  };
  const a = await keysOf();
  const b = await keysOf();
  expect(a).toHaveLength(2);
  expect(new Set(a).size).toBe(2);
  expect(b).toEqual(a);
});

test('settings and wrong reports decide what is visible', async () => {
  const map = buildTextMap([article(PARAS)]);
  const r = (await new IncrementalAnalyzer(analyze).run(map))!;
  const settings = { ...DEFAULT_SETTINGS, kinds: [...DEFAULT_SETTINGS.kinds] };
  expect(selectVisible(map, r.attributions, r.blockOf, settings, new Set())).toHaveLength(2);
  const strongOnly = selectVisible(
    map,
    r.attributions,
    r.blockOf,
    { ...settings, minBand: 'strong' },
    new Set(),
  );
  expect(strongOnly.map((v) => v.attribution.kind)).toEqual(['named']);
  const anon = r.attributions.find((a) => a.kind === 'anonymous')!;
  // A report stores collapsed text; a match ignores extra whitespace.
  const wrong = wrongSet([
    {
      url: 'http://x/',
      kind: 'anonymous',
      score: anon.score,
      cue: anon.cue.text,
      sentence: `  ${PARAS[2].replace(/ /g, '  ')} `,
      at: 0,
    },
  ]);
  expect(wrong.has(wrongKey('anonymous', anon.cue.text, PARAS[2]))).toBe(true);
  const left = selectVisible(map, r.attributions, r.blockOf, settings, wrong);
  expect(left.map((v) => v.attribution.kind)).toEqual(['named']);
  // The popup's snippet: the sentence as a report stores it (collapsed).
  const named = r.attributions.find((a) => a.kind === 'named')!;
  expect(left[0].sentence).toBe(
    map.text.slice(named.sentence.start, named.sentence.end).replace(/\s+/g, ' ').trim(),
  );
  expect(left[0].sentence).toContain(named.cue.text);
});
