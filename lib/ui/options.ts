// The options page: every control saves as soon as it changes and says so in
// a status line; the page re-renders from storage whenever storage changes
// (the popup can add a site rule while this page is open).
import { browser } from 'wxt/browser';
import { KINDS, type Kind } from '../sourcing/types';
import {
  LIMITS,
  MIN_BANDS,
  clearPageChoices,
  clearWrongReports,
  getPageChoices,
  getSettings,
  getSiteRules,
  getWrongReports,
  normalizeHost,
  removeWrongReport,
  resetSettings,
  saveSettings,
  setSiteRule,
  validateCue,
  type Settings,
  type SiteRule,
  type WrongReport,
} from '../settings';
import { $, announce, h } from './dom';
import { localize, t } from './i18n';
import { KIND_LETTER, kindLabel } from './labels';

export async function startOptions(): Promise<void> {
  localize(document);
  document.title = t('optionsTitle');
  const ui = elements();
  buildStaticControls(ui);

  let settings: Settings = await getSettings();

  const saved = (text = t('optionsSaved')) => {
    ui.status.classList.remove('error');
    announce(ui.status, text);
  };
  const failed = (e: unknown) => {
    ui.status.classList.add('error');
    announce(ui.status, t('optionsSaveFailed', e instanceof Error ? e.message : String(e)), 0);
  };
  const save = async (patch: Partial<Settings>) => {
    try {
      settings = await saveSettings(patch);
      renderSettings(ui, settings);
      saved();
    } catch (e) {
      failed(e);
    }
  };

  ui.kinds.addEventListener('change', () => {
    const kinds = [...ui.kinds.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value as Kind,
    );
    void save({ kinds });
  });
  ui.minBand.addEventListener('change', (ev) => {
    const input = ev.target as HTMLInputElement;
    if (input.checked) void save({ minBand: input.value as Settings['minBand'] });
  });
  ui.auto.addEventListener('change', () => void save({ autoOnArticles: ui.auto.checked }));
  ui.record.addEventListener('change', () => void save({ recordReading: ui.record.checked }));

  ui.siteForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const host = normalizeHost(ui.siteHost.value);
    if (!host) {
      ui.siteError.textContent = t('optionsSiteInvalid');
      ui.siteHost.setAttribute('aria-invalid', 'true');
      ui.siteHost.focus();
      return;
    }
    ui.siteError.textContent = '';
    ui.siteHost.removeAttribute('aria-invalid');
    try {
      await setSiteRule(host, ui.siteRuleSelect.value as SiteRule);
      ui.siteHost.value = '';
      await renderSites(ui);
      saved();
    } catch (e) {
      failed(e);
    }
  });
  ui.siteList.addEventListener('click', async (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-host]');
    if (!b) return;
    await setSiteRule(b.dataset.host!, null);
    await renderSites(ui);
    ui.siteHost.focus(); // the button is gone; keep focus in the section
    saved();
  });

  ui.cueForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const check = validateCue(ui.cuePhrase.value, ui.cueKind.value);
    let error = check.ok ? '' : t(check.error.replace(/-/g, '_'));
    if (
      check.ok &&
      settings.customCues.some((c) => c.phrase.toLowerCase() === check.cue.phrase.toLowerCase())
    ) {
      error = t('cue_duplicate');
    }
    ui.cueError.textContent = error;
    if (error || !check.ok) {
      ui.cuePhrase.setAttribute('aria-invalid', 'true');
      ui.cuePhrase.focus();
      return;
    }
    ui.cuePhrase.removeAttribute('aria-invalid');
    ui.cuePhrase.value = '';
    await save({ customCues: [...settings.customCues, check.cue] });
  });
  ui.cueList.addEventListener('click', (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-cue]');
    if (!b) return;
    const phrase = b.dataset.cue!;
    void save({ customCues: settings.customCues.filter((c) => c.phrase !== phrase) }).then(() =>
      ui.cuePhrase.focus(),
    );
  });

  ui.reportsExport.addEventListener('click', async () => {
    const reports = await getWrongReports();
    downloadJson(`sourcelight-reports-${new Date().toISOString().slice(0, 10)}.json`, {
      format: 'sourcelight-wrong-badges',
      version: 1,
      exported: new Date().toISOString(),
      reports,
    });
  });
  ui.reportsClear.addEventListener('click', async () => {
    await clearWrongReports();
    await renderReports(ui);
    announce(ui.status, t('optionsReportsCleared'));
  });
  ui.reports.addEventListener('click', async (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-at]');
    if (!b) return;
    await removeWrongReport({ url: b.dataset.url!, at: Number(b.dataset.at) });
    await renderReports(ui);
    ui.reportsExport.focus();
    saved();
  });

  ui.pagesClear.addEventListener('click', async () => {
    await clearPageChoices();
    await renderPages(ui);
    saved();
  });

  ui.reset.addEventListener('click', () => {
    ui.resetConfirm.hidden = false;
    ui.resetNo.focus();
  });
  ui.resetNo.addEventListener('click', () => {
    ui.resetConfirm.hidden = true;
    ui.reset.focus();
  });
  ui.resetYes.addEventListener('click', async () => {
    settings = await resetSettings();
    renderSettings(ui, settings);
    ui.resetConfirm.hidden = true;
    ui.reset.focus();
    saved(t('optionsResetDone'));
  });

  // Keep in step with changes made elsewhere (the popup, another options tab).
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'local') return;
    void (async () => {
      settings = await getSettings();
      renderSettings(ui, settings);
      await Promise.all([renderSites(ui), renderReports(ui), renderPages(ui)]);
    })();
  });

  renderSettings(ui, settings);
  await Promise.all([renderSites(ui), renderReports(ui), renderPages(ui)]);
  document.body.dataset.ready = 'true';
}

