// The page observer notices painted text being hidden and shown again by
// style (a class, the style attribute, <details open>, a transition's end),
// in real Chromium; style churn that hides no painted text asks for no scan,
// and nothing Sourcelight does to its own nodes is taken for a change.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PageObserver, type ChangeBatch } from '../../lib/page/observer';

let observer: PageObserver | null = null;
let batches: ChangeBatch[] = [];
let root: HTMLElement;
let painted: Element[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Two frames and the debounce's wait: whatever was asked for has been handed on. */
const settle = () => sleep(120);

beforeEach(() => {
  document.body.innerHTML = `
    <style>
      .collapsed .more { display: none; }
      .gone { visibility: hidden; }
      .fade { transition: opacity 0.05s; }
      .fade.out { opacity: 0; }
    </style>
    <article id="root">
      <p id="a">Mayor Ana Ruiz said the bridge would open in May.</p>
      <div id="box"><p id="b" class="more fade">Councillor Tom Berg said the budget was too small.</p></div>
      <details id="d" open><summary>More</summary><p id="c">Lena Park said the beams passed.</p></details>
      <p id="spare">A sentence with no attribution in it.</p>
    </article>`;
  root = document.getElementById('root')!;
  painted = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
  batches = [];
  observer = new PageObserver({
    doc: document,
    roots: () => [root],
    onChange: (b) => batches.push(b),
    onUrlChange: () => undefined,
    painted: () => painted,
    wait: 20,
    maxWait: 60,
  });
  observer.start();
});

afterEach(() => {
  observer?.stop();
  observer = null;
  document.body.replaceChildren();
});

test('a class that hides painted text asks for a scan; showing it again asks for another', async () => {
  document.getElementById('box')!.classList.add('collapsed');
  await settle();
  expect(batches).toEqual([{ insideRoots: true, outside: false }]);
  // The scan would leave it out: it is no longer painted.
  painted = painted.filter((p) => p.id !== 'b');
  document.getElementById('box')!.classList.remove('collapsed');
  await settle();
  expect(batches.length).toBe(2);
  expect(observer!.visibilityScans).toBe(2);
});

test('the style attribute, <details open> and a class on <html> each hide painted text', async () => {
  document.getElementById('a')!.style.display = 'none';
  await settle();
  expect(observer!.visibilityScans).toBe(1);
  (document.getElementById('d') as HTMLDetailsElement).open = false;
  await settle();
  expect(observer!.visibilityScans).toBe(2);
  document.documentElement.classList.add('gone');
  await settle();
  expect(observer!.visibilityScans).toBe(3);
  document.documentElement.classList.remove('gone');
});

test('a fade-out is noticed when its transition ends', async () => {
  document.getElementById('b')!.classList.add('out');
  await until(() => observer!.visibilityScans === 1);
  expect(getComputedStyle(document.getElementById('b')!).opacity).toBe('0');
});

test('style churn that hides no painted text asks for no scan', async () => {
  const spare = document.getElementById('spare')!;
  for (let i = 0; i < 20; i++) {
    spare.classList.toggle('gone');
    document.body.classList.toggle('scrolled');
    document.getElementById('a')!.setAttribute('class', `tick-${i}`);
    await sleep(5);
  }
  await settle();
  expect(observer!.visibilityScans).toBe(0);
  expect(batches).toEqual([]);
});

test("Sourcelight's own nodes changing style ask for nothing", async () => {
  const own = document.createElement('sourcelight-overlay');
  root.append(own);
  await settle();
  batches = [];
  for (let i = 0; i < 5; i++) {
    own.setAttribute('style', `display: ${i % 2 ? 'none' : 'block'}`);
    own.setAttribute('data-sourcelight-scans', String(i));
    await sleep(5);
  }
  await settle();
  expect(batches).toEqual([]);
  expect(observer!.visibilityScans).toBe(0);
});

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

test('on a page of thousands of painted paragraphs, a class on <body> costs a sample, not a scan', async () => {
  const many = document.createElement('div');
  many.id = 'many';
  for (let i = 0; i < 3000; i++) {
    const p = document.createElement('p');
    p.textContent = `Official number ${i} said the count was right.`;
    many.append(p);
  }
  root.append(many);
  painted = [...many.children];
  await settle();
  batches = [];
  document.body.classList.add('scrolled');
  await settle();
  expect(observer!.visibilityScans).toBe(0);
  expect(batches).toEqual([]);
  // Hiding them all is noticed.
  many.style.display = 'none';
  await settle();
  expect(observer!.visibilityScans).toBe(1);
  document.body.classList.remove('scrolled');
});

test('nodes the page adds and takes out again in one task ask for no scan; a node it keeps does', async () => {
  const a = document.getElementById('a')!;
  for (let i = 0; i < 200; i++) {
    const probe = document.createElement('span');
    probe.textContent = 'x';
    a.append(probe);
    probe.remove();
  }
  await settle();
  expect(batches).toEqual([]);
  // moved, not removed: the text changed place
  const spare = document.getElementById('spare')!;
  spare.remove();
  root.prepend(spare);
  await settle();
  expect(batches).toEqual([{ insideRoots: true, outside: false }]);
  // added and kept, beside a scratch node taken out
  const scratch = document.createElement('span');
  a.append(scratch, document.createTextNode(' More.'));
  scratch.remove();
  await settle();
  expect(batches).toHaveLength(2);
});
