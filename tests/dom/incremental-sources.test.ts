// The page's roster: each run of blocks is one analyze() call with its own
// voices; the page joins them, so a person named in one run and met by
// surname in a later one (past the context a run reads) is one voice.
import { expect, test } from 'vitest';
import { IncrementalAnalyzer, type IncrementalResult } from '../../lib/page/incremental';
import { buildTextMap } from '../../lib/page/text-map';
import { analyze } from '../../lib/sourcing';

// Long enough that a run after it does not read back to the first paragraph.
const FILLER = Array.from(
  { length: 20 },
  (_, i) =>
    `Paragraph ${i + 1} describes the river, the ferry, the winter timetable and the ` +
    'long queues at the landing stage, where the boats wait for the tide to turn again.',
);

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

function append(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
}

const roster = (r: IncrementalResult) =>
  r.sources.map(
    (s) => `${s.name}: ${s.attributions.map((i) => r.attributions[i].source?.text).join(' | ')}`,
  );

test('a surname in a later run joins the person named in an earlier one', async () => {
  const root = article([
    'Maria Lopez, a nurse at the clinic, said the ward had been closed since March.',
    ...FILLER,
  ]);
  const calls: string[] = [];
  const inc = new IncrementalAnalyzer((text, o) => {
    calls.push(text);
    return analyze(text, o);
  });
  await inc.run(buildTextMap([root]));
  append(root, 'Lopez said the ward would open in May.');
  calls.length = 0;
  const r = (await inc.run(buildTextMap([root])))!;
  // the new paragraph was analysed alone, without the first in its context
  expect(r.analysed).toBe(1);
  expect(calls).toHaveLength(1);
  expect(calls[0]).not.toContain('Maria Lopez');
  expect(roster(r)).toEqual(['Maria Lopez: Maria Lopez | Lopez']);
  expect(r.sources[0].reasons).toContain('“Lopez” is Maria Lopez, the only Lopez named');
  expect(r.attributions.map((a) => a.sourceId)).toEqual([0, 0]);
});

test('two people of one surname in different runs keep the bare surname apart', async () => {
  const root = article([
    'Maria Lopez, a nurse at the clinic, said the ward had been closed since March.',
    ...FILLER,
    'Daniel Lopez, her colleague, said the ward was open.',
    ...FILLER,
  ]);
  const inc = new IncrementalAnalyzer(analyze);
  await inc.run(buildTextMap([root]));
  append(root, 'Lopez said the ward would open in May.');
  const r = (await inc.run(buildTextMap([root])))!;
  expect(roster(r)).toEqual([
    'Maria Lopez: Maria Lopez',
    'Daniel Lopez: Daniel Lopez',
    'Lopez: Lopez',
  ]);
});

test('the joined roster of a cached page is the same on every run, and ids match the list', async () => {
  const root = article([
    'Officials said the bridge would close. Maria Lopez said it would not.',
    ...FILLER,
    'Officials said the closure was final. Sources familiar with the plan said otherwise.',
  ]);
  const inc = new IncrementalAnalyzer(analyze);
  const first = (await inc.run(buildTextMap([root])))!;
  const again = (await inc.run(buildTextMap([root])))!;
  expect(again.analysed).toBe(0);
  expect(again.sources).toEqual(first.sources);
  expect(roster(first)).toEqual([
    'Officials: Officials | Officials',
    'Maria Lopez: Maria Lopez',
    'Sources familiar with the plan: Sources familiar with the plan',
  ]);
  first.sources.forEach((s) => {
    for (const i of s.attributions) expect(first.attributions[i].sourceId).toBe(s.id);
  });
});
