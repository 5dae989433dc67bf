// How kinds and bands look in the popup, the options page and the toolbar.
// Colour is never the only cue: every kind has a letter (the badges' own, from
// lib/page/labels.ts) and every band a symbol that is no kind's letter, so one
// letter means one thing across the popup and the badges: "S" is second-hand,
// never strong.
import { KIND_LABELS } from '../page/labels';
import { KINDS, type Band, type Kind } from '../sourcing/types';
import { t } from './i18n';

export const KIND_LETTER = Object.fromEntries(
  KINDS.map((k) => [k, KIND_LABELS[k].letter]),
) as Record<Kind, string>;

/** Full, half, empty: how much the claims of a band stand on. "—" goes with "No response". */
export const BAND_SYMBOL: Record<Band, string> = {
  strong: '●',
  moderate: '◐',
  weak: '○',
  none: '—',
};

/**
 * Band colours, chosen so white text on them passes WCAG AA (4.5:1) for the
 * toolbar badge and the popup's score.
 */
export const BAND_COLOR: Record<Band, string> = {
  strong: '#1a7f37',
  moderate: '#9a6700',
  weak: '#c4232f',
  none: '#5c6670',
};

export function kindLabel(kind: Kind): string {
  return t(`kind_${kind.replace('-', '_')}`);
}

export function bandLabel(band: Band): string {
  return t(`band_${band}`);
}

export { KINDS };
