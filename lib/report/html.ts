// The report as HTML, for the clipboard's text/html: pasted into a document or
// an email it arrives as headings, a table of sources and a list, not as raw
// Markdown. Built from the very Markdown of "Copy report" (markdown.ts), so the
// two can never say different things. Page text (quotations, names) is escaped
// by markdown.ts; raw HTML is rendered as text here; and DOMPurify cleans the
// result, so nothing from the page can become markup where it is pasted.
import createDOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // markdown.ts never writes HTML; any that gets in is shown, never run.
    html: ({ text }) => escapeHtml(text),
    // Only web links stay links (the page's own address); others are their words.
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
  },
});

/** Only what a report is made of: no images, forms, scripts, styles or frames. */
const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'p',
  'a',
  'strong',
  'em',
  'code',
  'blockquote',
  'ol',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'hr',
];
const ALLOWED_ATTR = ['href', 'style', 'align'];

/** Borders for the sources table where it is pasted (a mail has no stylesheet). */
const CELL = 'border:1px solid #999;padding:2px 8px;text-align:left';

/** The report's Markdown as clean HTML. `win` is the window DOMPurify works in. */
export function reportToHtml(markdown: string, win: Window = window): string {
  const raw = marked.parse(markdown) as string;
  const purify = createDOMPurify(win as Window & typeof globalThis);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!/^https?:\/\//i.test(href)) el.removeAttribute('href');
    } else if (el.tagName === 'TABLE') el.setAttribute('style', 'border-collapse:collapse');
    else if (el.tagName === 'TH' || el.tagName === 'TD') el.setAttribute('style', CELL);
    else el.removeAttribute('style');
  });
  return purify.sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR });
}
