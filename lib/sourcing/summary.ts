// The page-level summary: counts per kind and band, one score and a verdict.
import { BANDS, KINDS, type Attribution, type Band, type Kind, type Summary } from './types.ts';
import { bandOf } from './score.ts';

/** Shares of scored attributions from which the verdict leans one way (on-record: at least; unnamed: more than). */
const MOSTLY = 0.7;
const LEANS = 0.5;

export function summarize(attributions: readonly Attribution[]): Summary {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  let sum = 0;
  let scored = 0;
  let onRecord = 0;
  let unnamed = 0;
  let linked = 0;
  for (const a of attributions) {
    if (a.link) linked++;
    counts[a.kind]++;
    bands[a.band]++;
    if (a.score !== null) {
      sum += a.score;
      scored++;
      if (a.kind === 'named' || a.kind === 'official' || a.kind === 'document') onRecord++;
      else unnamed++;
    }
  }
  const score = scored ? Math.round(sum / scored) : null;
  return {
    total: attributions.length,
    counts,
    bands,
    score,
    band: bandOf(score),
    verdict: verdict(attributions.length, scored, onRecord, unnamed),
    // only when some do: a text without links summarises as before
    ...(linked ? { linked } : {}),
  };
}

function verdict(total: number, scored: number, onRecord: number, unnamed: number): string {
  if (total === 0) return 'No attributions found';
  if (scored === 0) return 'Only non-responses: the sources did not comment';
  if (onRecord / scored >= MOSTLY) return 'Mostly on-record sourcing';
  if (unnamed / scored > LEANS) return 'Leans on anonymous and second-hand sources';
  return 'Mixed sourcing: on-record and unnamed sources';
}
