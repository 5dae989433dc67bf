import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../bin/args.ts';
import { wantsColor } from '../../../bin/cli.ts';
import { decode, load, looksBinary } from '../../../bin/input.ts';
import { filterAttributions, sentenceParts } from '../../../lib/report/common.ts';
import { analysisToMarkdown, escapeMarkdown } from '../../../lib/report/markdown.ts';
import { analysisToText } from '../../../lib/report/text.ts';
import { KINDS, type Analysis, type Attribution } from '../../../lib/sourcing/types.ts';

// Formatters are tested on hand-built analyses so that hostile page text and
// odd offsets can be chosen; the CLI tests check them on the analyzer's output.

const TEXT =
  'Intro line.\n\nThe *ministry* said <script>alert(1)</script> | it [won](x).\n\n' +
  'Aides declined\nto comment.';

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, text: part };
}

function attribution(over: Partial<Attribution> & Pick<Attribution, 'kind'>): Attribution {
  return {
    kinds: [over.kind],
    score: 80,
    band: 'strong',
    start: 0,
    end: 0,
    cue: { start: 0, end: 0, text: '' },
    source: null,
    sentence: { start: 0, end: 0 },
    reasons: [],
    ...over,
  };
}

const s1 = span(TEXT, 'The *ministry* said');
const s2 = span(TEXT, 'Aides declined\nto comment.');
const official = attribution({
  kind: 'official',
  start: s1.start,
  end: s1.end,
  cue: span(TEXT, 'said'),
  source: span(TEXT, 'The *ministry*'),
  sentence: { start: s1.start, end: TEXT.indexOf('.', s1.start) + 1 },
  reasons: ['named institution', 'on the record'],
});
const nonResponse = attribution({
  kind: 'non-response',
  score: null,
  band: 'none',
  start: s2.start,
  end: s2.end,
  cue: span(TEXT, 'declined\nto comment'),
  source: span(TEXT, 'Aides'),
  sentence: { start: s2.start, end: s2.end },
  reasons: ['would not say'],
});
const zeroCounts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Analysis['summary']['counts'];
const ANALYSIS: Analysis = {
  attributions: [official, nonResponse],
  summary: {
    total: 2,
    counts: { ...zeroCounts, official: 1, 'non-response': 1 },
    bands: { strong: 1, moderate: 0, weak: 0, none: 1 },
    score: 80,
    band: 'strong',
    verdict: 'Mostly on-record sourcing',
  },
};

describe('sentenceParts', () => {
  it('splits the sentence around the cue and squashes newlines', () => {
    expect(sentenceParts(TEXT, nonResponse)).toEqual({
      before: 'Aides ',
      cue: 'declined to comment',
      after: '.',
    });
  });

  it('keeps the whole sentence when the cue lies outside it or offsets are wild', () => {
    const odd = { ...official, cue: { start: 0, end: 5, text: 'Intro' } };
    expect(sentenceParts(TEXT, odd).cue).toBe('');
    expect(sentenceParts(TEXT, odd).before.startsWith('The *ministry* said')).toBe(true);
    const wild = {
      ...official,
      sentence: { start: -5, end: 10_000 },
      cue: { start: 9e9, end: 9e9 + 1, text: '' },
    };
    expect(sentenceParts(TEXT, wild).before.length).toBeGreaterThan(0);
  });
});

describe('analysisToText', () => {
  it('prints the summary, then each attribution with kind, band, score, cue, source and reasons', () => {
    const out = analysisToText({ file: 'a.txt', text: TEXT, analysis: ANALYSIS });
    expect(out.split('\n').slice(0, 3)).toEqual([
      'a.txt',
      '  Score 80/100 (strong): Mostly on-record sourcing',
      '  2 attributions: official 1, non-response 1',
    ]);
    expect(out).toContain('   1. official · strong · 80/100\n');
    expect(out).toContain('      The *ministry* [said] <script>alert(1)</script> | it [won](x).\n');
    expect(out).toContain('      source: The *ministry*\n');
    expect(out).toContain('      why: named institution; on the record\n');
    expect(out).toContain(
      '   2. non-response · none · no score\n      Aides [declined to comment].\n',
    );
  });

  it('paints through the given function and says when filters hide some', () => {
    const out = analysisToText({
      file: 'a.txt',
      text: TEXT,
      analysis: ANALYSIS,
      filter: { minBand: 'strong' },
      paint: (style, t) => `<${style}>${t}</${style}>`,
    });
    expect(out).toContain('<cue>said</cue>');
    expect(out).toContain('<band-strong>strong</band-strong>');
    expect(out).toContain('showing 1 after filters');
    expect(out).not.toContain('declined');
  });
});

