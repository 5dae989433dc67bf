// How kinds and bands look in the popup, the options page and the toolbar.
// Colour is never the only cue: every kind and band also has a letter.
// Letters and names follow the overlay's (lib/page/labels.ts) so the popup and
// the badges on the page speak alike.
import { KINDS, type Band, type Kind } from '../sourcing/types';
import { t } from './i18n';

export const KIND_LETTER: Record<Kind, string> = {
  named: 'N',
  official: 'O',
  document: 'D',
  secondhand: 'S',
  anonymous: 'A',
  vague: 'V',
  'non-response': '—',
};

export const BAND_LETTER: Record<Band, string> = {
  strong: 'S',
  moderate: 'M',
  weak: 'W',
  none: '–',
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
