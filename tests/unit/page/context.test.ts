// The content script's own context: it notices that the extension went away
// (and then cleans up once), and tells single-page navigations by the
// Navigation API or, where a browser has none, by a look at the URL each second.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageContext, watchUrl } from '../../../lib/page/context';

/** A window with just what watchUrl reads; `navigation` only when asked for. */
function fakeWindow(href: string, withNavigation: boolean) {
  const navigation = withNavigation ? new EventTarget() : undefined;
  const win = {
    location: { href },
    navigation,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  };
  return win as unknown as Window & { navigation?: EventTarget; location: { href: string } };
}

describe('PageContext', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stays valid while the extension is there, then runs each clean-up once', () => {
    let alive = true;
    const ctx = new PageContext(() => alive);
    const ran: string[] = [];
    ctx.onInvalidated(() => ran.push('first'));
    ctx.onInvalidated(() => {
      throw new Error('a clean-up that fails');
    });
    ctx.onInvalidated(() => ran.push('third'));
    expect(ctx.isInvalid).toBe(false);
    expect(ran).toEqual([]);

    alive = false;
    expect(ctx.isInvalid).toBe(true);
    expect(ran).toEqual(['first', 'third']);
    expect(ctx.isInvalid).toBe(true);
    expect(ran).toEqual(['first', 'third']); // not again

    // Asked after the fact: runs at once.
    ctx.onInvalidated(() => ran.push('late'));
    expect(ran).toEqual(['first', 'third', 'late']);
  });

  it('stays invalid if the extension API answers again', () => {
    let alive = false;
    const ctx = new PageContext(() => alive);
    expect(ctx.isInvalid).toBe(true);
    alive = true;
    expect(ctx.isInvalid).toBe(true);
  });

  it('reads `chrome.runtime.id` by default: gone when it is missing or throws', () => {
    vi.stubGlobal('chrome', { runtime: { id: 'abc' } });
    expect(new PageContext().isInvalid).toBe(false);
    vi.stubGlobal('chrome', { runtime: {} }); // Chrome's orphaned script
    expect(new PageContext().isInvalid).toBe(true);
    vi.stubGlobal('chrome', {
      get runtime() {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(new PageContext().isInvalid).toBe(true);
    vi.stubGlobal('chrome', undefined);
    expect(new PageContext().isInvalid).toBe(true);
  });
});

describe('watchUrl', () => {
  afterEach(() => vi.useRealTimers());

  it('with the Navigation API: each new URL once, after the navigation succeeded', () => {
    const win = fakeWindow('https://example.com/', true);
    const ctx = new PageContext(() => true);
    const seen: string[] = [];
    watchUrl(ctx, (url) => seen.push(url), win);

    win.location.href = 'https://example.com/?story=1';
    win.navigation!.dispatchEvent(new Event('navigatesuccess'));
    win.navigation!.dispatchEvent(new Event('navigatesuccess')); // same URL: nothing new
    win.location.href = 'https://example.com/#part';
    win.navigation!.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['https://example.com/?story=1', 'https://example.com/#part']);
  });

  it('with the Navigation API: stops listening once the extension is gone', () => {
    const win = fakeWindow('https://example.com/', true);
    let alive = true;
    const ctx = new PageContext(() => alive);
    const seen: string[] = [];
    watchUrl(ctx, (url) => seen.push(url), win);

    alive = false;
    win.location.href = 'https://example.com/next';
    win.navigation!.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual([]); // the check saw the extension gone and told no one
    expect(ctx.isInvalid).toBe(true);
    alive = true; // even so, the listener was removed
    win.location.href = 'https://example.com/later';
    win.navigation!.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual([]);
  });

  it('without it: looks at the URL once a second, and no more once invalidated', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://example.com/', false);
    let alive = true;
    const ctx = new PageContext(() => alive);
    const seen: string[] = [];
    watchUrl(ctx, (url) => seen.push(url), win);

    win.location.href = 'https://example.com/a';
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://example.com/a']);
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['https://example.com/a']);

    alive = false;
    expect(ctx.isInvalid).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    win.location.href = 'https://example.com/b';
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(['https://example.com/a']);
  });
});
