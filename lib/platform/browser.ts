// What `wxt/browser` resolves to (see wxt.config.ts): webextension-polyfill's
// export, handed over as it is. Imported as an ES module, the CommonJS
// polyfill is wrapped by the bundler in a namespace object made by copying
// each of its properties; where the browser has a native `browser` (Firefox,
// recent Chromium) the export is that very object, and reading the
// descriptor of each of its namespaces made the browser build every API
// binding as the script started, on every page.
import type { Browser } from 'webextension-polyfill';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const browser: Browser = require('webextension-polyfill');
