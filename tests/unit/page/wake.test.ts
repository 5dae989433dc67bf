// Waking a quiet page's loader (lib/page/wake.ts): the function injected into
// the tab, and the senders that wake a page where nothing answers.
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  LOADER_KEY,
  registerLoader,
  runningLoader,
  sendWaking,
  wakeLoader,
  wakeTab,
  type ScriptingApi,
} from '../../../lib/page/wake';

/** Runs `wakeLoader` as the browser does: its source alone, in a world of its own. */
function wakeInFreshWorld(handle: string | null): Promise<unknown> {
  const setUp = handle ? `globalThis[Symbol.for(${JSON.stringify(LOADER_KEY)})] = ${handle};` : '';
  return runInNewContext(`${setUp} (${wakeLoader.toString()})()`) as Promise<unknown>;
}

describe('wakeLoader', () => {
  it('needs nothing outside itself, and finds the handle registerLoader leaves', async () => {
    expect(await wakeInFreshWorld('{ wake: () => Promise.resolve(true) }')).toBe(true);
    expect(await wakeInFreshWorld(null)).toBe(false);
    expect(await wakeInFreshWorld('{ wake: () => Promise.reject(new Error("gone")) }')).toBe(false);
    expect(await wakeInFreshWorld('{ wake: () => { throw new Error("gone"); } }')).toBe(false);
    expect(await wakeInFreshWorld('{ wake: () => Promise.resolve(false) }')).toBe(false);
  });

  it('wakes the loader registered in this world', async () => {
    const world = globalThis as Record<symbol, unknown>;
    const before = world[Symbol.for(LOADER_KEY)];
    try {
      const wake = vi.fn(async () => true);
      registerLoader({ wake });
      expect(runningLoader()?.wake).toBe(wake);
      expect(await wakeLoader()).toBe(true);
      expect(wake).toHaveBeenCalledTimes(1);
    } finally {
      world[Symbol.for(LOADER_KEY)] = before;
    }
  });
});

describe('wakeTab', () => {
  it('injects wakeLoader into the tab and reads its answer; never rejects', async () => {
    const calls: unknown[] = [];
    const answering = (result: unknown): ScriptingApi => ({
      executeScript: async (injection) => {
        calls.push(injection);
        return [{ result }];
      },
    });
    expect(await wakeTab(answering(true), 7)).toBe(true);
    expect(calls).toEqual([{ target: { tabId: 7 }, func: wakeLoader }]);
    expect(await wakeTab(answering(false), 7)).toBe(false);
    expect(await wakeTab(answering(undefined), 7)).toBe(false);
    const refusing: ScriptingApi = {
      executeScript: () => Promise.reject(new Error('Cannot access contents of the page')),
    };
    expect(await wakeTab(refusing, 7)).toBe(false);
    expect(await wakeTab(undefined, 7)).toBe(false);
  });
});

describe('sendWaking', () => {
  const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');

  it('an answer at once wakes nothing', async () => {
    const wake = vi.fn(async () => true);
    expect(await sendWaking(async () => 'state', wake)).toBe('state');
    expect(wake).not.toHaveBeenCalled();
  });

  it('no answer: wakes the page and asks once more', async () => {
    let listening = false;
    const send = vi.fn(async () => {
      if (!listening) throw noReceiver;
      return 'state';
    });
    const wake = async () => (listening = true);
    expect(await sendWaking(send, wake)).toBe('state');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('nothing to wake: the first failure, as it was', async () => {
    const send = vi.fn(async () => {
      throw noReceiver;
    });
    await expect(sendWaking(send, async () => false)).rejects.toBe(noReceiver);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
