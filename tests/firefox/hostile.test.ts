// Hostile and changing pages in Firefox, as the Chromium tier checks them: a
// strict Content-Security-Policy, article text in shadow roots, a page that
// breaks its own globals, and a live page that keeps appending paragraphs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedAttributions } from '../e2e/pages/hostile/harness';
import { articlePage, attributionSentence, plainSentence } from '../e2e/pages/hostile/generate';
import { BREAK_JS } from '../e2e/pages/hostile/globals';
import { FirefoxEnv, sleep } from './harness';

const TITLE = 'Harbourton bridge repairs run late';
const PARAGRAPHS = Array.from({ length: 6 }, (_, i) =>
  i % 2 ? plainSentence(i) : attributionSentence(i * 5),
);

let env: FirefoxEnv;
beforeAll(async () => {
  env = await FirefoxEnv.start();
});
afterAll(async () => {
  await env?.close();
});

test("a page under Content-Security-Policy: default-src 'none' gets styled badges and highlights, and a tooltip", async () => {
  const url = env.route('/gen/csp.html', articlePage({ title: TITLE, paragraphs: PARAGRAPHS }), {
    'content-security-policy': "default-src 'none'",
  });
  // Firefox reports CSP refusals to the browser console, not the page's: listen for them.
  const opened = await env.open(
    url,
    `window.__refused = []; document.addEventListener('securitypolicyviolation',
      (e) => window.__refused.push(e.effectiveDirective + ' ' + e.blockedURI), true);`,
  );
  const inline = await opened.page.evaluate(`(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.appendChild(s);
    return window.__inlineRan === true;
  })()`);
  expect(inline, 'the policy is in force').toBe(false);

  const expected = expectedAttributions(PARAGRAPHS, TITLE);
  const badges = await env.waitForBadges(opened.page, expected.length);
  expect(badges.map((b) => b.kind)).toEqual(expected.map((e) => e.kind));
  const ranges = await env.highlights(opened.page);
  expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());

  // Styled: a badge has a box and a colour; the highlight has a background.
  const styled = (await opened.page.evaluate(`(() => {
    const root = document.querySelector('sourcelight-overlay').shadowRoot;
    const badge = root.querySelector('[data-sourcelight-kind]');
    const b = getComputedStyle(badge);
    const p = document.querySelector('article p');
    const names = [];
    CSS.highlights.forEach((h, name) => { if (String(name).startsWith('sourcelight')) names.push(name); });
    const colours = names.map((n) => getComputedStyle(p, '::highlight(' + n + ')').backgroundColor)
      .filter((c) => c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent');
    return { width: badge.getBoundingClientRect().width, bg: b.backgroundColor, colours };
  })()`)) as { width: number; bg: string; colours: string[] };
  expect(styled.width).toBeGreaterThan(10);
  expect(styled.bg).not.toBe('rgba(0, 0, 0, 0)');
  expect(styled.colours).not.toEqual([]);

  expect(await env.send(url, { type: 'sourcelight:focus', index: 0 })).toBe(true);
  const tip = await env.tooltip(opened.page);
  expect(tip?.hidden).toBe(false);
  expect(tip?.text).toMatch(/^Maria Lopez, named, on the record: strong, \d+\/100/);
  // Only the test's own inline probe was refused (so refusals do reach the console).
  // (Firefox's own favicon request is refused too: not ours.)
  const refused = ((await opened.page.evaluate('window.__refused')) as string[]).filter(
    (m) => !m.endsWith('/favicon.ico'),
  );
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.filter((m) => !/^script-src(-elem)? inline$/.test(m))).toEqual([]);
  expect(opened.errors).toEqual([]);
  await opened.page.close();
});

describe('shadow DOM', () => {
  const S = Array.from({ length: 4 }, (_, i) => attributionSentence(i * 7 + 6));
  const DEFINE = `<script>
customElements.define('story-box', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p id="in-shadow">${S[1]}</p><slot></slot>';
  }
});
customElements.define('closed-box', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'closed' }).innerHTML = '<p>${S[3]}</p>';
  }
});
</script>`;

  test('text in an open shadow root and slotted text are badged; a closed root is left alone', async () => {
    const html = articlePage({ title: TITLE, head: DEFINE, paragraphs: [S[0]] }).replace(
      '</article>',
      `<story-box><p id="slotted">${S[2]}</p></story-box><closed-box></closed-box></article>`,
    );
    const opened = await env.open(env.route('/gen/shadow.html', html));
    const expected = expectedAttributions([S[0], S[1], S[2]], TITLE);
    const badges = await env.waitForBadges(opened.page, expected.length);
    expect(badges.map((b) => b.kind).sort()).toEqual(expected.map((e) => e.kind).sort());
    const ranges = await env.highlights(opened.page);
    expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });
});

describe('a page that breaks its own globals does not reach the content script', () => {
  const EXPECTED = expectedAttributions(PARAGRAPHS, TITLE);
  test.each(Object.keys(BREAK_JS))('%s', async (name) => {
    const slug = name.replace(/[^a-z]+/gi, '-').toLowerCase();
    const html = articlePage({
      title: TITLE,
      paragraphs: PARAGRAPHS,
      head: `<script>${BREAK_JS[name]}</script>`,
    });
    const opened = await env.open(env.route(`/gen/globals-${slug}.html`, html));
    // Read from a realm the page's sabotage cannot reach.
    const badges = await env.waitForBadges(opened.page, EXPECTED.length, { isolated: true });
    expect(badges.map((b) => b.kind)).toEqual(EXPECTED.map((e) => e.kind));
    const ranges = await env.highlights(opened.page, true);
    expect(ranges.map((r) => r.text).sort()).toEqual(EXPECTED.map((e) => e.whole).sort());
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });
});

test('a live page: appended paragraphs are analysed and badged', async () => {
  const opened = await env.open(env.server.url('/content/live.html'));
  const first = await env.waitForState(opened.url, (s) => s.status === 'ready');
  const n0 = first.items.length;
  expect(n0).toBeGreaterThanOrEqual(2);
  await opened.page.evaluate('window.addPost(); window.addPost();');
  const grown = await env.waitForState(opened.url, (s) => s.items.length >= n0 + 2);
  expect(grown.items.map((i) => i.kind)).toEqual(
    expect.arrayContaining(['anonymous', 'non-response']),
  );
  await sleep(300);
  expect((await env.waitForBadges(opened.page, grown.items.length)).length).toBe(
    grown.items.length,
  );
  expect(opened.errors).toEqual([]);
  await opened.page.close();
});
