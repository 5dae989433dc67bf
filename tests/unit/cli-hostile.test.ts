// The CLI under fire: malformed HTML, binary files, invalid UTF-8, a 50 MB
// file, unreadable paths. Each bad input gets one line on stderr naming it,
// the good inputs beside it are still analysed, and the exit code says so.
//
// Unreadable files: the tests run as root in CI, and root reads a chmod 000
// file anyway, so "unreadable" is made with things that fail for root too: a
// directory, a dangling symlink, a path through a regular file (ENOTDIR), and
// /proc/self/mem (read(2) at offset 0 fails with EIO). chmod 000 is tested too
// when the run is not root.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from './cli/run-cli.ts';

/** The real CLI, spawned, without colour. */
const cli = (args: string[], input?: Buffer | string) =>
  run(args, { input, env: { NO_COLOR: '1' } });

interface JsonLine {
  file: string;
  attributions: { kind: string; cue: { text: string }; source: { text: string } | null }[];
  summary: { total: number };
}

function jsonLines(stdout: string): JsonLine[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as JsonLine);
}

/** stderr lines that name `file`. */
function linesNaming(stderr: string, file: string): string[] {
  return stderr.split('\n').filter((l) => l.includes(file));
}

// Written here, not taken from the corpus.
const GOOD_TEXT =
  'The ferry to Corran will run twice a day from March, said Helen Marsh, the harbour master.\n\n' +
  'The port authority confirmed in a statement that the pier would be rebuilt.\n';

let dir: string;
let good1: string;
let good2: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-hostile-'));
  good1 = join(dir, 'good-one.txt');
  good2 = join(dir, 'good-two.txt');
  writeFileSync(good1, GOOD_TEXT);
  writeFileSync(good2, GOOD_TEXT.replace('Helen Marsh', 'Kenji Watanabe'));
});

afterAll(() => {
  if (!dir) return;
  try {
    chmodSync(join(dir, 'locked.txt'), 0o644);
  } catch {
    // not created (root run)
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('malformed HTML', () => {
  test('unclosed and misnested tags, stray end tags and an unterminated comment still yield the article', async () => {
    const file = join(dir, 'broken.html');
    writeFileSync(
      file,
      [
        '<html><head><title>Pier rebuilt</title><meta charset=utf-8>',
        '<script>var s = "according to SCRIPTSOURCE officials"; </p></div>',
        '</script></head><body><div><article><h1>Pier rebuilt</h2>',
        '<p>The pier at Corran will be rebuilt by June, said Helen Marsh, the harbour master.',
        '<p>Repairs <b>begin <i>on Monday</b> after</i> a storm</span></div></td>',
        '<table><p>The port authority confirmed in a statement that the work was funded.</table>',
        '<p attr=unquoted other="never closed>text',
        '<!-- a comment that never ends',
      ].join('\n'),
    );
    const r = await cli(['--jsonl', file]);
    expect(r.stderr).not.toMatch(/internal error|TypeError|RangeError|at .*\.ts:\d+/);
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    expect(line.file).toBe(file);
    expect(line.attributions.length).toBeGreaterThan(0);
    const said = line.attributions.find((a) => /said/i.test(a.cue.text));
    expect(said, 'the "said Helen Marsh" attribution is found').toBeDefined();
    for (const a of line.attributions) {
      const text = `${a.cue.text} ${a.source?.text ?? ''}`;
      // Script text is never analysed, and tags never leak into the text.
      expect(text).not.toContain('SCRIPTSOURCE');
      expect(text).not.toMatch(/<\/?[a-z]/i);
    }
  });

  test('5,000 nested elements (deeper than any real page) do not overflow the stack', async () => {
    const file = join(dir, 'deep.html');
    const depth = 5000;
    writeFileSync(
      file,
      '<!doctype html><html><body><article>' +
        '<div>'.repeat(depth) +
        '<p>The bridge will reopen on Friday, said Daniel Okafor, the engineer in charge of the repairs.</p>' +
        '</div>'.repeat(depth) +
        '</article></body></html>',
    );
    const r = await cli(['--jsonl', file, good1]);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([file, good1]);
    expect(lines[0].attributions.length).toBeGreaterThan(0);
  });
});

describe('binary and badly encoded input', () => {
  test('a binary file gets one line naming it; the files around it are analysed', async () => {
    const bin = join(dir, 'photo.png');
    const bytes = Buffer.alloc(4096);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(bin, bytes);
    const r = await cli(['--jsonl', good1, bin, good2]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([good1, good2]);
    for (const l of lines) expect(l.summary.total).toBeGreaterThan(0);
    const named = linesNaming(r.stderr, bin);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/binary/i);
  });

  test('invalid UTF-8 (lone, truncated and overlong sequences) is analysed, not rejected', async () => {
    const file = join(dir, 'mojibake.txt');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xc3]), // truncated two-byte sequence
        Buffer.from(' owners in Millbrook lost '),
        Buffer.from([0xff, 0xfe, 0x80]), // bytes that never start a character
        Buffer.from(' customers, said Priya Natarajan, who runs the bakery '),
        Buffer.from([0xc0, 0xaf]), // overlong "/"
        Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate
        Buffer.from('.\n\nThe council declined to comment.\n'),
      ]),
    );
    const r = await cli(['--jsonl', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    expect(line.file).toBe(file);
    expect(line.attributions.length).toBeGreaterThanOrEqual(2);
    expect(line.attributions.map((a) => a.kind)).toContain('non-response');
  });

  test('the same invalid bytes through --json and the readable report', async () => {
    const file = join(dir, 'mojibake2.txt');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Fares will rise by '),
        Buffer.from([0xe2, 0x82]), // truncated euro sign
        Buffer.from('3, the Ministry of Transport said in a statement.\n'),
      ]),
    );
    const json = await cli(['--json', file]);
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    const report = await cli([file]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Ministry of Transport');
  }, 30_000);
});

