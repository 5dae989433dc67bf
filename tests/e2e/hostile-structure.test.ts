// Article text in unusual places: open and closed shadow roots (with a slot),
// same-origin and cross-origin iframes, SVG text, contenteditable regions and
// form fields. Sourcelight badges what a reader reads as the article, leaves
// editable and form content strictly alone, and never throws on any of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD } from '../../scripts/browser';
import { HostileEnv, expectedAttributions, type Opened } from './pages/hostile/harness';
import { articlePage, attributionSentence, plainSentence } from './pages/hostile/generate';

const TITLE = 'Harbourton bridge repairs run late';
const S = Array.from({ length: 12 }, (_, i) => attributionSentence(i * 7 + 6));

const DEFINE_ELEMENTS = `<script>
customElements.define('story-box', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>p { color: #222; }</style><p id="in-shadow">${S[1]}</p><slot></slot>';
  }
});
customElements.define('closed-box', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>${S[3]}</p>';
  }
});
window.__pageScriptRan = true;
</script>`;

let env: HostileEnv;
let opened: Opened;
/** Snapshots of what Sourcelight must never change. */
let before: Record<string, string>;

const SNAPSHOT = `(() => ({
  editor: document.getElementById('editor').innerHTML,
  textarea: document.getElementById('ta').value,
  input: document.getElementById('inp').value,
  svg: document.querySelector('svg').outerHTML,
  sameFrame: document.getElementById('same').contentDocument.body.innerHTML,
}))()`;

function allFrames(): boolean {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
    content_scripts?: { all_frames?: boolean }[];
  };
  return manifest.content_scripts?.some((c) => c.all_frames) ?? false;
}

beforeAll(async () => {
  env = await HostileEnv.start();
  env.route(
    '/gen/frame.html',
    articlePage({ title: 'Framed story', paragraphs: [plainSentence(1), S[9], S[10]] }),
  );
  const html = articlePage({
    title: TITLE,
    head: DEFINE_ELEMENTS,
    paragraphs: [S[0]],
    after: '',
  }).replace(
    '</article>',
    [
      `<story-box><p id="slotted">${S[2]}</p></story-box>`,
      '<closed-box></closed-box>',
      `<svg width="900" height="40" viewBox="0 0 900 40"><text x="0" y="20">${S[4]}</text></svg>`,
      `<div id="editor" contenteditable="true"><p>${S[5]}</p></div>`,
      `<p><textarea id="ta" cols="80">${S[6]}</textarea></p>`,
      `<p><input id="inp" size="80" value="${S[7]}"></p>`,
      '<iframe id="same" src="/gen/frame.html" width="600" height="200"></iframe>',
      `<iframe id="cross" src="${env.other.url('/gen/frame.html')}" width="600" height="200"></iframe>`,
      `<p>${S[8]}</p>`,
      '</article>',
    ].join('\n'),
  );
  const url = env.route('/gen/structure.html', html);
  opened = await env.open(url);
  await opened.page.waitForFunction(
    () =>
      (document.getElementById('same') as HTMLIFrameElement | null)?.contentDocument?.readyState ===
      'complete',
  );
  before = (await opened.page.evaluate(SNAPSHOT)) as Record<string, string>;
  await env.waitForPainted(opened.page, 0, 20_000);
  await env.waitForBadges(opened.page, 1);
}, 90_000);

afterAll(async () => {
  await env?.close();
});

