// The popup's one line on linked sources: how many of the page's claims link
// to their source (lib/sourcing/links.ts), under the counts per kind.
import type { Summary } from '../sourcing/types';
import { t } from './i18n';

const ID = 'linked-count';

/** Shows (or updates) the line right after `after`. */
export function showLinked(after: Element, summary: Pick<Summary, 'linked'>): void {
  const n = summary.linked ?? 0;
  let line = after.ownerDocument.getElementById(ID);
  if (!line) {
    line = after.ownerDocument.createElement('p');
    line.id = ID;
    line.className = 'linked-count';
    after.after(line);
  }
  line.textContent =
    n === 0 ? t('popupLinkedNone') : n === 1 ? t('popupLinkedOne') : t('popupLinked', n);
}
