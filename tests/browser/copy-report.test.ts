// "Copy report" chooses its clipboard route in real Chromium: ClipboardItem
// with both types where it exists; where it does not (or refuses), the copy
// command with both types; failing that, the Markdown alone. The clipboard
// itself is a recording stand-in, so each route is seen, never the machine's.
import { afterEach, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { copyReport, type Copied } from '../../lib/ui/copy-report';

const MARKDOWN = [
  '## Sourcing report: Bridge',
  '',
  '| Source | Role | Kind | Claims |',
  '| --- | --- | --- | --- |',
  '| Marta Okafor \\<img src=x onerror=alert(1)> |  | named | 2 |',
].join('\n');

interface Recorded {
  items: Record<string, string>[];
  texts: string[];
}

/** A navigator.clipboard that records; `write` refuses when `refuse`. */
function fakeClipboard(refuse = false): Recorded {
  const rec: Recorded = { items: [], texts: [] };
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
    async write(items: ClipboardItem[]) {
      if (refuse) throw new DOMException('refused', 'NotAllowedError');
      for (const item of items) {
        const out: Record<string, string> = {};
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
        rec.items.push(out);
      }
    },
    async writeText(text: string) {
      rec.texts.push(text);
    },
  } as unknown as Clipboard);
  return rec;
}

/** Runs copyReport from a real click (the copy command needs one), and what
 * the copy event's handler set (Chromium's getData reads nothing back there). */
async function copyFromClick(): Promise<{ copied: Copied; event: Record<string, string> }> {
  const button = document.createElement('button');
  button.textContent = 'Copy report';
  document.body.append(button);
  const event: Record<string, string> = {};
  const setData = DataTransfer.prototype.setData;
  vi.spyOn(DataTransfer.prototype, 'setData').mockImplementation(function (
    this: DataTransfer,
    type: string,
    data: string,
  ) {
    event[type] = data;
    setData.call(this, type, data);
  });
  const done = new Promise<Copied>((resolve, reject) => {
    button.addEventListener('click', () => void copyReport(MARKDOWN).then(resolve, reject));
  });
  await userEvent.click(button);
  const copied = await done;
  button.remove();
  return { copied, event };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('ClipboardItem: the Markdown as text/plain and the cleaned HTML as text/html', async () => {
  const rec = fakeClipboard();
  const { copied } = await copyFromClick();
  expect(copied).toBe('text/plain+text/html');
  expect(rec.items).toHaveLength(1);
  expect(rec.items[0]['text/plain']).toBe(MARKDOWN);
  const html = rec.items[0]['text/html'];
  expect(html).toContain('<table');
  expect(html).toContain('Marta Okafor &lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toMatch(/<img/i);
  expect(rec.texts).toEqual([]);
});

test('no ClipboardItem: the copy command carries both types', async () => {
  vi.stubGlobal('ClipboardItem', undefined);
  const rec = fakeClipboard();
  const { copied, event } = await copyFromClick();
  expect(copied).toBe('text/plain+text/html');
  expect(event['text/plain']).toBe(MARKDOWN);
  expect(event['text/html']).toContain('<table');
  expect(event['text/html']).not.toMatch(/<img/i);
  expect(rec.items).toEqual([]);
  expect(rec.texts).toEqual([]);
});

test('rich writes refused and no copy command: the Markdown alone, through writeText', async () => {
  const rec = fakeClipboard(true);
  vi.spyOn(document, 'execCommand').mockReturnValue(false);
  const { copied } = await copyFromClick();
  expect(copied).toBe('text/plain');
  expect(rec.texts).toEqual([MARKDOWN]);
  expect(rec.items).toEqual([]);
});
