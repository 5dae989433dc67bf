// Generated article pages for the hostile-page tests and the benchmarks.
// All text is written here (no corpus text): short invented news sentences,
// most paragraphs holding one attribution of a known kind.

const NAMES = [
  'Maria Lopez',
  'Daniel Okafor',
  'Ingrid Halvorsen',
  'Tomás Ruiz',
  'Priya Natarajan',
  'Samuel Adeyemi',
  'Helen Marsh',
  'Kenji Watanabe',
];
const PLACES = ['Harbourton', 'Millbrook', 'Eastvale', 'Corran', 'Westmere', 'Lintford'];
const BODIES = [
  'the Ministry of Transport',
  'the city council',
  'the regional health authority',
  'the port authority',
  'the national statistics office',
];

/** One attribution sentence; `i` varies the wording. Every template holds a cue. */
export function attributionSentence(i: number): string {
  const name = NAMES[i % NAMES.length];
  const place = PLACES[(i >> 1) % PLACES.length];
  const body = BODIES[(i >> 2) % BODIES.length];
  const n = 10 + (i % 83);
  switch (i % 6) {
    case 0:
      return `The bridge in ${place} will reopen in ${n} days, said ${name}, the engineer in charge of the repairs.`;
    case 1:
      return `According to a report released by ${body}, ridership in ${place} fell by ${n} percent last year.`;
    case 2:
      return `Two officials familiar with the talks said the agreement for ${place} was close, speaking on condition of anonymity.`;
    case 3:
      return `A spokesperson for ${body} declined to comment on the ${n} complaints from ${place}.`;
    case 4:
      return `${body[0].toUpperCase()}${body.slice(1)} confirmed in a statement that ${n} inspectors would visit ${place}.`;
    default:
      return `Some experts say the new timetable in ${place} could take ${n} months to settle.`;
  }
}

/** A sentence with no attribution, for padding. */
export function plainSentence(i: number): string {
  const place = PLACES[i % PLACES.length];
  const n = 2 + (i % 17);
  return `The river near ${place} rose ${n} centimetres overnight and the ferry kept to its winter timetable.`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ArticleOptions {
  title?: string;
  /** Paragraph texts (plain text; escaped here). */
  paragraphs: string[];
  /** Extra markup at the end of <head> (scripts, styles). */
  head?: string;
  /** Extra markup after the article. */
  after?: string;
  /** Extra markup before the paragraphs, inside <article>. */
  before?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** A page that every detector calls an article: JSON-LD NewsArticle, og:type and <article>. */
export function articlePage(opts: ArticleOptions): string {
  const title = opts.title ?? 'Harbourton bridge repairs run late';
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
  });
  return [
    '<!doctype html>',
    `<html lang="${opts.lang ?? 'en'}"${opts.dir ? ` dir="${opts.dir}"` : ''}>`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<meta property="og:type" content="article">',
    `<script type="application/ld+json">${ld}</script>`,
    opts.head ?? '',
    '</head><body>',
    '<header><nav><a href="#">Home</a> <a href="#">World</a></nav></header>',
    '<main><article>',
    `<h1>${escapeHtml(title)}</h1>`,
    opts.before ?? '',
    ...opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article></main>',
    opts.after ?? '',
    '</body></html>',
  ].join('\n');
}

/** `count` paragraphs of two sentences; every `attributionEvery`-th paragraph is sourced. */
export function generatedParagraphs(count: number, attributionEvery = 1): string[] {
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const sourced = i % attributionEvery === 0;
    out[i] = sourced
      ? `${plainSentence(i)} ${attributionSentence(i)}`
      : `${plainSentence(i)} ${plainSentence(i + 7)}`;
  }
  return out;
}
