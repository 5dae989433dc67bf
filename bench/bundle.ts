// What a page that is switched on loads, as shipped (WXT minifies production
// builds) and gzipped: the content script (the loader, on every page), the
// painter it imports (page-main.js, with the analyser for when the
// background does not answer) and the learned tagger's weights (read once by
// the background, which analyses every tab's text). The budget (issue 21):
// all three within 250 KB gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus';
import { fmtBytes, printTable } from './stats';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  skipped?: string;
  /** The loader, kept apart: it is the only file on every page. */
  file?: string;
  bytes?: number;
  gzipBytes?: number;
  files?: BundleFile[];
  totalGzipBytes?: number;
  goals?: { switchedOnAtMost250kB: boolean };
}

const OUT = join(ROOT, '.output', 'chrome-mv3');
export const CONTENT_BUNDLE = join(OUT, 'content-scripts', 'content.js');
const SHIPPED = ['content-scripts/content.js', 'page-main.js', 'tagger.bin'];
export const SWITCHED_ON_BUDGET = 250 * 1024;

export function benchBundle(): BundleResult {
  const missing = SHIPPED.find((f) => !existsSync(join(OUT, f)));
  if (missing) {
    const skipped = `no .output/chrome-mv3/${missing}: run "npm run build" first`;
    console.log(skipped);
    return { skipped };
  }
  const files = SHIPPED.map((f) => {
    const code = readFileSync(join(OUT, f));
    return {
      file: `.output/chrome-mv3/${f}`,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
    };
  });
  const total = files.reduce((n, f) => n + f.gzipBytes, 0);
  const loader = files[0];
  printTable(
    'What a page loads: the loader everywhere; the painter where it is on, the weights in the background',
    ['file', 'minified', 'gzip -9'],
    [
      ...files.map((f) => [f.file, fmtBytes(f.bytes), fmtBytes(f.gzipBytes)]),
      [
        'switched on, in all',
        '',
        `${fmtBytes(total)} (≤ ${fmtBytes(SWITCHED_ON_BUDGET)}: ${total <= SWITCHED_ON_BUDGET ? 'met' : 'not met'})`,
      ],
    ],
  );
  return {
    file: loader.file,
    bytes: loader.bytes,
    gzipBytes: loader.gzipBytes,
    files,
    totalGzipBytes: total,
    goals: { switchedOnAtMost250kB: total <= SWITCHED_ON_BUDGET },
  };
}