describe('analysisToMarkdown', () => {
  it('escapes page text so it cannot become markup, links or HTML', () => {
    const md = analysisToMarkdown({
      title: 'A *bold* | title',
      url: 'https://x.example/a?b=1',
      text: TEXT,
      analysis: ANALYSIS,
    });
    expect(md.split('\n')[0]).toBe('## Sourcing report: A \\*bold\\* \\| title');
    expect(md).toContain('<https://x.example/a?b=1>');
    expect(md).toContain(
      '1. **official**, strong, 80/100, source: The \\*ministry\\*\n   > The \\*ministry\\* **said** &lt;script>alert(1)&lt;/script> \\| it \\[won\\](x).',
    );
    expect(md).toContain(
      '2. **non-response**, none, no score, source: Aides\n   > Aides **declined to comment**.',
    );
    expect(md).toContain('   Why: named institution; on the record');
    expect(md).not.toContain('<script>');
  });

  it('drops a non-http URL and escapes a line-opening marker', () => {
    const md = analysisToMarkdown({ url: 'javascript:alert(1)', text: TEXT, analysis: ANALYSIS });
    expect(md).not.toContain('javascript');
    expect(md.split('\n')[0]).toBe('## Sourcing report');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('reports a page with no attributions', () => {
    const empty: Analysis = {
      attributions: [],
      summary: {
        ...ANALYSIS.summary,
        total: 0,
        counts: zeroCounts,
        score: null,
        band: 'none',
        verdict: 'No attributions found',
      },
    };
    expect(analysisToMarkdown({ text: '', analysis: empty })).toBe(
      '## Sourcing report\n\n**Score:** no score (none): No attributions found\n\n**Attributions:** 0\n',
    );
  });
});

describe('filterAttributions', () => {
  it('matches any link of a chain and ranks bands', () => {
    const chain = attribution({
      kind: 'anonymous',
      kinds: ['secondhand', 'anonymous'],
      band: 'weak',
      score: 30,
    });
    const list = [official, nonResponse, chain];
    expect(filterAttributions(list, { kinds: ['secondhand'] })).toEqual([chain]);
    expect(filterAttributions(list, { minBand: 'weak' })).toEqual([official, chain]);
    expect(filterAttributions(list, {})).toEqual(list);
  });
});

describe('parseCli', () => {
  it('reads formats, forced input, kinds and bands', () => {
    expect(
      parseCli([
        '--jsonl',
        '--html',
        '--kind',
        'named,official',
        '--kind',
        'VAGUE',
        '--min-band',
        'moderate',
        'a',
        'b',
      ]),
    ).toMatchObject({
      format: 'jsonl',
      input: 'html',
      kinds: ['named', 'official', 'vague'],
      minBand: 'moderate',
      files: ['a', 'b'],
    });
    expect(parseCli(['-']).format).toBe('report');
    expect(parseCli(['--help']).help).toBe(true);
  });

  it('refuses stdin twice and --json with two files', () => {
    expect(() => parseCli(['-', '-'])).toThrow(UsageError);
    expect(() => parseCli(['--json', 'a', 'b'])).toThrow(/--jsonl/);
  });
});

describe('colour and input helpers', () => {
  const opts = parseCli(['x']);
  const io = (isTTY: boolean, env: Record<string, string>) => ({
    stdin: process.stdin,
    stdout: { write: () => true, isTTY },
    stderr: { write: () => true },
    env,
  });

  it('colours a terminal only, never with NO_COLOR or TERM=dumb', () => {
    expect(wantsColor(opts, io(true, {}))).toBe(true);
    expect(wantsColor(opts, io(false, {}))).toBe(false);
    expect(wantsColor(opts, io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(wantsColor(opts, io(true, { TERM: 'dumb' }))).toBe(false);
    expect(wantsColor(parseCli(['--color', 'x']), io(false, { NO_COLOR: '1' }))).toBe(true);
  });

  it('decodes UTF-16 with a BOM and does not call it binary', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(looksBinary(bytes)).toBe(false);
    expect(decode(bytes)).toBe('Hi');
    expect(load('x.txt', bytes, undefined)).toMatchObject({ ok: true, text: 'Hi' });
  });

  it('calls NUL bytes binary', () => {
    expect(load('x.txt', new Uint8Array([0x41, 0x00, 0x42]), undefined)).toEqual({
      ok: false,
      file: 'x.txt',
      message: 'binary file, not text or HTML',
    });
  });
});
