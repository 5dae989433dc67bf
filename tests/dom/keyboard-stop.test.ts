// Where the one Tab stop goes (lib/page/keyboard-stop.ts): just before the
// container that holds every attribution, never inside a paragraph or a
// link; at the body's start when only the body holds them all; gone when
// there is no badge.
import { beforeEach, expect, test } from 'vitest';
import { KeyboardStop, STOP_TAG, articleStart } from '../../lib/page/keyboard-stop';

beforeEach(() => {
  document.body.innerHTML = `
    <nav><a href="#a">Home</a></nav>
    <main><article id="art">
      <h1>Title</h1>
      <div class="body">
        <p id="p1">The mayor <a href="#x"><b>said</b></a> so.</p>
        <p id="p2">Critics argue otherwise.</p>
      </div>
    </article></main>
    <aside><p id="side">Officials said more.</p></aside>`;
});

const text = (id: string) => document.getElementById(id)!.firstChild!;

test('before the nearest container holding the first and the last attribution', () => {
  const spot = articleStart(text('p1'), text('p2'))!;
  expect((spot.before as Element).className).toBe('body');
  expect((spot.parent as Element).id).toBe('art');
});

test('one attribution inside a link: out of the link and the paragraph', () => {
  const said = document.querySelector('b')!.firstChild!;
  const spot = articleStart(said, said)!;
  expect((spot.before as Element).className).toBe('body');
});

test('attributions spread over the page: the body, at its start', () => {
  const spot = articleStart(text('p1'), text('side'))!;
  expect(spot.parent).toBe(document.body);
  expect(spot.before).toBe(document.body.firstChild);
});

test('the stop counts the badges, moves with the article, and goes with the last badge', () => {
  let entered = 0;
  const stop = new KeyboardStop(document, () => entered++);
  stop.update(2, text('p1'), text('p2'));
  const host = document.querySelector(STOP_TAG)!;
  expect(host.nextElementSibling?.className).toBe('body');
  expect(host.getAttribute('data-sourcelight')).toBe('stop');
  const button = host.shadowRoot!.querySelector('button')!;
  expect(button.textContent).toBe(
    'Sourcelight: 2 attributions. Press Enter to go to the first, Alt+Shift+N for the next.',
  );
  button.click();
  expect(entered).toBe(1);
  stop.update(1, text('p2'), text('p2'));
  expect(document.querySelectorAll(STOP_TAG)).toHaveLength(1);
  expect(button.textContent).toMatch(/^Sourcelight: 1 attribution\./);
  stop.update(0, null, null);
  expect(document.querySelector(STOP_TAG)).toBeNull();
});
