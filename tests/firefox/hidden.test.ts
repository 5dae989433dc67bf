// Text hidden after it was painted, in Firefox ESR as in Chromium
// (tests/e2e/hidden-text.test.ts): each way the fixture hides a paragraph (an
// accordion closed, the hidden attribute, a "read more" class on its
// container, a fade-out, a collapsing panel, display: none by script,
// visibility: hidden) takes its badge and highlight away, and showing it
// brings them back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageState } from '../../lib/messages';
import { SHOWN_JS, WAYS, type Shown } from '../e2e/visibility-helpers';
import { FirefoxEnv, sleep } from './harness';

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start({ width: 1200, height: 900 });
});
afterAll(async () => {
  await env?.close();
});

const sources = (s: PageState) => s.items.map((i) => i.source ?? i.cue).join(' | ');

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 15_000;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`${what}: last ${JSON.stringify(last)}`);
    await sleep(150);
    last = await read();
  }
  return last;
}

test('text hidden after it was painted loses its badge and highlight, and gets them back when shown', async () => {
  const url = env.server.url('/content/collapse.html');
  const { page, errors } = await env.open(url);
  const all = await env.waitForState(url, (s) => s.items.length === WAYS.length + 1);
  // The extension page that answers for the state took the foreground, and
  // Firefox holds back the timers of a tab in the background for seconds.
  await page.bringToFront();
  const shown = () => page.evaluate(SHOWN_JS) as Promise<Shown>;
  await until(shown, (v) => v.badges.length === all.items.length, 'every badge shown');
  for (const { way, source } of WAYS) {
    await page.evaluate(`window.ways[${JSON.stringify(way)}](false)`);
    const gone = await env.waitForState(url, (s) => !sources(s).includes(source));
    expect(gone.items.length, way).toBe(all.items.length - 1);
    // The badges are synced before the highlights are set: wait for both.
    const now = await until(
      shown,
      (v) => v.badges.length === gone.items.length && !v.highlights.join().includes(source),
      `${way} hidden`,
    );
    expect(now.badges.join(' | '), way).not.toContain(source);
    expect(now.highlights.join(' | '), way).not.toContain(source);
    await page.evaluate(`window.ways[${JSON.stringify(way)}](true)`);
    const back = await env.waitForState(url, (s) => sources(s).includes(source));
    expect(back.items.length, way).toBe(all.items.length);
    const again = await until(
      shown,
      (v) => v.badges.length === all.items.length && v.highlights.join().includes(source),
      `${way} shown`,
    );
    expect(again.highlights.join(' | '), way).toContain(source);
  }
  expect(errors).toEqual([]);
  await page.close();
});