describe('huge input', () => {
  test('a 50 MB file gets one line saying it is too large; the others are analysed', async () => {
    const big = join(dir, 'huge.txt');
    const fd = openSync(big, 'w');
    const chunk = Buffer.from(GOOD_TEXT.repeat(Math.ceil((1 << 20) / GOOD_TEXT.length)));
    let written = 0;
    while (written < 50 * 1024 * 1024) written += writeSync(fd, chunk);
    closeSync(fd);
    const r = await cli(['--jsonl', good1, big, good2]);
    rmSync(big);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good1, good2]);
    const named = linesNaming(r.stderr, big);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/too large/i);
    expect(named[0]).toMatch(/50(\.\d)? MB/);
  }, 30_000);

  test('50 MB on stdin is refused with one line', async () => {
    const input = Buffer.alloc(50 * 1024 * 1024, 'a');
    const r = await cli(['--jsonl', '-'], input);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/stdin/);
    expect(lines[0]).toMatch(/too large/i);
    expect(r.stdout).toBe('');
  });
});

describe('unreadable and missing files', () => {
  test('a directory, a dangling symlink, a path through a file and a missing file: one line each, good files still analysed', async () => {
    const sub = join(dir, 'a-directory.txt');
    mkdirSync(sub);
    const dangling = join(dir, 'dangling.txt');
    symlinkSync(join(dir, 'nowhere', 'gone.txt'), dangling);
    const throughFile = join(good1, 'child.txt');
    const missing = join(dir, 'missing.txt');
    const bad = [sub, dangling, throughFile, missing];
    const r = await cli(['--jsonl', good1, ...bad, good2]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good1, good2]);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(bad.length);
    for (const file of bad) {
      const named = linesNaming(r.stderr, file).filter((l) => !l.includes(`${file}/`));
      expect(named, `one line for ${file}`).toHaveLength(1);
    }
    expect(linesNaming(r.stderr, sub)[0]).toMatch(/directory/i);
    expect(linesNaming(r.stderr, dangling)[0]).toMatch(/no such file/i);
    expect(linesNaming(r.stderr, missing)[0]).toMatch(/no such file/i);
  });

  test('a file whose read fails with an I/O error (/proc/self/mem, unreadable even for root)', async () => {
    const mem = '/proc/self/mem';
    if (!existsSync(mem)) {
      console.log('notice: /proc/self/mem is absent on this system; I/O-error case skipped');
      return;
    }
    const r = await cli(['--jsonl', mem, good1]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good1]);
    const named = linesNaming(r.stderr, mem);
    expect(named).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  test('chmod 000 (only meaningful when not root: root reads it anyway)', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, GOOD_TEXT);
    chmodSync(locked, 0o000);
    const r = await cli(['--jsonl', locked, good1]);
    if (process.getuid?.() === 0) {
      // Root: the file is readable, so it is simply analysed.
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([locked, good1]);
      return;
    }
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good1]);
    const named = linesNaming(r.stderr, locked);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/permission denied/i);
  });

  test('usage errors exit 2 and analyse nothing', async () => {
    const r = await cli(['--no-such-flag', good1]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
