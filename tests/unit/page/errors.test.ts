// Failures that come from another world: in Firefox the content script meets
// objects of the page's world (and some API results) through Xray wrappers, on
// which `instanceof Error` / `instanceof Promise` are false. Another realm of
// node:vm has the same property, so it stands in for it here.
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { createLogger, guard } from '../../../lib/page/content';

function collect() {
  const lines: string[] = [];
  return { lines, log: createLogger({ error: (m: string) => lines.push(m) }) };
}

describe('errors and promises from another realm', () => {
  test('the realm really differs (else this file proves nothing)', () => {
    expect(runInNewContext('new Error("x")') instanceof Error).toBe(false);
    expect(runInNewContext('Promise.resolve(1)') instanceof Promise).toBe(false);
  });

  test("an error's message is logged as its message, with the prefix", () => {
    const { lines, log } = collect();
    log(runInNewContext('new TypeError("it.entries() is not iterable")'), 'start');
    expect(lines).toEqual(['[Sourcelight] start: it.entries() is not iterable']);
  });

  test('a rejected promise of another realm is caught and logged, not left unhandled', async () => {
    const { lines, log } = collect();
    const out = guard(log, 'toggle', () => runInNewContext('Promise.reject(new Error("denied"))'));
    await expect(out).resolves.toBeUndefined();
    expect(lines).toEqual(['[Sourcelight] toggle: denied']);
  });

  test("a value of another realm's promise comes through", async () => {
    const { lines, log } = collect();
    await expect(guard(log, 'x', () => runInNewContext('Promise.resolve(42)'))).resolves.toBe(42);
    expect(lines).toEqual([]);
  });
});
