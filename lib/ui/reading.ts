// The "Your reading" page: what the reader's record holds, per site and over
// time, with export and deletion. Everything is read from storage.local and
// redrawn when it changes (the background records while the page is open).
import { browser } from 'wxt/browser';
import { toCsv, toJson } from '../record/export';
import { readingRecord } from '../record/item';
import {
  siteRows,
  sortRows,
  timeline,
  type SiteRow,
  type SortDir,
  type SortKey,
  type TimePoint,
} from '../record/stats';
import type { ReadEntry, ReadingRecord } from '../record/store';
import { getSettings } from '../settings';
import { bandOf } from '../sourcing/score';
import type { Band } from '../sourcing/types';
import { scoreChart } from './chart';
import { $, announce, h } from './dom';
import { localize, t } from './i18n';
import { BAND_SYMBOL, bandLabel } from './labels';

const SORT_LABEL: Record<SortKey, string> = {
  site: 'readingColSite',
  articles: 'readingColArticles',
  average: 'readingColAverage',
  strong: 'readingColStrong',
  moderate: 'readingColModerate',
  weak: 'readingColWeak',
  none: 'readingColNone',
  last: 'readingColLast',
};

export async function startReading(): Promise<void> {
  localize(document);
  document.title = t('readingTitle');
  const ui = elements();
  let record: ReadingRecord = { entries: [] };
  let sort: { key: SortKey; dir: SortDir } = { key: 'articles', dir: 'descending' };
  let pending: (() => Promise<void>) | null = null;

  const render = () => {
    renderSites(ui, sortRows(siteRows(record.entries), sort.key, sort.dir), sort);
    renderSummary(ui, record.entries);
    renderTime(ui, record.entries);
    renderArticles(ui, record.entries);
    renderNotice(ui, record);
    const empty = record.entries.length === 0;
    for (const b of [ui.exportJson, ui.exportCsv, ui.deleteAll]) b.disabled = empty;
  };
  const reload = async () => {
    record = await readingRecord.load();
    ui.off.hidden = (await getSettings()).recordReading;
    render();
  };

  ui.sortButtons.forEach((b) =>
    b.addEventListener('click', () => {
      const key = b.dataset.sort as SortKey;
      const dir: SortDir =
        sort.key === key
          ? sort.dir === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'site'
            ? 'ascending'
            : 'descending';
      sort = { key, dir };
      render();
      announce(
        ui.status,
        t(
          dir === 'ascending' ? 'readingSortAscending' : 'readingSortDescending',
          t(SORT_LABEL[key]),
        ),
      );
    }),
  );

  // One confirmation dialog (modal: focus stays in it, Escape cancels); on
  // cancel, focus goes back to the button that opened it.
  let opener: HTMLElement | null = null;
  const confirm = (question: string, action: () => Promise<void>, from: HTMLElement) => {
    ui.confirmQuestion.textContent = question;
    pending = action;
    opener = from;
    ui.confirm.showModal();
    ui.confirmNo.focus(); // the safe answer first
  };
  ui.confirmNo.addEventListener('click', () => ui.confirm.close());
  ui.confirm.addEventListener('close', () => {
    if (pending) opener?.focus();
    pending = null;
  });
  ui.confirmYes.addEventListener('click', async () => {
    const action = pending;
    pending = null;
    ui.confirm.close();
    if (action) await action();
  });

  ui.sites.addEventListener('click', (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-site]');
    if (!b) return;
    const site = b.dataset.site!;
    const n = record.entries.filter((e) => e.site === site).length;
    confirm(
      t('readingDeleteSiteConfirm', n, site),
      async () => {
        const gone = await readingRecord.deleteSite(site);
        await reload();
        // The row is gone: the table's heading keeps the reader in place.
        ui.sitesHeading.focus();
        announce(ui.status, t('readingDeletedSite', gone, site));
      },
      b,
    );
  });
  ui.deleteAll.addEventListener('click', () =>
    confirm(
      t('readingDeleteAllConfirm', record.entries.length),
      async () => {
        await readingRecord.clear();
        await reload();
        ui.sitesHeading.focus();
        announce(ui.status, t('readingDeletedAll'));
      },
      ui.deleteAll,
    ),
  );

  const day = () => new Date().toISOString().slice(0, 10);
  ui.exportJson.addEventListener('click', () => {
    const name = `sourcelight-reading-${day()}.json`;
    download(name, toJson(record.entries), 'application/json');
    announce(ui.status, t('readingExported', name));
  });
  ui.exportCsv.addEventListener('click', () => {
    const name = `sourcelight-reading-${day()}.csv`;
    download(name, toCsv(record.entries), 'text/csv');
    announce(ui.status, t('readingExported', name));
  });
  ui.noticeDismiss.addEventListener('click', async () => {
    await readingRecord.dismissNotice();
    await reload();
    ui.sitesHeading.focus();
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('readingRecord' in changes || 'settings' in changes)) return;
    void reload();
  });

  await reload();
  document.body.dataset.ready = 'true';
}

type Ui = ReturnType<typeof elements>;

