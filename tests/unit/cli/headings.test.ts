// A headline or a caption alone is not an attribution (sourcing taxonomy):
// the CLI reads HTML as the extension does and reports nothing found there.
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../bin/extract.ts';
import { FIXTURES, run } from './run-cli.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Out {
  attributions: { kind: string; sentence: { start: number; end: number } }[];
  summary: { total: number };
}

describe('headings and captions in HTML', () => {
  const file = join(FIXTURES, 'headline.html');
  const page = extractFromHtml(readFileSync(file, 'utf8'));

  it('keeps the headline in the text but marks it as holding no claim', () => {
    expect(page.text.startsWith('Mayor says the bridge will reopen in May')).toBe(true);
    expect(page.nonClaims?.[0]).toEqual([0, 'Mayor says the bridge will reopen in May'.length]);
  });

  it('reports the body attributions and none in the headline', { timeout: 30_000 }, async () => {
    const r = await run(['--json', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    const sentences = out.attributions.map((a) =>
      page.text.slice(a.sentence.start, a.sentence.end),
    );
    expect(out.attributions.map((a) => a.kind).sort()).toEqual(['named', 'non-response']);
    expect(sentences.some((s) => s.startsWith('Mayor says'))).toBe(false);
    expect(out.summary.total).toBe(2);
  });

  it(
    'reads the same page as plain text with the headline counted',
    { timeout: 30_000 },
    async () => {
      // the same words as text have no markup to say which line is a headline
      const r = await run(['--json', '--text', '-'], { input: page.text });
      const out = JSON.parse(r.stdout) as Out;
      expect(out.attributions.some((a) => a.sentence.start === 0)).toBe(true);
    },
  );
});
