// Builders for browser tests: attributions located by their phrases in a
// paragraph's text, and ranges over a single text node.
import type { Attribution, Band, Kind } from '../../lib/sourcing/types';

export function rangeIn(node: Node, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

/** An attribution whose cue and source are found in `text` by their wording. */
export function attributionIn(
  text: string,
  opts: {
    cue: string;
    source?: string;
    kind: Kind;
    kinds?: Kind[];
    score: number | null;
    band: Band;
    reasons?: string[];
  },
): Attribution {
  const cueStart = text.indexOf(opts.cue);
  if (cueStart < 0) throw new Error(`cue "${opts.cue}" not in text`);
  const sourceStart = opts.source ? text.indexOf(opts.source) : -1;
  if (opts.source && sourceStart < 0) throw new Error(`source "${opts.source}" not in text`);
  const cue = { start: cueStart, end: cueStart + opts.cue.length, text: opts.cue };
  const source =
    opts.source && sourceStart >= 0
      ? { start: sourceStart, end: sourceStart + opts.source.length, text: opts.source }
      : null;
  const start = Math.min(cue.start, source?.start ?? cue.start);
  const end = Math.max(cue.end, source?.end ?? cue.end);
  return {
    kind: opts.kind,
    kinds: opts.kinds ?? [opts.kind],
    score: opts.score,
    band: opts.band,
    start,
    end,
    cue,
    source,
    sentence: { start: 0, end: text.length },
    reasons: opts.reasons ?? ['test reason'],
  };
}
