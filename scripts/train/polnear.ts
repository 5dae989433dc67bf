// Reads a PolNeAR split (Newell, Margolin & Ruths, LREC 2018): each article's
// text and the Cue and Source spans of every annotation of it (brat standoff,
// see ../shared/corpus/polnear/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Span = [number, number];

export interface Annotation {
  /** Each span as its fragments (a brat span may be discontinuous). */
  cues: Span[][];
  sources: Span[][];
}

export interface Article {
  name: string;
  text: string;
  /** One per annotator file (an article may have been annotated twice). */
  annotations: Annotation[];
}

export function parseAnn(ann: string): Annotation {
  const cues: Span[][] = [];
  const sources: Span[][] = [];
  for (const line of ann.split('\n')) {
    const m = /^T\d+\t(Cue|Source) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const frags = m[2].split(';').map((f) => f.trim().split(' ').map(Number) as Span);
    if (frags.some(([s, e]) => !(e > s))) continue;
    (m[1] === 'Cue' ? cues : sources).push(frags);
  }
  return { cues, sources };
}

/** Every article of the split, in name order. */
export function readSplit(root: string, limit = Infinity): Article[] {
  if (!existsSync(join(root, 'text')))
    throw new Error(`no PolNeAR split at ${root} (expected text/ and ann/)`);
  const texts = readdirSync(join(root, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  const anns = readdirSync(join(root, 'ann')).sort();
  return texts.map((t) => {
    const stem = t.replace(/\.txt$/, '');
    return {
      name: stem,
      text: readFileSync(join(root, 'text', t), 'utf8'),
      annotations: anns
        .filter((a) => a.startsWith(stem + '_') && a.endsWith('.ann'))
        .map((a) => parseAnn(readFileSync(join(root, 'ann', a), 'utf8'))),
    };
  });
}
