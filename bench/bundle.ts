// Content-script bundle size as shipped (WXT minifies production builds) and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus';
import { fmtBytes, printTable } from './stats';

export interface BundleResult {
  skipped?: string;
  file?: string;
  bytes?: number;
  gzipBytes?: number;
}

export const CONTENT_BUNDLE = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');

export function benchBundle(): BundleResult {
  if (!existsSync(CONTENT_BUNDLE)) {
    const skipped = `no ${CONTENT_BUNDLE}: run "npm run build" first`;
    console.log(skipped);
    return { skipped };
  }
  const code = readFileSync(CONTENT_BUNDLE);
  const gz = gzipSync(code, { level: 9 });
  const result = {
    file: '.output/chrome-mv3/content-scripts/content.js',
    bytes: code.length,
    gzipBytes: gz.length,
  };
  printTable(
    'Content-script bundle',
    ['file', 'minified', 'gzip -9'],
    [[result.file, fmtBytes(result.bytes), fmtBytes(result.gzipBytes)]],
  );
  return result;
}
