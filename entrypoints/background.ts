import { browser } from 'wxt/browser';
import { registerBackground, type BackgroundApi } from '../lib/background';

export default defineBackground(() => {
  // Synchronous, first thing: an event that woke the worker must find its listener.
  registerBackground(browser as unknown as BackgroundApi);
});
