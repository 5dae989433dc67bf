// The popup's Sources view: who is speaking on the page, one line for the
// whole roster, then each voice with its kind's letter (the badges' own), its
// role where given and how many claims it backs. Choosing one shows its first
// claim on the page. Page text goes in through textContent only.
import type { SourceItem } from '../messages';
import { h } from './dom';
import { t } from './i18n';
import { KIND_LETTER, kindLabel } from './labels';

export interface SourcesUi {
  heading: HTMLElement;
  line: HTMLElement;
  list: HTMLOListElement;
}

const clip = (s: string, max: number) => {
  const x = s.replace(/\s+/g, ' ').trim();
  return x.length > max ? `${x.slice(0, max - 1)}…` : x;
};

export function claimsInWords(n: number): string {
  return n === 1 ? t('popupSourceClaim') : t('popupSourceClaims', n.toLocaleString());
}

export function renderSources(
  ui: SourcesUi,
  items: readonly SourceItem[],
  total: number,
  line: string,
): void {
  ui.heading.textContent = `${t('popupSources')} (${total.toLocaleString()})`;
  ui.line.textContent = line || t('popupSourcesNone');
  const more =
    total > items.length
      ? [
          h('li', {
            class: 'more',
            text: t('popupSourcesMore', (total - items.length).toLocaleString()),
          }),
        ]
      : [];
  ui.list.replaceChildren(
    ...items.map((s) => {
      const name = clip(s.name, 70);
      const role = s.role ? clip(s.role, 60) : '';
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'item voice',
            'data-first': s.first,
            'data-source': s.id,
            'data-kind': s.kind,
          },
          h('span', {
            class: 'chip small',
            'aria-hidden': 'true',
            text: KIND_LETTER[s.kind] ?? '?',
          }),
          h('span', { class: 'visually-hidden', text: `${kindLabel(s.kind)}: ` }),
          h(
            'span',
            { class: 'snippet' },
            h('span', { class: 'name', text: name }),
            ...(role ? [h('span', { class: 'role', text: `, ${role}` })] : []),
          ),
          h('span', { class: 'visually-hidden', text: ', ' }),
          h('span', { class: 'claims', text: claimsInWords(s.claims) }),
        ),
      );
    }),
    ...more,
  );
}
