// Words and symbols the overlay shows for kinds and bands: the badge's short
// label, the tooltip's plain words and the accessible name a screen reader
// announces. One table per concept so the popup's wording can follow it.
import type { Attribution, Band, Kind } from '../sourcing/types';

export interface KindLabel {
  /** One letter on the badge (never colour alone). */
  letter: string;
  /** Plain words for the tooltip and the accessible name. */
  name: string;
  /** One sentence saying what this kind means for the reader. */
  explain: string;
}

export const KIND_LABELS: Record<Kind, KindLabel> = {
  named: {
    letter: 'N',
    name: 'Named source',
    explain: 'A named person speaking on the record.',
  },
  official: {
    letter: 'O',
    name: 'Official source',
    explain: 'A named institution or its spokesperson, on the record.',
  },
  document: {
    letter: 'D',
    name: 'Document',
    explain: 'A report, filing, study or dataset that can be looked up.',
  },
  secondhand: {
    letter: 'S',
    name: 'Second-hand report',
    explain: "Another outlet's reporting, not the article's own.",
  },
  anonymous: {
    letter: 'A',
    name: 'Anonymous source',
    explain: 'Unnamed people; the reader cannot check who they are.',
  },
  vague: {
    letter: 'V',
    name: 'Vague attribution',
    explain: 'A hedge that names nobody identifiable.',
  },
  'non-response': {
    letter: '—',
    name: 'No response',
    explain: 'A source that would not or could not say; neither supports nor refutes the claim.',
  },
};

export interface BandLabel {
  name: string;
  /** The underline style of its highlight: a pattern, so colour is not the only cue. */
  underline: 'solid' | 'dashed' | 'dotted' | 'wavy';
}

export const BAND_LABELS: Record<Band, BandLabel> = {
  strong: { name: 'strong', underline: 'solid' },
  moderate: { name: 'moderate', underline: 'dashed' },
  weak: { name: 'weak', underline: 'dotted' },
  none: { name: 'no score', underline: 'wavy' },
};

/** The badge's visible text: "N 86", "A 22", or "—" for a non-response. */
export function badgeText(a: Pick<Attribution, 'kind' | 'score'>): string {
  const letter = KIND_LABELS[a.kind]?.letter ?? '?';
  if (a.kind === 'non-response' || a.score === null) return letter === '—' ? '—' : letter;
  return `${letter} ${Math.round(a.score)}`;
}

/** "weak, 22 of 100" or "no score". */
export function strengthText(a: Pick<Attribution, 'band' | 'score'>): string {
  const band = BAND_LABELS[a.band]?.name ?? a.band;
  return a.score === null ? band : `${band}, ${Math.round(a.score)} of 100`;
}

/** Collapses whitespace and trims: page text can hold newlines and runs of spaces. */
export function tidy(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Who is speaking, as the reader sees it: the source, else the cue phrase. */
export function sourceText(a: Pick<Attribution, 'cue' | 'source'>): string {
  return tidy(a.source?.text || a.cue.text || '');
}

/**
 * What a screen reader announces on the badge:
 * "Anonymous source, weak, 22 of 100: sources familiar with the matter".
 */
export function accessibleName(a: Attribution): string {
  const kind = KIND_LABELS[a.kind]?.name ?? a.kind;
  const who = sourceText(a);
  return `${kind}, ${strengthText(a)}${who ? `: ${who}` : ''}`;
}