describe('shadow DOM', () => {
  test('attributions in an open shadow root and in slotted light DOM are badged like the rest', async () => {
    const expected = expectedAttributions([S[0], S[1], S[2], S[8]], TITLE);
    const ranges = await env.highlights(opened.page);
    expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());
    const badges = await env.badges(opened.page);
    expect(badges.map((b) => b.kind).sort()).toEqual(expected.map((e) => e.kind).sort());
  });

  test('a highlight inside the shadow root is painted with a colour, like one in the light DOM', async () => {
    // getComputedStyle(el, '::highlight(name)') answers the colour a highlight
    // over that element's text is painted with.
    const painted = await opened.page.evaluate(`(() => {
      const p = document.querySelector('story-box').shadowRoot.getElementById('in-shadow');
      const lightP = document.querySelector('article p');
      const names = [...CSS.highlights.keys()].filter((n) => String(n).startsWith('sourcelight'));
      const bg = (el) => names.map((n) => getComputedStyle(el, '::highlight(' + n + ')').backgroundColor);
      return { shadow: bg(p), light: bg(lightP) };
    })()`);
    const { shadow, light } = painted as { shadow: string[]; light: string[] };
    const visible = (colors: string[]) => colors.some((c) => c && c !== 'rgba(0, 0, 0, 0)');
    expect(visible(light), 'the light-DOM highlight has a colour').toBe(true);
    expect(visible(shadow), 'the shadow-DOM highlight has a colour').toBe(true);
  });

  test('a closed shadow root is left alone without an error', async () => {
    const ranges = await env.highlights(opened.page);
    expect(ranges.some((r) => S[3].includes(r.text))).toBe(false);
    expect(opened.errors).toEqual([]);
  });
});

describe('frames', () => {
  test('the top page is badged and neither frame breaks it', async () => {
    const ranges = await env.highlights(opened.page);
    expect(ranges.length).toBeGreaterThan(0);
    // The frames' own text is not part of the top page's article.
    expect(ranges.some((r) => S[9].includes(r.text) || S[10].includes(r.text))).toBe(false);
    expect(opened.errors).toEqual([]);
  });

  test('frames get badges exactly when the manifest runs the content script in all frames', async () => {
    const frames = opened.page.frames().filter((f) => f !== opened.page.mainFrame());
    expect(frames).toHaveLength(2);
    const expectBadges = allFrames();
    for (const frame of frames) {
      const count = (await frame.evaluate(
        `document.querySelectorAll('sourcelight-overlay').length + [...CSS.highlights.keys()].filter((n) => String(n).startsWith('sourcelight')).length`,
      )) as number;
      if (expectBadges) expect(count, frame.url()).toBeGreaterThan(0);
      else expect(count, `${frame.url()} is untouched`).toBe(0);
    }
  });
});

describe('SVG text, contenteditable and form fields', () => {
  test('are never touched: same markup and values as before Sourcelight ran', async () => {
    const after = (await opened.page.evaluate(SNAPSHOT)) as Record<string, string>;
    expect(after).toEqual(before);
  });

  test('hold no highlight range', async () => {
    const inside = await opened.page.evaluate(`(() => {
      const out = [];
      const bad = [document.getElementById('editor'), document.querySelector('svg'),
        document.getElementById('ta'), document.getElementById('inp')];
      CSS.highlights.forEach((h, name) => {
        if (!String(name).startsWith('sourcelight')) return;
        h.forEach((r) => {
          if (bad.some((el) => el.contains(r.startContainer) || el.contains(r.endContainer))) out.push(r.startContainer.data);
        });
      });
      return out;
    })()`);
    expect(inside).toEqual([]);
  });

  test('the reader can still type in the editable region and the fields, and nothing is added to them', async () => {
    const { page } = opened;
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed by the reader, said Tomás Ruiz.');
    await page.fill('#inp', 'A new value, said Helen Marsh.');
    await page.click('#ta');
    await page.keyboard.press('End');
    await page.keyboard.type(' More.');
    await page.waitForTimeout(2500); // longer than Sourcelight's debounce
    const state = (await page.evaluate(`(() => ({
      editor: document.getElementById('editor').innerHTML,
      input: document.getElementById('inp').value,
      textarea: document.getElementById('ta').value,
      active: document.activeElement && document.activeElement.id,
    }))()`)) as Record<string, string>;
    expect(state.editor).toBe(`<p>${S[5]} Typed by the reader, said Tomás Ruiz.</p>`);
    expect(state.input).toBe('A new value, said Helen Marsh.');
    expect(state.textarea).toBe(`${S[6]} More.`);
    expect(state.active).toBe('ta');
    expect(await page.evaluate('window.__pageScriptRan')).toBe(true);
    expect(opened.errors).toEqual([]);
  });
});
