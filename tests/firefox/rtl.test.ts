// Right-to-left lines and the marks of waiting badges in Firefox ESR, as the
// Chromium tier checks them (tests/e2e/rtl.test.ts): on an Arabic site with
// English attributions, badges of RTL paragraphs stand left of their lines
// and those of the English section right; in a narrow window each waiting
// badge leaves its mark on its line's end side; nothing covers a character.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OVERLAP_JS, type OverlapReport } from '../helpers/badge-overlap';
import { MARK_SIDES_JS, SIDES_JS, type Side } from '../e2e/rtl-helpers';
import { FirefoxEnv, sleep } from './harness';

const PENDING_JS = `[...document.querySelector('[data-sourcelight="overlay"]').shadowRoot
  .querySelectorAll('.badge')].filter((b) => b.matches('.pending')).length`;
const MARKS_OVER_TEXT_JS = OVERLAP_JS.replace(
  "root.querySelectorAll('.badge')",
  "root.querySelectorAll('.mark')",
);

for (const width of [1280, 420]) {
  describe(`${width} px wide`, () => {
    let env: FirefoxEnv;
    beforeAll(async () => {
      env = await FirefoxEnv.start({ width, height: 900 });
    });
    afterAll(async () => {
      await env?.close();
    });

    test('an Arabic site with English attributions: badges at the end of their lines, none over a word', async () => {
      const url = env.server.url('/content/rtl.html');
      const { page, errors } = await env.open(url);
      const state = await env.waitForState(url, (s) => s.items.length >= 6);
      await page.bringToFront(); // a background tab's timers are held back
      for (let i = 0; i < 50 && (await page.evaluate(PENDING_JS)) !== 0; i++) await sleep(100);
      await sleep(300); // a reposition after the fonts settle
      const r = (await page.evaluate(OVERLAP_JS)) as OverlapReport;
      const sides = (await page.evaluate(SIDES_JS)) as Side[];
      console.log(
        `[rtl firefox] ${width}px: ${r.badges} of ${r.total} badges shown, ${r.chars} characters, ` +
          `${r.text.length} covered; ${sides.map((s) => `${s.para}:${s.side}/${s.mode}`).join(' ')}`,
      );
      expect(r.total).toBe(state.items.length);
      expect(r.text).toEqual([]);
      expect(r.badgePairs).toEqual([]);
      if (width === 1280) {
        expect(sides.length).toBe(state.items.length);
        for (const s of sides) {
          expect(s.mode).toBe('rail');
          expect(s.side, `${s.para} (${s.dir})`).toBe(s.dir === 'rtl' ? 'left' : 'right');
        }
        expect(sides.filter((s) => s.dir === 'rtl').length).toBe(4);
      } else {
        for (const s of sides.filter((s) => s.mode === 'rail')) {
          expect(s.side, `${s.para} (${s.dir})`).not.toBe(s.dir === 'rtl' ? 'right' : 'left');
        }
        const marks = (await page.evaluate(MARK_SIDES_JS)) as Side[];
        expect(marks.length).toBe(sides.filter((s) => s.mode === 'peek').length);
        for (const m of marks) {
          expect(m.side, `${m.para} (${m.dir})`).toBe(m.dir === 'rtl' ? 'left' : 'right');
        }
        const over = (await page.evaluate(MARKS_OVER_TEXT_JS)) as OverlapReport;
        expect(over.badges).toBe(marks.length);
        expect(over.text).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
