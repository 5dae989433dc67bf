// The popup: one tab's state from its content script, the switch, the site
// rule, the page summary and the list of attributions. Everything page-derived
// goes in through textContent.
import { browser } from 'wxt/browser';
import type { AttributionItem, PageState } from '../messages';
import { BANDS, KINDS, type Band, type Summary } from '../sourcing/types';
import {
  forgetPageChoice,
  getSiteRule,
  hostOf,
  rememberPageChoice,
  setSiteRule,
  decideEnabled,
  type SiteRule,
} from '../settings';
import { $, announce, h } from './dom';
import { localize, t } from './i18n';
import { BAND_SYMBOL, KIND_LETTER, bandLabel, kindLabel } from './labels';
import { resolveTab, sendToTab, type TargetTab } from './tab';
import { showLinked } from './linked-line';
import { renderSources } from './sources-view';
import { copyReport } from './copy-report';
import { viewTabs } from './view-tabs';

const POLL_MS = 300;
const POLL_MAX = 60; // ~18 s of "Analysing…" before giving up on updates

export interface PopupOptions {
  /** Close the popup after moving focus to the page (not when opened as a tab). */
  closeOnFocus: boolean;
}

export async function startPopup(opts: PopupOptions): Promise<void> {
  localize(document);
  document.title = t('extName');
  const ui = elements();
  ui.openOptions.addEventListener('click', () => void browser.runtime.openOptionsPage());

  const tab = await resolveTab().catch(() => null);
  if (!tab) return showCannot(ui, null);

  let state: PageState | null = null;
  let polls = 0;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  const apply = (next: PageState) => {
    state = next;
    render(ui, next);
    clearTimeout(pollTimer);
    if (next.status === 'analysing' && polls++ < POLL_MAX) {
      pollTimer = setTimeout(() => void refresh(), POLL_MS);
    }
  };
  const refresh = async () => {
    try {
      apply(await sendToTab(tab.id, { type: 'sourcelight:get-state' }));
    } catch {
      showCannot(ui, tab);
    }
  };
  const setEnabled = async (enabled: boolean) => {
    if (!state) return;
    try {
      polls = 0;
      const next = await sendToTab(tab.id, { type: 'sourcelight:set-enabled', enabled });
      await rememberPageChoice(next?.url || state.url, enabled);
      apply(next ?? { ...state, enabled });
    } catch (e) {
      announce(ui.status, t('popupError', errorText(e)), 0);
    }
  };

  ui.switch.addEventListener('click', () => void setEnabled(!state?.enabled));
  ui.analyseAnyway.addEventListener('click', () => void setEnabled(true));

  ui.siteRule.addEventListener('change', async () => {
    if (!state) return;
    const rule = (ui.siteRule.value || null) as SiteRule | null;
    const host = await setSiteRule(state.url, rule);
    if (!host) return;
    // The rule is for this page too: drop this page's own choice so the rule
    // decides, and switch the page to what the rule (or the settings) say.
    await forgetPageChoice(state.url);
    const enabled = await decideEnabled(state.url, state.isArticle);
    if (enabled !== state.enabled) {
      try {
        polls = 0;
        apply(await sendToTab(tab.id, { type: 'sourcelight:set-enabled', enabled }));
      } catch {
        // The page went away; the rule is saved all the same.
      }
      await forgetPageChoice(state.url); // in case the page remembered the switch
    }
    announce(ui.status, t('popupSiteSaved', host));
  });

  viewTabs(ui.views);
  // A claim, or a voice's first claim: shown and focused on the page.
  const focusOnPage = async (index: number) => {
    const ok = await sendToTab(tab.id, { type: 'sourcelight:focus', index }).then(
      (r) => r === true,
      () => false,
    );
    if (!ok) announce(ui.status, t('popupFocusFailed'));
    else if (opts.closeOnFocus) window.close();
  };
  ui.items.addEventListener('click', (ev) => {
    const button = (ev.target as Element).closest<HTMLButtonElement>('button[data-index]');
    if (button) void focusOnPage(Number(button.dataset.index));
  });
  ui.sources.addEventListener('click', (ev) => {
    const button = (ev.target as Element).closest<HTMLButtonElement>('button[data-first]');
    if (button) void focusOnPage(Number(button.dataset.first));
  });

  ui.copy.addEventListener('click', async () => {
    if (state?.status !== 'ready') return;
    try {
      // Made by the page on demand: a state reply never carries it.
      const markdown = await sendToTab(tab.id, { type: 'sourcelight:get-report' });
      if (typeof markdown !== 'string' || !markdown) throw new Error('the page made no report');
      // which types went on the clipboard (the tests read it: a browser may lack rich writes)
      ui.copy.dataset.copied = await copyReport(markdown);
      announce(ui.status, t('popupCopied'));
    } catch (e) {
      announce(ui.status, t('popupCopyFailed', errorText(e)), 0);
    }
  });

  await refresh();
  if (state) {
    const rule = await getSiteRule((state as PageState).url);
    ui.siteRule.value = rule ?? '';
  }
}

