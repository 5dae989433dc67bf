// Where the benchmarks find real articles: ../shared/corpus beside the project.
// It may be absent (a fresh clone); callers then say so and skip.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const NEWS = resolve(ROOT, '..', 'shared', 'corpus', 'news');

export interface CorpusPage {
  name: string;
  dir: string;
  articleBytes: number;
  sourceBytes: number;
}

export function corpusPages(): CorpusPage[] {
  if (!existsSync(NEWS)) return [];
  return readdirSync(NEWS)
    .map((name) => ({ name, dir: join(NEWS, name) }))
    .filter(({ dir }) => statSync(dir).isDirectory())
    .map(({ name, dir }) => ({
      name,
      dir,
      articleBytes: sizeOf(join(dir, 'article.txt')),
      sourceBytes: sizeOf(join(dir, 'source.html')),
    }));
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

export function readArticle(page: CorpusPage): string {
  return readFileSync(join(page.dir, 'article.txt'), 'utf8');
}

/** The page with the longest article (the timed and the counted analyze benchmarks use the same). */
export function longestPage(pages: CorpusPage[]): CorpusPage {
  return pages.reduce((a, b) => (b.articleBytes > a.articleBytes ? b : a));
}

/** Every article joined by blank lines, repeated until `bytes` long, cut at a paragraph. */
export function concatenated(pages: CorpusPage[], bytes: number): string {
  const all = pages
    .filter((p) => p.articleBytes > 0)
    .map(readArticle)
    .join('\n\n');
  if (all.length === 0) return '';
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    parts.push(all);
    length += all.length + 2;
  }
  const text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n\n', bytes);
  return cut > bytes / 2 ? text.slice(0, cut) : text.slice(0, bytes);
}
