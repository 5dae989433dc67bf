// A page under a strict Content-Security-Policy, and page text that looks like
// markup or script. Sourcelight's badges and highlights must stay styled and
// usable under `default-src 'none'`, and text such as `<img src=x onerror=…>`
// must reach the reader as text, never as markup that runs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HostileEnv, TICKER, expectedAttributions, type Opened } from './pages/hostile/harness';
import { articlePage, attributionSentence, plainSentence } from './pages/hostile/generate';

const TITLE = 'Harbourton bridge repairs run late';

let env: HostileEnv;
beforeAll(async () => {
  env = await HostileEnv.start();
});
afterAll(async () => {
  await env?.close();
});

describe("a page served with Content-Security-Policy: default-src 'none'", () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) =>
    i % 2 ? plainSentence(i) : attributionSentence(i * 5),
  );
  let opened: Opened;
  beforeAll(async () => {
    const url = env.route('/gen/csp.html', articlePage({ title: TITLE, paragraphs }), {
      'content-security-policy': "default-src 'none'",
    });
    opened = await env.open(url);
    await env.waitForPainted(opened.page, 0, 20_000);
  }, 60_000);

  test('the policy is really in force (a page script is refused)', async () => {
    const ran = await opened.page.evaluate(`(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.appendChild(s);
      return window.__inlineRan === true;
    })()`);
    expect(ran).toBe(false);
  });

  test('every attribution gets a badge and a highlight', async () => {
    const expected = expectedAttributions(paragraphs, TITLE);
    const badges = await env.waitForBadges(opened.page, expected.length);
    expect(badges.map((b) => b.kind)).toEqual(expected.map((e) => e.kind));
    const ranges = await env.highlights(opened.page);
    expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());
  });

  test('badges and highlights are styled (their style sheets were not blocked)', async () => {
    const styled = (await opened.page.evaluate(`(() => {
      const root = document.querySelector('sourcelight-overlay').shadowRoot;
      const badge = root.querySelector('[data-sourcelight-kind]');
      const cs = getComputedStyle(badge);
      const p = document.querySelector('article p');
      const names = [...CSS.highlights.keys()].filter((n) => String(n).startsWith('sourcelight'));
      return {
        position: cs.position,
        background: cs.backgroundColor,
        color: cs.color,
        highlight: names.map((n) => getComputedStyle(p, '::highlight(' + n + ')').backgroundColor),
      };
    })()`)) as { position: string; background: string; color: string; highlight: string[] };
    expect(styled.position).toBe('absolute');
    expect(styled.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(styled.background).not.toBe(styled.color);
    expect(styled.highlight.some((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
  });

  test('a badge opens its tooltip, and nothing was refused by the policy', async () => {
    const tip = await env.tooltip(opened, 0);
    expect(tip).not.toBeNull();
    expect(tip!.hidden).toBe(false);
    expect(tip!.text.length).toBeGreaterThan(10);
    const refused = opened.console.filter((m) => /Content Security Policy|Refused to/i.test(m));
    // The test's own probe script above is reported (so refusals do reach the
    // console) and is the only thing refused.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.filter((m) => !/inline script/i.test(m))).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('page text that looks like markup or script', () => {
  // Written as text: articlePage escapes it, so the page shows these characters.
  const paragraphs = [
    '“<img src=x onerror=window.__pwned=1> is all the message said,” said Maria Lopez, the engineer in charge of the repairs.',
    'According to a report by </script><script>window.__pwned=2</script> Associates, the pier is unsafe.',
    'The warning came from <b onmouseover="window.__pwned=3">the port authority</b>, which said in a statement that the pier was closed.',
    'A spokesperson for &lt;script&gt; Holdings declined to comment.',
    plainSentence(3),
    '<svg onload=window.__pwned=5> Two officials familiar with the talks said the pier would reopen in May.',
  ];
  let opened: Opened;
  beforeAll(async () => {
    opened = await env.open(
      env.route('/gen/markup-text.html', articlePage({ title: TITLE, paragraphs, head: TICKER })),
    );
    await env.waitForPainted(opened.page, 0, 20_000);
    await env.waitForBadges(opened.page, 1);
  }, 60_000);

  test('the page shows the markup as text (the fixture is what it claims)', async () => {
    const shown = (await opened.page.evaluate(
      '[...document.querySelectorAll("article p")].map((p) => p.textContent)',
    )) as string[];
    expect(shown).toEqual(paragraphs);
  });

  test('every tooltip shows text only, and nothing in them runs', async () => {
    const expected = expectedAttributions(paragraphs, TITLE);
    const badges = await env.badges(opened.page);
    expect(badges.length).toBe(expected.length);
    for (let i = 0; i < badges.length; i++) {
      const tip = await env.tooltip(opened, i);
      expect(tip, `tooltip ${i}`).not.toBeNull();
      expect(tip!.hidden).toBe(false);
      expect(tip!.dangerous).toBe(0);
      expect(
        tip!.tags.filter(
          (t) => !['div', 'span', 'ul', 'li', 'button', 'p', 'strong', 'b', 'em'].includes(t),
        ),
      ).toEqual([]);
    }
    // Hover every badge too: a tooltip opened by the mouse is built the same way.
    const count = badges.length;
    for (let i = 0; i < count; i++) {
      await opened.page
        .locator('sourcelight-overlay')
        .locator(`[data-sourcelight-index="${i}"]`)
        .hover({ force: true })
        .catch(() => undefined);
    }
    await opened.page.waitForTimeout(300);
    expect(await opened.page.evaluate('window.__pwned')).toBeUndefined();
    expect(opened.errors).toEqual([]);
  });

  test('the popup data carries the markup as plain text', async () => {
    const state = await env.state(opened.url);
    expect(state).not.toBeNull();
    const snippets = state!.items.map((i) => i.snippet).join('\n');
    expect(snippets).toContain('<img src=x onerror=window.__pwned=1>');
    expect(snippets).toContain('</script><script>window.__pwned=2</script>');
    expect(snippets).toContain('&lt;script&gt;');
    expect(await opened.page.evaluate('window.__pwned')).toBeUndefined();
  });

  test('the page still works', async () => {
    const t0 = (await opened.page.evaluate('window.__ticks')) as number;
    await opened.page.waitForTimeout(300);
    expect((await opened.page.evaluate('window.__ticks')) as number).toBeGreaterThan(t0);
  });
});
