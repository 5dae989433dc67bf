import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../bin/cli.ts';
import { extractFromHtml } from '../../../bin/extract.ts';
import type { Analysis, AnalyzeOptions, Attribution, Source } from '../../../lib/sourcing/types.ts';
import { FIXTURES, run } from './run-cli.ts';

// Each test spawns node + tsx (about a second each on a busy two-core machine).
vi.setConfig({ testTimeout: 30_000 });

type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;
let analyze: Analyze;

// The analyzer is the CLI's engine, with the learned tagger it loads by
// default: every output is checked against it.
beforeAll(async () => {
  const mod = (await import('../../../lib/sourcing/index.ts')) as { analyze: Analyze };
  const learned = await import('../../../lib/sourcing/learned/index.ts');
  const bytes = readFileSync(new URL(`../../../${learned.MODEL_FILE}`, import.meta.url));
  const model = learned.loadModel(bytes, (line) => {
    throw new Error(line);
  });
  analyze = (text, options) => mod.analyze(text, { model: model ?? undefined, ...options });
});

const fixture = (name: string) => join(FIXTURES, name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');
const plainOf = (a: Analysis) => JSON.parse(JSON.stringify(a)) as Analysis;
const ANSI = '\u001b['; // start of an ANSI escape sequence

describe('--json', () => {
  it('prints exactly {attributions, summary, sources} as analyze() returns for a text file', async () => {
    const r = await run(['--json', '--text', fixture('harbour.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['attributions', 'sources', 'summary']);
    const expected = plainOf(analyze(read('harbour.txt')));
    expect(out).toEqual({
      attributions: expected.attributions,
      summary: expected.summary,
      sources: expected.sources,
    });
    expect(out.attributions.length).toBeGreaterThan(0);
  });

  it('analyses the article text of an HTML page, without chrome, scripts or comments', async () => {
    const r = await run(['--json', fixture('story.html')]);
    expect(r.code).toBe(0);
    const { text } = extractFromHtml(read('story.html'));
    for (const chrome of [
      'menus are not news',
      'script text',
      'photographer',
      'Critics argue',
      'subscribe',
      'My neighbour',
      'Police said nothing',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text.startsWith('Harbour expansion approved after long night of talks\n\n')).toBe(true);
    expect(text).toContain('said Maria Lopez, the council’s transport chair.');
    expect(text).toContain('40 million euros');
    expect(JSON.parse(r.stdout)).toEqual(
      (({ attributions, summary, sources }) => ({ attributions, summary, sources }))(
        plainOf(analyze(text)),
      ),
    );
  });

  it('is a usage error with several files, pointing to --jsonl', async () => {
    const r = await run(['--json', fixture('harbour.txt'), fixture('story.html')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sourcelight: --json takes exactly one file .*--jsonl.*--help/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('readable report', () => {
  it('shows the score, verdict and every attribution with its cue in brackets when piped', async () => {
    const r = await run([fixture('harbour.txt')], { env: { NO_COLOR: undefined } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ANSI);
    const text = read('harbour.txt');
    const a = analyze(text);
    expect(r.stdout.split('\n')[0]).toBe(fixture('harbour.txt'));
    expect(r.stdout).toContain(`(${a.summary.band}): ${a.summary.verdict}`);
    const items = r.stdout.match(/^ +\d+\. /gm) ?? [];
    expect(items).toHaveLength(a.attributions.length);
    for (const at of a.attributions) {
      expect(r.stdout).toContain(`[${text.slice(at.cue.start, at.cue.end)}]`);
      for (const reason of at.reasons) expect(r.stdout).toContain(reason);
    }
  });

  it('marks "declined to comment" as a non-response', async () => {
    const r = await run(['--text', '-'], {
      input: 'The fishermen’s association declined to comment on the vote.\n',
    });
    expect(r.code).toBe(0);
    const entry = r.stdout.split(/\n\s*\d+\. /)[1] ?? '';
    expect(entry).toMatch(/^non-response · none · no score/);
    expect(entry).toContain('[declined to comment]');
  });

  it('uses colour with --color, and on a terminal unless NO_COLOR is set', async () => {
    const forced = await run(['--color', fixture('harbour.txt')]);
    expect(forced.stdout).toContain(ANSI);
    expect(forced.stdout).not.toContain('[said]');

    // A real terminal through script(1): colour by default, none with NO_COLOR.
    const cmd = `${JSON.stringify(process.execPath)} --import tsx bin/sourcelight.ts ${JSON.stringify(fixture('harbour.txt'))}`;
    const tty = (noColor?: string) =>
      execFileSync('script', ['-qec', cmd, '/dev/null'], {
        cwd: join(FIXTURES, '../../..'),
        env: { ...process.env, NO_COLOR: noColor, TERM: 'xterm' },
        encoding: 'utf8',
      });
    expect(tty('')).toContain(ANSI);
    expect(tty('1')).not.toContain(ANSI);
  });
});

describe('--jsonl and --markdown', () => {
  it('prints one {file, attributions, summary} line per file, in order', async () => {
    const files = [fixture('harbour.txt'), fixture('story.html')];
    const r = await run(['--jsonl', ...files]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]).toEqual({ file: files[0], ...plainOf(analyze(read('harbour.txt'))) });
    expect(lines[1]).toEqual({
      file: files[1],
      ...plainOf(analyze(extractFromHtml(read('story.html')).text)),
    });
  });

  it('writes a Markdown report with the page title, link and bold cues', async () => {
    const r = await run(['--markdown', fixture('story.html')]);
    expect(r.code).toBe(0);
    const a = analyze(extractFromHtml(read('story.html')).text);
    expect(r.stdout.split('\n')[0]).toBe(
      '## Sourcing report: Harbour expansion approved after long night of talks',
    );
    expect(r.stdout).toContain('<https://ledger.example/news/harbour-expansion>');
    expect(r.stdout).toContain(`(${a.summary.band}): ${a.summary.verdict}`);
    expect(r.stdout.match(/^\d+\. \*\*/gm)).toHaveLength(a.attributions.length);
    const nonResponse = a.attributions.find((x) => x.kind === 'non-response');
    expect(nonResponse).toBeDefined();
    expect(r.stdout).toContain('**declined to comment**');
  });
});

describe('filters', () => {
  it('--kind keeps only that kind and leaves the summary whole', async () => {
    const r = await run(['--json', '--kind', 'non-response', fixture('harbour.txt')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const full = plainOf(analyze(read('harbour.txt')));
    const withoutVoice = ({ sourceId: _, ...a }: Attribution) => a;
    expect(out.attributions.map(withoutVoice)).toEqual(
      full.attributions.filter((x) => x.kinds.includes('non-response')).map(withoutVoice),
    );
    expect(out.attributions.length).toBeGreaterThan(0);
    expect(out.summary).toEqual(full.summary);
    // the roster speaks of the attributions shown: its indexes point into them
    for (const s of out.sources as Source[])
      for (const i of s.attributions) expect(out.attributions[i].sourceId).toBe(s.id);
  });

  it('--min-band strong keeps only strong attributions', async () => {
    const r = await run(['--jsonl', '--min-band', 'strong', fixture('harbour.txt')]);
    const out = JSON.parse(r.stdout);
    const full = analyze(read('harbour.txt'));
    expect(out.attributions.map((x: { band: string }) => x.band)).toEqual(
      full.attributions.filter((x) => x.band === 'strong').map((x) => x.band),
    );
  });
});

describe('input', () => {
  it('reads text from stdin with -', async () => {
    const text = read('harbour.txt');
    const r = await run(['--json', '-'], { input: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual(plainOf(analyze(text)).summary);
  });

  it('recognises an HTML page on stdin, and --text forces it to be read as text', async () => {
    const html = read('story.html');
    const asHtml = JSON.parse((await run(['--json', '-'], { input: html })).stdout);
    expect(asHtml).toEqual(
      (({ attributions, summary, sources }) => ({ attributions, summary, sources }))(
        plainOf(analyze(extractFromHtml(html).text)),
      ),
    );
    const asText = JSON.parse((await run(['--json', '--text', '-'], { input: html })).stdout);
    expect(asText).toEqual(plainOf(analyze(html)));
  });

  it('--html forces a .txt file to be parsed as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
    try {
      const file = join(dir, 'page.txt');
      execFileSync('cp', [fixture('story.html'), file]);
      const r = await run(['--json', '--html', file]);
      expect(JSON.parse(r.stdout).summary).toEqual(
        plainOf(analyze(extractFromHtml(read('story.html')).text)).summary,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    const r = await run(['--json', fixture('invalid-utf8.txt')]);
    expect(r.code).toBe(0);
    const text = new TextDecoder().decode(readFileSync(fixture('invalid-utf8.txt')));
    expect(text).toContain('\uFFFD');
    expect(JSON.parse(r.stdout)).toEqual(plainOf(analyze(text)));
  });

  it('still reads text out of malformed HTML', async () => {
    const r = await run(['--jsonl', fixture('malformed.html')]);
    expect(r.code).toBe(0);
    const { text } = extractFromHtml(read('malformed.html'));
    expect(text).toContain('The ministry said on Monday that the border crossing would reopen.');
    expect(text).toContain('A spokesperson declined to comment on the delay');
    expect(text).not.toContain('unterminated');
    const line = JSON.parse(r.stdout);
    expect(line.attributions).toEqual(plainOf(analyze(text)).attributions);
    expect(line.attributions.some((x: { kind: string }) => x.kind === 'non-response')).toBe(true);
  });

  it('warns when an HTML page has no article text, and still answers', async () => {
    const r = await run(['--jsonl', '--html', '-'], {
      input: '<html><body><nav><a>Home</a></nav><footer>About</footer></body></html>',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('sourcelight: stdin: no article text found in the HTML\n');
    expect(JSON.parse(r.stdout)).toEqual({ file: '-', ...plainOf(analyze('')) });
  });

  it('separates the Markdown reports of several files', async () => {
    const r = await run(['--markdown', fixture('harbour.txt'), fixture('malformed.html')]);
    expect(r.code).toBe(0);
    const reports = r.stdout.split('\n---\n\n');
    expect(reports).toHaveLength(2);
    expect(reports[0].split('\n')[0]).toBe(`## Sourcing report: ${fixture('harbour.txt')}`);
    expect(reports[1].split('\n')[0]).toBe(`## Sourcing report: ${fixture('malformed.html')}`);
  });
});

describe('bad files', () => {
  let dir: string;
  let huge: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
    huge = join(dir, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file on one line, analyses the good one and exits 1', async () => {
    const bad = {
      [join(dir, 'missing.txt')]: 'no such file',
      [FIXTURES]: 'is a directory',
      [fixture('binary.bin')]: 'binary file',
      [fixture('empty.txt')]: 'empty file',
      [fixture('blank.txt')]: 'empty file',
      [huge]: 'too large (21.0 MB; the limit is 20 MB)',
    };
    const r = await run(['--jsonl', ...Object.keys(bad), fixture('harbour.txt')]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(Object.keys(bad).length);
    Object.entries(bad).forEach(([file, message], i) => {
      expect(errors[i].startsWith(`sourcelight: ${file}: `)).toBe(true);
      expect(errors[i]).toContain(message);
    });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).file).toBe(fixture('harbour.txt'));
  });

  it('reports empty stdin', async () => {
    const r = await run(['-'], { input: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sourcelight: stdin: empty file\n');
  });
});

describe('usage', () => {
  it.each([
    [[], 'no input: give one or more files, or - for stdin'],
    [['--bogus', 'x.txt'], 'unknown option --bogus'],
    [['--json', '--jsonl', 'x.txt'], 'choose one output format, not --json and --jsonl'],
    [['--text', '--html', 'x.txt'], 'choose --text or --html, not both'],
    [['--kind', 'rumour', 'x.txt'], 'unknown kind "rumour"'],
    [['--min-band', 'none', 'x.txt'], 'unknown band "none"'],
    [['--kind'], 'option --kind needs a value'],
  ])('%j is a usage error', async (args, message) => {
    // main() in-process, as bin/sourcelight.ts calls it: one spawn per case
    // would cost a second each; the spawned exit code 2 is checked above.
    const r = { stdout: '', stderr: '', code: 0 };
    r.code = await main(args as string[], {
      stdin: Readable.from([]),
      stdout: { write: (s: string) => (r.stdout += s) },
      stderr: { write: (s: string) => (r.stderr += s) },
      env: {},
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`sourcelight: ${message}`);
    expect(r.stderr).toMatch(/\(see sourcelight --help\)\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('--help prints the usage and --version the package version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sourcelight \[options\] FILE\.\.\. \| -/);
    for (const flag of [
      '--json',
      '--jsonl',
      '--markdown',
      '--text',
      '--html',
      '--kind',
      '--min-band',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    const pkg = JSON.parse(readFileSync(join(FIXTURES, '../../../package.json'), 'utf8'));
    const version = await run(['--version']);
    expect(version.stdout).toBe(`sourcelight ${pkg.version}\n`);
  });
});

describe('bin/sourcelight.mjs', () => {
  it('runs the same CLI without a build step', async () => {
    const viaLauncher = await run(['--json', '--text', fixture('harbour.txt')], {
      entry: 'bin/sourcelight.mjs',
    });
    expect(viaLauncher.code).toBe(0);
    expect(viaLauncher.stderr).toBe('');
    expect(JSON.parse(viaLauncher.stdout)).toEqual(plainOf(analyze(read('harbour.txt'))));
  });
});
