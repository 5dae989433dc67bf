// The reveal watcher in real Chromium: text left out as hidden is reported
// once shown, by an attribute on it or an ancestor, or by a style sheet
// removed or rewritten, with no poll; it reports once, and nothing after stop().
import { afterEach, expect, test } from 'vitest';
import { RevealWatcher } from '../../lib/page/reveal';

let watcher: RevealWatcher | null = null;
const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.replaceChildren();
  document.getElementById('cloak')?.remove();
  document.documentElement.classList.remove('loading');
});

function page(css: string): HTMLElement {
  const style = document.createElement('style');
  style.id = 'cloak';
  style.textContent = css;
  document.head.append(style);
  document.body.innerHTML =
    '<article><p id="p">Mayor Ana Ruiz said the bridge would open.</p></article>';
  return document.getElementById('p')!;
}

test('a style sheet removed by the page reveals its text: reported at once, once', async () => {
  const p = page('article { visibility: hidden; }');
  let reveals = 0;
  watcher = new RevealWatcher([p], () => reveals++).start();
  // Unrelated churn reveals nothing.
  document.body.append(document.createElement('div'));
  await tick();
  expect(reveals).toBe(0);
  document.getElementById('cloak')!.remove();
  await tick();
  expect(reveals).toBe(1);
  // Stopped after the first: more changes report nothing.
  document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' }));
  await tick();
  expect(reveals).toBe(1);
});

test('a style sheet rewritten, and a class on <html>, each reveal; stop() ends the watch', async () => {
  const p = page('article { opacity: 0; }');
  let reveals = 0;
  watcher = new RevealWatcher([p], () => reveals++).start();
  document.getElementById('cloak')!.textContent = 'article { opacity: 1; }';
  await tick();
  expect(reveals).toBe(1);

  document.getElementById('cloak')!.textContent = 'html.loading article { display: none; }';
  document.documentElement.classList.add('loading');
  watcher = new RevealWatcher([p], () => reveals++).start();
  document.documentElement.classList.remove('loading');
  await tick();
  expect(reveals).toBe(2);

  document.documentElement.classList.add('loading');
  watcher = new RevealWatcher([p], () => reveals++).start();
  watcher.stop();
  document.documentElement.classList.remove('loading');
  await tick();
  expect(reveals).toBe(2);
});
