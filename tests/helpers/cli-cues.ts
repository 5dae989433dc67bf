// The CLI's cues on an article, in order: what the extension must show on the
// same page (tests/e2e/learned-model, tests/firefox/learned).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Runs bin/sourcelight.ts --json with `args` on `file` (from the project root). */
export function cliCues(file: string, ...args: string[]): string[] {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bin/sourcelight.ts', '--json', ...args, file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { attributions: { cue: { text: string } }[] };
  return out.attributions.map((a) => a.cue.text);
}
