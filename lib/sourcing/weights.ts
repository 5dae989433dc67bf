// Scoring weights, following the taxonomy's ladder: strong 70–100 (named,
// official, document), moderate 40–69 (second-hand naming its outlet;
// anonymous with a specific description and several sources), weak 0–39.
import type { Kind } from './types.ts';

export type ScoredKind = Exclude<Kind, 'non-response'>;

/** Where each kind starts before raises and cuts. */
export const BASE: Record<ScoredKind, number> = {
  named: 80,
  official: 78,
  document: 78,
  secondhand: 55,
  anonymous: 26,
  vague: 16,
};

/** The range a kind's score is held in, so the band stays true to the kind. */
export const RANGE: Record<ScoredKind, readonly [number, number]> = {
  named: [62, 100],
  official: [62, 100],
  document: [60, 100],
  // down to weak when the outlet itself is unnamed ("local news reports")
  secondhand: [24, 69],
  anonymous: [8, 55],
  vague: [4, 35],
};

/** What raises a score. */
export const RAISE = {
  /** a name with a role or title */
  role: 8,
  /** the sentence quotes the source directly */
  quotation: 6,
  /** "confirmed", "acknowledged", "revealed" */
  confirmation: 5,
  /** an unnamed source described specifically ("Con Edison officials") */
  specific: 8,
  /** several sources counted ("two officials said") */
  several: 12,
  /** the outlet is named ("Reuters reported") */
  outletNamed: 5,
  /** the document's publisher is named */
  publisher: 6,
  /** said on the record through a channel ("in a statement") */
  channel: 3,
  /** the source is linked: a reader can look it up (links.ts) */
  linked: 8,
} as const;

/** What lowers a score. */
export const LOWER = {
  /** a hedging verb: "suggest", "estimate", "believe" */
  hedgeVerb: 10,
  /** a hedging modal next to the cue: "could", "may" */
  modal: 5,
  /** each further hand-off in a chain */
  chainLink: 6,
  /** "he said" with no earlier source to tie it to */
  unresolved: 4,
  /** an outlet nobody names: "according to news reports" */
  unnamedOutlet: 22,
} as const;

/** Band thresholds. */
export const STRONG_AT = 70;
export const MODERATE_AT = 40;
