// The roster in the CLI's reports: one line of counts, then each voice; the
// Markdown report as a table whose cells cannot break out of it.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/sourcing/index.ts';
import { sourcesInWords } from '../../../lib/report/common.ts';
import { analysisToText } from '../../../lib/report/text.ts';
import { analysisToMarkdown } from '../../../lib/report/markdown.ts';

const TEXT =
  'Foreign Ministry spokesperson Guo Jiakun said the talks would go on. Guo said China ' +
  'wanted peace. He added that the date was not fixed. Sources familiar with the matter ' +
  'said the visit was off. The Harbour Board said the plan would change.';

describe('sources in the reports', () => {
  const analysis = analyze(TEXT);

  test('one line of counts, and the share of the claims that rest on one voice', () => {
    expect(sourcesInWords(analysis)).toBe(
      '3 sources: 1 named person, 1 institution, 1 unnamed source; 60% of the claims rest on one voice',
    );
    expect(sourcesInWords({ ...analysis, sources: [] })).toBe('');
  });

  test('the readable report lists each voice with its role, kind and claims', () => {
    const out = analysisToText({ file: 'a.txt', text: TEXT, analysis });
    expect(out).toContain('  3 sources: 1 named person');
    expect(out).toContain('    Guo Jiakun (Foreign Ministry spokesperson) · named · 3 claims');
    expect(out).toContain('    Sources familiar with the matter · anonymous · 1 claim\n');
  });

  test('the Markdown report has a sources table whose cells escape page text', () => {
    const md = analysisToMarkdown({ text: TEXT, analysis });
    expect(md).toContain('| Source | Role | Kind | Claims |');
    expect(md).toContain('| Guo Jiakun | Foreign Ministry spokesperson | named | 3 |');
    expect(md).toContain('| The Harbour Board |  | official | 1 |');
    // page text in a name stays inside its cell and is no HTML
    const hostile = { ...analysis.sources![2], name: 'A | B <img src=x onerror=alert(1)>' };
    const md2 = analysisToMarkdown({
      text: TEXT,
      analysis: { ...analysis, sources: [...analysis.sources!.slice(0, 2), hostile] },
    });
    expect(md2).toContain('| A \\| B &lt;img src=x onerror=alert(1)> |  | official | 1 |');
  });
});
