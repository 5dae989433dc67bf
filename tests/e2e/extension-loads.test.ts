import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

test('the built extension loads in Chromium with its service worker', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await session.worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { getManifest(): { manifest_version: number; name: string } } };
      }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Sourcelight');
});
