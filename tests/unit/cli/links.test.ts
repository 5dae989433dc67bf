// Linked sources in the CLI (issue 24, part 1): the HTML reader collects the
// article's links as spans of its text and the page's own site (its canonical
// address); --json carries `link`, the readable and Markdown reports say
// "links to HOST". Plain text has no links.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromHtml } from '../../../bin/extract.ts';
import { analyze } from '../../../lib/sourcing/index.ts';
import type { Attribution } from '../../../lib/sourcing/types.ts';
import { FIXTURES, run } from './run-cli.ts';

vi.setConfig({ testTimeout: 30_000 });

const PAGE = join(FIXTURES, 'linked.html');
const bySource = (list: Attribution[], words: string) =>
  list.find((a) => a.source?.text.replace(/\s+/g, ' ').startsWith(words));

describe('links read from HTML', () => {
  it('collects each link as a span of the article text, resolved against the canonical address', () => {
    const page = extractFromHtml(readFileSync(PAGE, 'utf8'));
    expect(page.site).toBe('https://www.ledger.example/news/2026/12/06/harbour-audit-costs');
    const spans = page.links!.map((l) => [page.text.slice(l.start, l.end), l.href]);
    expect(spans).toContainEqual(['report', 'https://audit.example.gov/reports/2026-harbour.pdf']);
    // relative hrefs resolve against the page's address
    expect(spans).toContainEqual([
      'Port Authority',
      'https://www.ledger.example/tag/port-authority',
    ]);
    expect(spans).toContainEqual(['Axios', 'https://www.axios.com/2026/12/05/harbour-costs']);
    const wrap = spans.find(([t]) => t.startsWith('Tom Reyes'))!;
    expect(wrap[0]).toMatch(
      /^Tom Reyes said the vote was\s+close, and Ana Silva said it was fair$/,
    );
  });

  it('--json carries `link` on exactly the attributions that link to their source', async () => {
    const r = await run(['--json', PAGE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { attributions } = JSON.parse(r.stdout) as { attributions: Attribution[] };
    const linked = attributions
      .filter((a) => a.link)
      .map((a) => [a.source?.text.split(/\s/)[0], a.link!.host]);
    expect(linked).toEqual([
      ['A', 'audit.example.gov'],
      ['Axios', 'axios.com'],
      // one link wrapping two attributions credits each
      ['Tom', 'council.example.gov'],
      ['Ana', 'council.example.gov'],
    ]);
    // the same site's tag and author pages, javascript: and data: links: no credit
    for (const words of ['The Port Authority', 'Maria Lopez', 'Two officials', 'A study']) {
      const a = bySource(attributions, words);
      expect(a, words).toBeDefined();
      expect(a!.link, words).toBeUndefined();
      expect(a!.reasons, words).not.toContain('links to its source');
    }
    const axios = bySource(attributions, 'Axios')!;
    expect(axios.reasons.join(' ')).toMatch(
      /another outlet: second-hand, but a reader can check it/,
    );
    // and the linked ones score above the same text without its links
    const { text } = extractFromHtml(readFileSync(PAGE, 'utf8'));
    const unlinked = analyze(text).attributions;
    const report = bySource(attributions, 'A report')!;
    expect(report.score!).toBeGreaterThan(bySource(unlinked, 'A report')!.score!);
  });

  it('the readable and Markdown reports say which host each attribution links to', async () => {
    const text = await run(['--no-color', PAGE]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'links to audit.example.gov https://audit.example.gov/reports/2026-harbour.pdf',
    );
    expect(text.stdout.match(/links to council\.example\.gov/g)).toHaveLength(2);
    expect(text.stdout).not.toMatch(/links to (www\.)?ledger\.example|javascript|data:/);
    const md = await run(['--markdown', PAGE]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(
      ', links to axios.com <https://www.axios.com/2026/12/05/harbour-costs>',
    );
    expect(md.stdout).not.toMatch(/javascript:|data:text/);
  });

  it('plain text has no links', async () => {
    const r = await run(['--json', '--text', PAGE]);
    expect(r.code).toBe(0);
    const { attributions } = JSON.parse(r.stdout) as { attributions: Attribution[] };
    expect(attributions.length).toBeGreaterThan(0);
    expect(attributions.some((a) => a.link)).toBe(false);
  });
});
