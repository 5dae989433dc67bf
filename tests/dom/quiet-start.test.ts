// The content script's start on every page (lib/page/quiet-start.ts): news
// starts the loader at once; any other page stays quiet, imports nothing and
// starts nothing until woken or until a single-page navigation brings news.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageContext } from '../../lib/page/context';
import type { StartedLoader } from '../../lib/page/loader-start';
import type { PageMainModule } from '../../lib/page/main-handoff';
import { QuietStart } from '../../lib/page/quiet-start';

const NEWS_HEAD = '<meta name="news_keywords" content="election, senate">';
const PLAIN_HEAD = '<title>How to build a terrarium</title>';

function page(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`,
    'text/html',
  );
}

function setup(doc: Document, opts: { failImports?: number } = {}) {
  let failures = opts.failImports ?? 0;
  const started: (boolean | undefined)[] = [];
  const storedArgs: unknown[] = [];
  const order: string[] = [];
  const raw = { siteRules: {} };
  const urls: string[] = [];
  const disposed: number[] = [];
  const loader: StartedLoader = {
    onUrlChange: (url) => void urls.push(url),
    dispose: () => void disposed.push(1),
  };
  const main = {
    start: () => {
      throw new Error('the analyser is the loader’s to start');
    },
    startLoader: (_ctx, _log, isNews, stored) => {
      started.push(isNews);
      storedArgs.push(stored);
      return loader;
    },
  } as PageMainModule;
  const importMain = vi.fn(async () => {
    order.push('import');
    if (failures > 0) {
      failures--;
      throw new Error('page-main.js would not load');
    }
    return main;
  });
  const logged: string[] = [];
  const quiet = new QuietStart({
    ctx: new PageContext(() => true),
    doc,
    log: (e, where) => void logged.push(`${where}: ${e instanceof Error ? e.message : e}`),
    importMain,
    readStored: () => {
      order.push('storage');
      return Promise.resolve(raw);
    },
    navigationDelay: 10,
  });
  return { quiet, importMain, started, urls, disposed, logged, storedArgs, order, raw };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => vi.useRealTimers());

describe('QuietStart', () => {
  it('a page with a news signal imports page-main.js and starts the loader, told it is news', async () => {
    const { quiet, importMain, started } = setup(page(NEWS_HEAD));
    quiet.start();
    await settle();
    expect(importMain).toHaveBeenCalledTimes(1);
    expect(started).toEqual([true]);
  });

  it('on news the storage read goes out beside the import, and the loader takes it', async () => {
    const { quiet, storedArgs, order, raw } = setup(page(NEWS_HEAD));
    quiet.start();
    await settle();
    expect(order).toEqual(['storage', 'import']);
    expect(storedArgs).toHaveLength(1);
    expect(await storedArgs[0]).toBe(raw);
  });

  it('woken, the loader reads the settings itself', async () => {
    const { quiet, storedArgs, order } = setup(page(PLAIN_HEAD));
    quiet.start();
    await quiet.wake();
    expect(order).toEqual(['import']);
    expect(storedArgs).toEqual([undefined]);
  });

  it('any other page imports nothing and starts nothing until woken; then once, whatever the wakes', async () => {
    const { quiet, importMain, started } = setup(page(PLAIN_HEAD));
    quiet.start();
    await settle();
    expect(importMain).not.toHaveBeenCalled();
    expect(quiet.loader).toBeNull();
    const woken = await Promise.all([quiet.wake(), quiet.wake()]);
    expect(woken).toEqual([true, true]);
    expect(await quiet.wake()).toBe(true);
    expect(importMain).toHaveBeenCalledTimes(1);
    // Woken, the loader reads the signals itself and decides from the settings.
    expect(started).toEqual([undefined]);
  });

  it('a single-page navigation to a news view starts the loader once the view has rendered', async () => {
    const doc = page(PLAIN_HEAD);
    const { quiet, started } = setup(doc);
    quiet.start();
    quiet.onUrlChange('https://example.test/next');
    await new Promise((r) => setTimeout(r, 30));
    expect(started).toEqual([]);
    doc.head.insertAdjacentHTML('beforeend', NEWS_HEAD);
    quiet.onUrlChange('https://example.test/story');
    await new Promise((r) => setTimeout(r, 30));
    expect(started).toEqual([true]);
  });

  it('once started, navigations go to the loader', async () => {
    const { quiet, urls } = setup(page(NEWS_HEAD));
    quiet.start();
    await settle();
    quiet.onUrlChange('https://example.test/other');
    expect(urls).toEqual(['https://example.test/other']);
  });

  it('a failed import is logged, the wake answers false, and the next wake tries again', async () => {
    const { quiet, importMain, started, logged } = setup(page(PLAIN_HEAD), { failImports: 1 });
    expect(await quiet.wake()).toBe(false);
    expect(logged).toEqual(['load the analyser: page-main.js would not load']);
    expect(await quiet.wake()).toBe(true);
    expect(importMain).toHaveBeenCalledTimes(2);
    expect(started).toEqual([undefined]);
  });

  it('disposed while page-main.js loads: no loader starts; disposed after: the loader goes too', async () => {
    const first = setup(page(NEWS_HEAD));
    first.quiet.start();
    first.quiet.dispose();
    await settle();
    expect(first.started).toEqual([]);
    expect(await first.quiet.wake()).toBe(false);

    const second = setup(page(NEWS_HEAD));
    second.quiet.start();
    await settle();
    second.quiet.dispose();
    expect(second.disposed).toEqual([1]);
  });
});
