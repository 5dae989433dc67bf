// The settings as the page's scripts use them: the loader builds this once
// from lib/settings (storage) and lends it to the analyser, so page-main.js
// carries no storage code of its own.
import {
  addWrongReport,
  getPageChoice,
  getSettings,
  getSiteRule,
  getWrongReports,
  rememberPageChoice,
  removeWrongReport,
  watchSettings,
} from '../settings';
import type { SettingsApi } from './controller';
import { decide } from './decide';

export const pageSettings: SettingsApi = {
  getSettings,
  watchSettings,
  async decide(url, isNews) {
    const [pageChoice, siteRule, settings] = await Promise.all([
      getPageChoice(url),
      getSiteRule(url),
      getSettings(),
    ]);
    return decide({ pageChoice, siteRule, autoOnNews: settings.autoOnArticles }, isNews);
  },
  rememberPageChoice,
  addWrongReport,
  removeWrongReport,
  getWrongReports,
};
