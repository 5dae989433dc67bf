// Pieces every report format shares: filtering, counts in words, the
// sentence of an attribution with its cue picked out.

import {
  KINDS,
  type Analysis,
  type Attribution,
  type Band,
  type Kind,
  type Summary,
} from '../sourcing/types.ts';

export interface ReportFilter {
  /** Keep only these kinds (an attribution matches when any of its links is one). */
  kinds?: readonly Kind[];
  /** Keep only scored attributions at this band or stronger. */
  minBand?: Exclude<Band, 'none'>;
}

const BAND_RANK: Record<Band, number> = { strong: 3, moderate: 2, weak: 1, none: 0 };

export function filterAttributions(
  list: readonly Attribution[],
  filter: ReportFilter = {},
): Attribution[] {
  return list.filter((a) => {
    if (filter.kinds?.length) {
      const links = a.kinds?.length ? a.kinds : [a.kind];
      if (!links.some((k) => filter.kinds!.includes(k))) return false;
    }
    if (filter.minBand && BAND_RANK[a.band] < BAND_RANK[filter.minBand]) return false;
    return true;
  });
}

/** "named 4, official 2, non-response 1" in the taxonomy's order. */
export function countsInWords(summary: Summary): string {
  return KINDS.filter((k) => (summary.counts?.[k] ?? 0) > 0)
    .map((k) => `${k} ${summary.counts[k]}`)
    .join(', ');
}

export function scoreInWords(score: number | null): string {
  return score === null ? 'no score' : `${Math.round(score)}/100`;
}

/** The kind, with every link of a chain: "anonymous (secondhand + anonymous)". */
export function kindInWords(a: Attribution): string {
  const links = a.kinds ?? [];
  return links.length > 1 ? `${a.kind} (${links.join(' + ')})` : a.kind;
}

export interface SentenceParts {
  before: string;
  cue: string;
  after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The attribution's sentence split around its cue, whitespace squashed to
 * single spaces. A cue outside the sentence (or offsets out of range) leaves
 * the whole sentence in `before`.
 */
export function sentenceParts(text: string, a: Attribution): SentenceParts {
  const len = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(len, Number.isFinite(n) ? n : 0));
  let start = clamp(a.sentence?.start ?? a.start);
  let end = clamp(a.sentence?.end ?? a.end);
  if (end < start) [start, end] = [end, start];
  const cs = clamp(a.cue?.start ?? a.start);
  const ce = clamp(a.cue?.end ?? a.end);
  let parts: SentenceParts;
  if (cs >= start && ce <= end && ce > cs) {
    parts = { before: text.slice(start, cs), cue: text.slice(cs, ce), after: text.slice(ce, end) };
  } else {
    parts = { before: text.slice(start, end), cue: '', after: '' };
  }
  return {
    before: squash(parts.before).trimStart(),
    cue: squash(parts.cue),
    after: squash(parts.after).trimEnd(),
  };
}

export type { Analysis, Attribution, Summary };

/** How the roster's kinds read in a sentence ("2 institutions"). */
const VOICE_WORDS: Record<Kind, [one: string, many: string]> = {
  named: ['named person', 'named people'],
  official: ['institution', 'institutions'],
  document: ['document', 'documents'],
  secondhand: ['other outlet', 'other outlets'],
  anonymous: ['unnamed source', 'unnamed sources'],
  vague: ['vague source', 'vague sources'],
  'non-response': ['non-response', 'non-responses'],
};

/** "9 sources: 5 named people, 2 institutions, 1 document, 1 unnamed source;
 * 40% of the claims rest on one voice" — or '' when no attribution names one. */
export function sourcesInWords(analysis: Analysis): string {
  const sources = analysis.sources ?? [];
  if (!sources.length) return '';
  const byKind = KINDS.map((k) => [k, sources.filter((s) => s.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${VOICE_WORDS[k][n === 1 ? 0 : 1]}`);
  const claims = analysis.attributions.length;
  const most = Math.max(...sources.map((s) => s.attributions.length));
  const share = claims ? Math.round((100 * most) / claims) : 0;
  const n = sources.length;
  const head = `${n} source${n === 1 ? '' : 's'}: ${byKind.join(', ')}`;
  return n > 1 && share >= 25 ? `${head}; ${share}% of the claims rest on one voice` : head;
}
