// Headings and captions hold no claim (the taxonomy: a headline or caption
// alone is not an attribution). The extension drops them block by block
// (incremental.ts); this is the same rule for a caller that analyses the
// whole text at once, such as the command line on an HTML file.
import type { Analysis, Attribution, Summary } from '../sourcing/types';
import type { TextMap } from './text-map';
import { keepSources } from '../sourcing/voices';

/** [start, end) of every heading or caption block, in text order. */
export function nonClaimSpans(map: TextMap): [number, number][] {
  return map.blocks.filter((b) => b.nonClaim).map((b) => [b.start, b.end]);
}

/** True when `offset` lies in one of the sorted `spans`. */
function inSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (offset < spans[mid][0]) hi = mid - 1;
    else if (offset >= spans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * `analysis` without the attributions whose sentence starts in a heading or
 * caption, its summary recomputed over the rest (unchanged when none is dropped).
 */
export function withoutNonClaims(
  analysis: Analysis,
  spans: readonly [number, number][],
  summarize: (attributions: Attribution[]) => Summary,
): Analysis {
  if (!spans.length) return analysis;
  const kept = analysis.attributions.filter((a) => !inSpans(spans, a.sentence.start));
  if (kept.length === analysis.attributions.length) return analysis;
  const result: Analysis = { attributions: kept, summary: summarize(kept) };
  if (analysis.sources) result.sources = keepSources(analysis.sources, analysis.attributions, kept);
  return result;
}
