// The incremental analyzer's cache on a page that changes for hours (issue
// 23's soak): it holds the results of the blocks on the page now and of the
// run before, never of everything the page ever showed.
import { expect, test } from 'vitest';
import { IncrementalAnalyzer } from '../../lib/page/incremental';
import { buildTextMap } from '../../lib/page/text-map';
import { analyze } from '../../lib/sourcing';

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

const entry = (n: number) =>
  `Update ${n}: the bridge will reopen in ${n} days, said Maria Lopez, the engineer in charge.`;

test('a live blog rewritten 300 times keeps the cache to what is on the page (and the run before)', async () => {
  const inc = new IncrementalAnalyzer(analyze);
  const ON_PAGE = 10;
  let first = 0;
  for (let step = 0; step < 300; step++) {
    // One new entry at the top, the oldest one gone: text never seen before.
    const paras = Array.from({ length: ON_PAGE }, (_, i) => entry(first + i));
    const result = (await inc.run(buildTextMap([article(paras)])))!;
    expect(result.attributions).toHaveLength(ON_PAGE);
    first += 1;
  }
  // The ten blocks now and the run before's (a block's key holds the block
  // before it, so a new first entry changes two keys): never the 300 shown.
  expect(inc.cacheSize).toBeLessThanOrEqual(2 * ON_PAGE);
  expect(inc.cacheSize).toBeGreaterThanOrEqual(ON_PAGE);
});

test('a block of the run before is reused; one gone for two runs is analysed again', async () => {
  const calls: string[] = [];
  const inc = new IncrementalAnalyzer((text, o) => {
    calls.push(text);
    return analyze(text, o);
  });
  const a = [entry(1), entry(2)];
  const b = [entry(3), entry(4)];
  const c = [entry(5), entry(6)];
  await inc.run(buildTextMap([article(a)]));
  await inc.run(buildTextMap([article(b)]));
  calls.length = 0;
  const back = (await inc.run(buildTextMap([article(a)])))!;
  expect(back.analysed).toBe(0);
  expect(calls).toEqual([]);

  await inc.run(buildTextMap([article(b)]));
  await inc.run(buildTextMap([article(c)]));
  const gone = (await inc.run(buildTextMap([article(a)])))!;
  expect(gone.analysed).toBe(2);
});

test('a run aborted half way keeps what it analysed for the run that follows', async () => {
  const inc = new IncrementalAnalyzer(analyze);
  const paras = Array.from({ length: 40 }, (_, i) => entry(i));
  const root = article(paras);
  const stop = new AbortController();
  stop.abort();
  expect(await inc.run(buildTextMap([root]), stop.signal)).toBeNull();
  const full = (await inc.run(buildTextMap([root])))!;
  expect(full.analysed).toBe(40);
  const again = (await inc.run(buildTextMap([root])))!;
  expect(again.analysed).toBe(0);
  expect(inc.cacheSize).toBe(40);
});
