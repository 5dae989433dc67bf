// Right-to-left pages (issue 23): on an Arabic site (dir="rtl") whose article
// mixes Arabic with English attributions, a line ends on its left, so its
// badge stands in the left margin; the English section of the same page is
// left to right and keeps the right margin. No badge covers a character or
// another badge, at 1280 px (margins) and at 420 px (no margin: the free end
// of a line, on its left in RTL, or a badge that waits, with its mark).
// In real Chromium with the built extension.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  ROOT,
  serveStatic,
  type ExtensionSession,
  type StaticServer,
} from '../../scripts/browser';
import { OVERLAP_JS, type OverlapReport } from '../helpers/badge-overlap';
import { waitForState, watchExtensionErrors } from './content-helpers';
import { MARK_SIDES_JS, SIDES_JS, type Side } from './rtl-helpers';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/content/': join(ROOT, 'tests/e2e/pages/content') });
});
afterAll(async () => {
  await server?.close();
});

for (const width of [1280, 420]) {
  describe(`${width} px wide`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension({ viewport: { width, height: 900 } });
    });
    afterAll(async () => {
      await session?.close();
    });

    test('an Arabic site with English attributions: badges at the end of their lines, none over a word', async () => {
      const page = await session.context.newPage();
      const errors = await watchExtensionErrors(page);
      await page.goto(server.url('/content/rtl.html'));
      const state = await waitForState(session.worker, page, (s) => s.items.length >= 6);
      const sources = state.items.map((i) => i.source ?? i.cue).join(' | ');
      for (const name of [
        'Ana Ruiz',
        'Tom Berg',
        'officials',
        'Dan Reyes',
        'Lena Park',
        'ministry',
      ])
        expect(sources).toContain(name);
      await expect
        .poll(() =>
          page.evaluate(
            `[...document.querySelector('[data-sourcelight="overlay"]').shadowRoot.querySelectorAll('.badge')].filter((b) => b.matches('.pending')).length`,
          ),
        )
        .toBe(0);
      const r = (await page.evaluate(OVERLAP_JS)) as OverlapReport;
      const sides = (await page.evaluate(SIDES_JS)) as Side[];
      console.log(
        `[rtl] ${width}px: ${r.badges} of ${r.total} badges shown, ${r.chars} characters, ` +
          `${r.text.length} covered; ${sides.map((s) => `${s.para}:${s.side}/${s.mode}`).join(' ')}`,
      );
      expect(r.total).toBe(state.items.length);
      expect(r.text).toEqual([]);
      expect(r.badgePairs).toEqual([]);
      if (width === 1280) {
        // Every badge in the margin at its line's end: left of an RTL paragraph, right of an LTR one.
        expect(sides.length).toBe(state.items.length);
        for (const s of sides) {
          expect(s.mode).toBe('rail');
          expect(s.side, `${s.para} (${s.dir})`).toBe(s.dir === 'rtl' ? 'left' : 'right');
        }
        expect(sides.filter((s) => s.dir === 'rtl').length).toBe(4);
      } else {
        // No margin: a badge shown in the rail stands at its line's free end,
        // inside the paragraph, never on the side where its line starts.
        for (const s of sides.filter((s) => s.mode === 'rail')) {
          expect(s.side, `${s.para} (${s.dir})`).not.toBe(s.dir === 'rtl' ? 'right' : 'left');
        }
        // A short last line in RTL: the badge at its free end, left of its words.
        expect(sides.find((s) => s.para === 'rtl-4')).toMatchObject({
          side: 'inside',
          mode: 'rail',
        });
        // Each waiting badge leaves its mark at its line's end: left of an RTL paragraph.
        const marks = (await page.evaluate(MARK_SIDES_JS)) as Side[];
        expect(marks.length).toBe(sides.filter((s) => s.mode === 'peek').length);
        for (const m of marks) {
          expect(m.side, `${m.para} (${m.dir})`).toBe(m.dir === 'rtl' ? 'left' : 'right');
        }
        expect(marks.some((m) => m.dir === 'rtl')).toBe(true);
        const over = (await page.evaluate(
          OVERLAP_JS.replace("root.querySelectorAll('.badge')", "root.querySelectorAll('.mark')"),
        )) as OverlapReport;
        expect(over.badges).toBe(marks.length);
        expect(over.text).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
