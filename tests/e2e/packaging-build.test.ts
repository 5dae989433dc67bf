// The built packages: Firefox passes `web-ext lint` with no error, and both
// manifests ask for exactly the permissions the README justifies.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../../scripts/browser';

const need = (dir: string) => {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run "npm run build" first.`);
  }
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
};
const messages = JSON.parse(
  readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/**
 * storage: settings, page choices, site rules, reports. contextMenus: the
 * toggle entry. scripting: waking a quiet page's loader (lib/page/wake.ts).
 */
const JUSTIFIED_PERMISSIONS = ['contextMenus', 'scripting', 'storage'];
/** The content script's sites, no more: where a quiet page is woken. */
const HOSTS = ['http://*/*', 'https://*/*'];

describe('Chrome MV3 manifest', () => {
  const m = need(CHROME_BUILD);

  test("permissions are exactly the justified set; hosts the content script's own; no optional ones", () => {
    expect([...m.permissions].sort()).toEqual(JUSTIFIED_PERMISSIONS);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    // The content script reads web pages only: no file://, no all_urls.
    const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual(HOSTS);
    // Two web-accessible files: page-main.js (the loader proper and the
    // analyser), which the content script imports on news and on a page
    // woken, and the learned tagger's weights the analyser reads;
    // behind a per-session URL, so a page cannot probe for them.
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['page-main.js', 'tagger.bin'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
  });

  test('MV3 service worker, popup, options page, commands', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBe('background.js');
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.options_ui.page).toBe('options.html');
    expect(Object.keys(m.commands).sort()).toEqual([
      'next-badge',
      'previous-badge',
      'toggle-highlights',
    ]);
    expect(m.commands['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+S');
  });

  test('icons 16/32/48/128 are PNGs of their size', () => {
    for (const size of [16, 32, 48, 128]) {
      const file = join(CHROME_BUILD, m.icons[size]);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });

  test('every __MSG_ key in the manifest is in the English locale', () => {
    const keys = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]);
    expect(keys.length).toBeGreaterThan(4);
    for (const k of keys) expect(messages[k]?.message, k).toBeTruthy();
    expect(m.default_locale).toBe('en');
    expect(m.action.default_title).toBe('__MSG_actionTitle__');
  });
});

describe('UI strings', () => {
  test('every key used by the popup, options page and background exists in messages.json', () => {
    const files = [
      ...['lib/ui', 'lib/background'].flatMap((d) =>
        readdirSync(join(ROOT, d)).map((f) => join(ROOT, d, f)),
      ),
      join(ROOT, 'entrypoints/popup/index.html'),
      join(ROOT, 'entrypoints/options/index.html'),
    ].filter((f) => /\.(ts|html)$/.test(f));
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const x of src.matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(x[1]);
      if (f.endsWith('.html')) {
        for (const x of src.matchAll(/data-i18n="([A-Za-z_]+)"/g)) used.add(x[1]);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !messages[k]);
    expect(missing).toEqual([]);
  });
});

describe('Firefox MV3 build', () => {
  const m = need(FIREFOX_BUILD);

  test("web-ext lint reports no error, and no warning but DOMPurify's own", () => {
    const bin = resolve(ROOT, 'node_modules', '.bin', 'web-ext');
    let out: string;
    try {
      out = execFileSync(
        bin,
        ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out);
    const list = (xs: { code: string; message: string; file?: string }[]) =>
      xs.map((x) => `${x.code}: ${x.message} (${x.file ?? ''})`);
    expect(list(report.errors)).toEqual([]);
    // DOMPurify's fallback parser assigns innerHTML: a reviewed library, in a
    // chunk of its own (wxt.config.ts); every other file is ours and clean
    const purify = (x: { code: string; file?: string }) =>
      /^chunks\/dompurify-[\w-]+\.js$/.test(x.file ?? '') && x.code === 'UNSAFE_VAR_ASSIGNMENT';
    expect(list(report.warnings.filter((x: { code: string }) => !purify(x)))).toEqual([]);
    expect(report.warnings.filter(purify).length).toBeLessThanOrEqual(1);
    expect(report.summary.errors).toBe(0);
  }, 60_000);

  test('same permissions as Chrome, an add-on id, and no data collected', () => {
    expect([...m.permissions].sort()).toEqual(JUSTIFIED_PERMISSIONS);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(m.browser_specific_settings.gecko.id).toBe('sourcelight@sourcelight.dev');
    // The CSS Custom Highlight API, which the highlights need, shipped in Firefox 140.
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(m.background.scripts).toEqual(['background.js']);
    // What the content script imports (Firefox's moz-extension host is random per install).
    expect(m.web_accessible_resources).toEqual([
      { resources: ['page-main.js', 'tagger.bin'], matches: ['http://*/*', 'https://*/*'] },
    ]);
  });
});
