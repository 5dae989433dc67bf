// Right-to-left and mixed-script text, emoji (surrogate pairs, ZWJ sequences,
// flags), combining characters and invisible controls in article text. The
// text map's UTF-16 offsets must line up with the DOM: every highlighted range
// holds exactly the attribution's text (read from the page's own
// CSS.highlights, the registry the content script fills), and each tooltip
// names the right source.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { headline } from '../../lib/page/labels';
import { analyzeAsShipped } from '../helpers/shipped-analyze';
import { HostileEnv, expectedAttributions, type Opened } from './pages/hostile/harness';
import { articlePage } from './pages/hostile/generate';

const TITLE = 'Harbourton bridge repairs run late';

/** Raw article markup: written here, every paragraph holding one attribution. */
const ARTICLE = [
  // Emoji: a ZWJ family, a flag, a skin-tone modifier; decomposed "é" (e + U+0301).
  '<p>The families 👩‍👩‍👧 of Harbourton 🇳🇴 and the cafe\u0301 owners 👋🏽 were moved, said Maria Lopez, the engineer in charge of the repairs.</p>',
  // A right-to-left paragraph with an English attribution inside.
  '<p dir="rtl" lang="ar">قال السكان إن الجسر مغلق منذ أسابيع. According to a report released by the port authority, ridership in Corran fell by 12 percent last year. انتهى التقرير.</p>',
  // Emoji and the source split across elements.
  '<p>🎉<b>🚧</b> The bridge 🌉 in Corran will reopen on Friday, said <i>Daniel</i> Okafor, the engineer in charge of the works. 🙂</p>',
  // Stacked combining marks before the cue.
  '<p>Z\u0324\u0354\u0367\u0311a\u0308\u0356\u032dlgo\u0308 and n\u0303o\u0302 text: a spokesperson for the regional health authority declined to comment on the 17 complaints.</p>',
  // Hebrew with bidi embedding controls, marks, a zero-width joiner and no-break spaces.
  '<p><span dir="rtl">\u202bמשפט בעברית\u202c</span>\u200f Two\u00a0officials familiar with the talks said\u200d the agreement for Westmere was close, speaking on condition of anonymity.</p>',
  // Characters outside the Basic Multilingual Plane in the middle of the sentence.
  '<p>𝐓𝐡𝐞 𝐩𝐨𝐫𝐭 𝐚𝐮𝐭𝐡𝐨𝐫𝐢𝐭𝐲 𝟐𝟎𝟐𝟔: the Ministry of Transport confirmed in a statement that 40 inspectors would visit 𝒞𝑜𝓇𝓇𝒶𝓃.</p>',
  // Japanese and Chinese around an attribution; full-width punctuation.
  '<p>東京の港では、Kenji Watanabe said the ferry would run twice a day from March。上海也一样。</p>',
].join('\n');

let env: HostileEnv;
let opened: Opened;
let expected: ReturnType<typeof expectedAttributions>;
/** Each attribution's tooltip sentence, from the same text (blocks apart). */
let headlines: string[];

beforeAll(async () => {
  env = await HostileEnv.start();
  const html = articlePage({ title: TITLE, paragraphs: [], before: ARTICLE });
  opened = await env.open(env.route('/gen/scripts-and-emoji.html', html));
  // What a reader sees in each paragraph, analysed the way the page is (blocks apart).
  const texts = (await opened.page.evaluate(
    '[...document.querySelectorAll("article p")].map((p) => p.textContent)',
  )) as string[];
  expected = expectedAttributions(texts, TITLE);
  headlines = analyzeAsShipped([TITLE, ...texts].join('\n\n')).attributions.map((a) => headline(a));
  await env.waitForPainted(opened.page, 0, 20_000);
  await env.waitForBadges(opened.page, Math.max(1, expected.length));
}, 60_000);

afterAll(async () => {
  await env?.close();
});

test('the fixture holds attributions in every kind of script', () => {
  expect(expected.length).toBeGreaterThanOrEqual(6);
});

test('every highlighted range holds exactly its attribution text', async () => {
  const ranges = await env.highlights(opened.page);
  expect(ranges.map((r) => r.text).sort()).toEqual(expected.map((e) => e.whole).sort());
});

test('one badge per attribution, of the right kind, in reading order', async () => {
  const badges = await env.badges(opened.page);
  expect(badges.map((b) => b.kind)).toEqual(expected.map((e) => e.kind));
});

test("each badge's tooltip names its own source", async () => {
  expect(headlines).toHaveLength(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const tip = await env.tooltip(opened, i);
    expect(tip, `tooltip ${i}`).not.toBeNull();
    expect(tip!.text).toContain(headlines[i]);
  }
  expect(opened.errors).toEqual([]);
});
