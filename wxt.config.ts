import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const POLYFILL = resolve(import.meta.dirname, 'lib/platform/browser.ts');
const CONTEXT = 'wxt/utils/content-script-context';

/**
 * The content script (on every page) brings its own context
 * (lib/page/context.ts): WXT's, built by its entry wrapper before `main`,
 * becomes an empty stub, and with it go its helpers and their polyfill.
 */
function ownContentScriptContext(): Plugin {
  return {
    name: 'sourcelight:own-content-script-context',
    enforce: 'pre',
    resolveId: (source) =>
      source === CONTEXT ? resolve(import.meta.dirname, 'lib/page/wxt-context-stub.ts') : null,
  };
}

// One source for both browsers; WXT writes the Chrome MV3 and Firefox MV3
// manifests from it. Permissions are the fewest that do the job: see the
// README's privacy section for why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The polyfill without the bundler's ES-module wrapper: see lib/platform/browser.ts.
  vite: () => ({
    plugins: [ownContentScriptContext()],
    resolve: { alias: { 'wxt/browser': POLYFILL } },
  }),
  hooks: {
    // DOMPurify in a chunk of its own, in the build of the extension pages
    // (the only one that splits code): its fallback parser assigns innerHTML,
    // which web-ext lint flags, and apart the lint test can tell it from ours.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      const output = (config.build ??= {}).rollupOptions?.output;
      if (Array.isArray(output)) return;
      config.build.rollupOptions = {
        ...config.build.rollupOptions,
        output: {
          ...output,
          manualChunks: (id: string) => (/[\\/]dompurify[\\/]/.test(id) ? 'dompurify' : undefined),
        },
      };
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The pages the content script runs on: the background and the popup
    // wake a quiet page's loader there (lib/page/wake.ts). The same sites
    // as the content script's, so the install prompt asks nothing more.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The loader proper, the analyser and the painter, imported by the
    // content script on news and on a page woken (lib/page/quiet-start.ts);
    // and the learned tagger's weights, which the analyser reads where the
    // page is switched on (lib/page/learned-model.ts).
    web_accessible_resources: [
      {
        resources: ['page-main.js', 'tagger.bin'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
      'next-badge': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNext__',
      },
      'previous-badge': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