function elements() {
  return {
    notice: $('#notice'),
    noticeText: $('#notice-text'),
    noticeDismiss: $<HTMLButtonElement>('#notice-dismiss'),
    off: $('#off'),
    sitesHeading: $('#sites-heading'),
    summary: $('#summary'),
    empty: $('#empty'),
    sitesTable: $('#sites-table'),
    sites: $('#sites'),
    sortButtons: [...document.querySelectorAll<HTMLButtonElement>('button[data-sort]')],
    time: $('#time'),
    timeHelp: $('#time-help'),
    chart: $('#chart'),
    timeRows: $('#time-rows'),
    articlesSection: $('#articles-section'),
    articles: $('#articles'),
    exportJson: $<HTMLButtonElement>('#export-json'),
    exportCsv: $<HTMLButtonElement>('#export-csv'),
    deleteAll: $<HTMLButtonElement>('#delete-all'),
    confirm: $<HTMLDialogElement>('#confirm'),
    confirmQuestion: $('#confirm-question'),
    confirmYes: $<HTMLButtonElement>('#confirm-yes'),
    confirmNo: $<HTMLButtonElement>('#confirm-no'),
    status: $('#status'),
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;
const date = (at: number) => (at > 0 ? new Date(at).toLocaleDateString() : '');

/** A score with its band in symbol and word, never colour alone. */
function scoreCell(score: number | null): HTMLElement {
  const band: Band = bandOf(score);
  return h(
    'span',
    { class: 'score' },
    h('span', { class: `chip band-${band}`, 'aria-hidden': 'true', text: BAND_SYMBOL[band] }),
    score === null ? bandLabel('none') : `${score} · ${bandLabel(band)}`,
  );
}

function renderSites(ui: Ui, rows: SiteRow[], sort: { key: SortKey; dir: SortDir }): void {
  for (const b of ui.sortButtons) {
    const th = b.closest('th')!;
    if (b.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.dir);
    else th.removeAttribute('aria-sort');
  }
  ui.sitesTable.hidden = rows.length === 0;
  ui.empty.hidden = rows.length > 0;
  ui.sites.replaceChildren(
    ...rows.map((r) =>
      h(
        'tr',
        { 'data-site': r.site },
        h('td', { class: 'site', text: r.site }),
        h('td', { class: 'num', text: r.articles }),
        h('td', { class: 'num' }, scoreCell(r.average)),
        h('td', { class: 'num', text: percent(r.share.strong) }),
        h('td', { class: 'num', text: percent(r.share.moderate) }),
        h('td', { class: 'num', text: percent(r.share.weak) }),
        h('td', { class: 'num', text: percent(r.share.none) }),
        h('td', { text: date(r.last) }),
        h(
          'td',
          {},
          h('button', {
            type: 'button',
            'data-site': r.site,
            'aria-label': t('readingDeleteSiteNamed', r.site),
            text: t('readingDeleteSite'),
          }),
        ),
      ),
    ),
  );
}

function renderSummary(ui: Ui, entries: readonly ReadEntry[]): void {
  if (!entries.length) {
    ui.summary.textContent = '';
    return;
  }
  const sites = new Set(entries.map((e) => e.site)).size;
  const scores = entries.flatMap((e) => (e.score === null ? [] : [e.score]));
  ui.summary.textContent = scores.length
    ? t(
        'readingSummary',
        entries.length,
        sites,
        Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      )
    : t('readingSummaryNoScore', entries.length, sites);
}

function renderTime(ui: Ui, entries: readonly ReadEntry[]): void {
  const { unit, points } = timeline(entries);
  ui.time.hidden = points.length === 0;
  if (!points.length) return;
  const period = (p: TimePoint) => new Date(p.start).toLocaleDateString();
  const tip = (p: TimePoint) =>
    t(
      'readingChartPoint',
      period(p),
      p.average === null ? bandLabel('none') : p.average,
      p.articles,
    );
  ui.timeHelp.textContent = t(unit === 'day' ? 'readingTimeDay' : 'readingTimeWeek');
  ui.chart.replaceChildren(
    scoreChart(points, {
      label: t('readingTime'),
      desc: t('readingChartDesc', points.map(tip).join('; ')),
      bands: [bandLabel('strong'), bandLabel('moderate'), bandLabel('weak')],
      tip,
    }),
  );
  ui.timeRows.replaceChildren(
    ...points.map((p) =>
      h(
        'tr',
        {},
        h('td', { text: period(p) }),
        h('td', { class: 'num', text: p.articles }),
        h('td', { class: 'num', text: p.average ?? '—' }),
      ),
    ),
  );
}

function renderArticles(ui: Ui, entries: readonly ReadEntry[]): void {
  ui.articlesSection.hidden = entries.length === 0;
  ui.articles.replaceChildren(
    ...[...entries].reverse().map((e) =>
      h(
        'tr',
        { 'data-url': e.url },
        h('td', { text: date(e.at) }),
        h('td', { text: e.site }),
        h(
          'td',
          { class: 'title' },
          // Only http(s) URLs are ever stored (see store.ts), so the link cannot run script.
          h('a', {
            href: e.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            text: e.title || t('readingUntitled'),
          }),
        ),
        h('td', { class: 'num' }, scoreCell(e.score)),
      ),
    ),
  );
}

function renderNotice(ui: Ui, record: ReadingRecord): void {
  const n = record.notice;
  ui.notice.hidden = !n;
  if (!n) return;
  const parts: string[] = [];
  if (n.unreadable) parts.push(t('readingNoticeUnreadable'));
  if (n.fixed || n.dropped) parts.push(t('readingNoticeFixed', n.fixed, n.dropped));
  ui.noticeText.textContent = parts.join(' ');
}

/** A download through a blob link: no permission, no network. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