type Ui = ReturnType<typeof elements>;

function elements() {
  return {
    openOptions: $<HTMLButtonElement>('#open-options'),
    pageTitle: $('#page-title'),
    cannot: $('#cannot'),
    cannotWhy: $('#cannot-why'),
    reload: $<HTMLButtonElement>('#reload'),
    controls: $('#controls'),
    switch: $<HTMLButtonElement>('#switch'),
    switchText: $('#switch .switch-text'),
    siteRule: $<HTMLSelectElement>('#site-rule'),
    siteHost: $('#site-host'),
    siteNone: $('#site-none'),
    message: $('#message'),
    messageText: $('#message-text'),
    analyseAnyway: $<HTMLButtonElement>('#analyse-anyway'),
    summary: $('#summary'),
    scoreChip: $('#score-chip'),
    scoreHeading: $('#score-heading'),
    bandBar: $('#band-bar'),
    bandLegend: $('#band-legend'),
    kindCounts: $('#kind-counts'),
    listSection: $('#list-section'),
    listHeading: $('#list-heading'),
    items: $<HTMLOListElement>('#items'),
    views: $('#views'),
    sourcesHeading: $('#sources-heading'),
    sourcesLine: $('#sources-line'),
    sources: $<HTMLOListElement>('#sources'),
    copy: $<HTMLButtonElement>('#copy'),
    status: $('#status'),
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The tab has no content script to answer: a browser page, or opened before install. */
export function showCannot(ui: Ui, tab: TargetTab | null): void {
  document.body.dataset.state = 'cannot';
  ui.controls.hidden = true;
  ui.message.hidden = true;
  ui.summary.hidden = true;
  ui.listSection.hidden = true;
  ui.copy.disabled = true;
  ui.cannot.hidden = false;
  // Without the "tabs" permission a web page's URL is hidden from us, so a
  // tab with no URL may be a web page opened before install: offer a reload.
  const reloadable = !!tab && (!tab.url || /^https?:/i.test(tab.url));
  ui.cannotWhy.textContent = t('popupCannotReadWhy');
  ui.reload.hidden = !reloadable;
  if (reloadable && tab) {
    ui.reload.onclick = () => {
      void browser.tabs.reload(tab.id);
      window.close();
    };
  }
}

export function render(ui: Ui, state: PageState): void {
  document.body.dataset.state = state.status;
  ui.cannot.hidden = true;
  ui.controls.hidden = false;
  ui.pageTitle.textContent = state.title || state.url;
  ui.pageTitle.title = state.url;

  ui.switch.setAttribute('aria-checked', String(state.enabled));
  ui.switchText.textContent = state.enabled ? 'ON' : 'OFF';

  const host = hostOf(state.url);
  ui.siteHost.textContent = host ? `(${host})` : '';
  ui.siteRule.hidden = !host;
  ui.siteNone.hidden = !!host;

  // One message at most, by status.
  let message = '';
  ui.analyseAnyway.hidden = true;
  if (state.status === 'off') {
    // Why it is off, in plain words (the page's own answer: lib/page/decide.ts).
    if (state.why === 'site-never') message = t('popupOffSiteNever');
    else if (state.why === 'auto-off') message = t('popupOffAuto');
    else if (!state.isArticle && state.why !== 'page-off') {
      message = t('popupNotArticle');
      ui.analyseAnyway.hidden = false;
    } else message = t('popupOff');
  } else if (state.status === 'analysing') message = t('popupAnalysing');
  else if (state.status === 'error') message = t('popupError', state.error ?? '');
  else if (state.status === 'ready' && (!state.summary || state.summary.total === 0)) {
    message = t('popupNoAttributions');
  }
  ui.messageText.textContent = message;
  ui.message.hidden = !message;
  ui.message.setAttribute('role', state.status === 'error' ? 'alert' : 'status');

  const ready = state.status === 'ready' && !!state.summary && state.summary.total > 0;
  ui.summary.hidden = !ready;
  ui.listSection.hidden = !ready || state.items.length === 0;
  ui.copy.disabled = !(state.status === 'ready' && state.enabled);
  if (ready) {
    renderSummary(ui, state.summary!);
    renderItems(ui, state.items, state.itemsTotal ?? state.items.length);
    const sources = state.sources ?? [];
    renderSources(
      { heading: ui.sourcesHeading, line: ui.sourcesLine, list: ui.sources },
      sources,
      state.sourcesTotal ?? sources.length,
      state.sourcesLine ?? '',
    );
  }
}

function renderSummary(ui: Ui, s: Summary): void {
  const band: Band = s.score === null ? 'none' : s.band;
  ui.scoreChip.className = `chip big band-${band}`;
  ui.scoreChip.replaceChildren(
    document.createTextNode(s.score === null ? '—' : String(s.score)),
    h('small', { text: BAND_SYMBOL[band] }),
  );
  // One statement: "Mostly on-record sourcing — moderate, 69/100".
  ui.scoreHeading.textContent =
    s.score === null
      ? t('popupHeadlineNone', s.verdict)
      : t('popupHeadline', s.verdict, bandLabel(band).toLocaleLowerCase(), s.score);

  const total = BANDS.reduce((n, b) => n + (s.bands[b] ?? 0), 0) || 1;
  const parts: string[] = [];
  ui.bandBar.replaceChildren();
  ui.bandLegend.replaceChildren();
  for (const b of BANDS) {
    const n = s.bands[b] ?? 0;
    const pct = Math.round((n / total) * 100);
    if (n > 0) {
      ui.bandBar.append(
        h(
          'span',
          { class: `band-${b}`, style: `flex: ${n} 1 0`, 'data-band': b },
          pct >= 12 ? BAND_SYMBOL[b] : '',
        ),
      );
      parts.push(`${bandLabel(b)} ${pct}%`);
    }
    ui.bandLegend.append(
      h(
        'li',
        { 'data-band': b },
        h('span', { class: `chip small band-${b}`, 'aria-hidden': 'true', text: BAND_SYMBOL[b] }),
        `${bandLabel(b)}: ${n}`,
      ),
    );
  }
  ui.bandBar.setAttribute('aria-label', `${t('popupBands')}: ${parts.join(', ')}`);

  ui.kindCounts.replaceChildren(
    ...KINDS.map((k) => {
      const n = s.counts[k] ?? 0;
      return h(
        'li',
        { class: n ? '' : 'zero', 'data-kind': k },
        h('span', { class: 'chip small', 'aria-hidden': 'true', text: KIND_LETTER[k] }),
        h('span', { text: kindLabel(k) }),
        h('span', { class: 'count', text: String(n) }),
      );
    }),
  );
  showLinked(ui.kindCounts, s);
}

function renderItems(ui: Ui, items: AttributionItem[], total: number): void {
  ui.listHeading.textContent = `${t('popupList')} (${total.toLocaleString()})`;
  const more =
    total > items.length
      ? [
          h('li', {
            class: 'more',
            text: t('popupListMore', (total - items.length).toLocaleString()),
          }),
        ]
      : [];
  ui.items.replaceChildren(
    ...items.map((it) => {
      const score = it.score === null ? '—' : String(it.score);
      const { source, cue } = sourceAndCue(it);
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'item', 'data-index': it.index, 'data-kind': it.kind },
          h('span', {
            class: `chip small band-${it.band}`,
            'aria-hidden': 'true',
            text: KIND_LETTER[it.kind] ?? '?',
          }),
          // The accessible name is the visible text plus the kind and band in words.
          h('span', {
            class: 'visually-hidden',
            // (a non-response's band would say "no response" twice)
            text:
              it.band === 'none'
                ? `${kindLabel(it.kind)}, `
                : `${kindLabel(it.kind)}, ${bandLabel(it.band).toLocaleLowerCase()}, `,
          }),
          h('span', { class: 'num', text: score }),
          h('span', { class: 'visually-hidden', text: ': ' }),
          // Who, then the words that attribute it: "Two people familiar with the plan “said”".
          h(
            'span',
            { class: 'snippet' },
            ...(source ? [h('span', { class: 'source', text: source }), ' '] : []),
            h('span', { class: 'cue', text: `“${cue}”` }),
          ),
        ),
      );
    }),
    ...more,
  );
}

/** The source and the attributed words of a list item, whitespace collapsed, short. */
export function sourceAndCue(it: Pick<AttributionItem, 'source' | 'cue'>): {
  source: string;
  cue: string;
} {
  const clip = (s: string, max: number) => {
    const x = s.replace(/\s+/g, ' ').trim();
    return x.length > max ? `${x.slice(0, max - 1)}…` : x;
  };
  const cue = clip(it.cue, 60);
  const source = clip(it.source ?? '', 70);
  // "said Marta Okafor, the engineer": the attributed words already name the source.
  if (!source || cue.toLowerCase().includes(source.toLowerCase())) return { source: '', cue };
  return { source, cue };
}
