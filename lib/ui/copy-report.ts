// "Copy report": the Markdown as text/plain and the same report as text/html,
// so it pastes as a formatted table into a document or an email and as
// Markdown into a plain-text field.
import { reportToHtml } from '../report/html';

/** What went on the clipboard. */
export type Copied = 'text/plain+text/html' | 'text/plain';

export async function copyReport(markdown: string): Promise<Copied> {
  let html = '';
  try {
    html = reportToHtml(markdown);
  } catch {
    // no HTML is no reason to copy nothing: the Markdown alone
  }
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([markdown], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return 'text/plain+text/html';
    } catch {
      // the popup lost focus, or the browser refuses rich writes: the older routes
    }
  }
  if (html && copyByEvent(markdown, html)) return 'text/plain+text/html';
  try {
    await navigator.clipboard.writeText(markdown);
    return 'text/plain';
  } catch {
    if (copyByEvent(markdown, '')) return 'text/plain';
    throw new Error('clipboard unavailable');
  }
}

/** The copy command, its data set by a handler: both types where the
 * asynchronous clipboard is missing or refuses. */
function copyByEvent(text: string, html: string): boolean {
  const onCopy = (ev: ClipboardEvent) => {
    if (!ev.clipboardData) return;
    ev.clipboardData.setData('text/plain', text);
    if (html) ev.clipboardData.setData('text/html', html);
    ev.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