type Ui = ReturnType<typeof elements>;

function elements() {
  return {
    kinds: $('#kinds'),
    minBand: $('#min-band'),
    auto: $<HTMLInputElement>('#auto'),
    record: $<HTMLInputElement>('#record'),
    siteForm: $<HTMLFormElement>('#site-form'),
    siteHost: $<HTMLInputElement>('#site-host'),
    siteRuleSelect: $<HTMLSelectElement>('#site-rule'),
    siteError: $('#site-error'),
    siteList: $('#site-list'),
    cueForm: $<HTMLFormElement>('#cue-form'),
    cuePhrase: $<HTMLInputElement>('#cue-phrase'),
    cueKind: $<HTMLSelectElement>('#cue-kind'),
    cueError: $('#cue-error'),
    cueList: $('#cue-list'),
    reportsExport: $<HTMLButtonElement>('#reports-export'),
    reportsClear: $<HTMLButtonElement>('#reports-clear'),
    reportsTable: $('#reports-table'),
    reports: $('#reports'),
    reportsEmpty: $('#reports-empty'),
    pagesCount: $('#pages-count'),
    pagesClear: $<HTMLButtonElement>('#pages-clear'),
    reset: $<HTMLButtonElement>('#reset'),
    resetConfirm: $('#reset-confirm'),
    resetYes: $<HTMLButtonElement>('#reset-yes'),
    resetNo: $<HTMLButtonElement>('#reset-no'),
    status: $('#status'),
  };
}

function buildStaticControls(ui: Ui): void {
  ui.kinds.replaceChildren(
    ...KINDS.map((k) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name: 'kind', value: k, id: `kind-${k}` }),
        h('span', { class: 'chip small', 'aria-hidden': 'true', text: KIND_LETTER[k] }),
        h('span', { text: kindLabel(k) }),
      ),
    ),
  );
  ui.minBand.replaceChildren(
    ...MIN_BANDS.map((b) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'radio', name: 'min-band', value: b, id: `min-band-${b}` }),
        h('span', { text: t(`minBand_${b}`) }),
      ),
    ),
  );
  ui.cueKind.replaceChildren(...KINDS.map((k) => h('option', { value: k, text: kindLabel(k) })));
}

function renderSettings(ui: Ui, s: Settings): void {
  for (const input of ui.kinds.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = s.kinds.includes(input.value as Kind);
  }
  for (const input of ui.minBand.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = input.value === s.minBand;
  }
  ui.auto.checked = s.autoOnArticles;
  ui.record.checked = s.recordReading;
  ui.cueList.replaceChildren(
    ...(s.customCues.length
      ? s.customCues.map((c) =>
          h(
            'li',
            { 'data-cue': c.phrase },
            h('span', { class: 'chip small', 'aria-hidden': 'true', text: KIND_LETTER[c.kind] }),
            h('span', { class: 'what' }, h('q', { text: c.phrase }), ` — ${kindLabel(c.kind)}`),
            h('button', {
              type: 'button',
              'data-cue': c.phrase,
              'aria-label': t('optionsRemoveNamed', c.phrase),
              text: t('optionsRemove'),
            }),
          ),
        )
      : [h('li', { class: 'empty', text: t('optionsCuesEmpty') })]),
  );
}

async function renderSites(ui: Ui): Promise<void> {
  const rules = Object.entries(await getSiteRules()).sort(([a], [b]) => a.localeCompare(b));
  ui.siteList.replaceChildren(
    ...(rules.length
      ? rules.map(([host, rule]) =>
          h(
            'li',
            { 'data-host': host },
            h(
              'span',
              { class: 'what' },
              h('strong', { text: host }),
              ` — ${t(rule === 'always' ? 'siteRuleAlways' : 'siteRuleNever')}`,
            ),
            h('button', {
              type: 'button',
              'data-host': host,
              'aria-label': t('optionsRemoveNamed', host),
              text: t('optionsRemove'),
            }),
          ),
        )
      : [h('li', { class: 'empty', text: t('optionsSitesEmpty') })]),
  );
}

async function renderReports(ui: Ui): Promise<void> {
  const reports = (await getWrongReports()).slice().reverse(); // newest first
  ui.reportsTable.hidden = reports.length === 0;
  ui.reportsEmpty.hidden = reports.length > 0;
  ui.reportsExport.disabled = reports.length === 0;
  ui.reportsClear.disabled = reports.length === 0;
  ui.reports.replaceChildren(...reports.map(reportRow));
}

function reportRow(r: WrongReport) {
  const date = r.at ? new Date(r.at).toLocaleString() : '';
  return h(
    'tr',
    {},
    h('td', { class: 'page', text: r.url }),
    h(
      'td',
      {},
      h('span', { class: 'chip small', 'aria-hidden': 'true', text: KIND_LETTER[r.kind] }),
      `${kindLabel(r.kind)}${r.score === null ? '' : `, ${r.score}`}`,
      r.cue ? h('div', { class: 'muted' }, h('q', { text: r.cue })) : null,
    ),
    h('td', { text: r.sentence }),
    h('td', { text: date }),
    h(
      'td',
      {},
      h('button', {
        type: 'button',
        'data-url': r.url,
        'data-at': r.at,
        'aria-label': t('optionsRemoveNamed', r.cue || r.url),
        text: t('optionsRemove'),
      }),
    ),
  );
}

async function renderPages(ui: Ui): Promise<void> {
  const n = (await getPageChoices()).length;
  ui.pagesCount.textContent = t('optionsPagesCount', n, LIMITS.pageChoices);
  ui.pagesClear.disabled = n === 0;
}

/** A download through a blob link: no permission, no network. */
function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
