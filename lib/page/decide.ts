// Whether a page switches on, and why, in one answer: the reader's choice for
// this page, else the rule for its site, else automatic mode on pages that
// declare themselves news. The "why" is what the popup says when a page is off.
import type { PageWhy } from '../messages';

export interface Decision {
  on: boolean;
  why: PageWhy;
}

/** What the stored choices say about one page (undefined: nothing stored). */
export interface StoredChoices {
  pageChoice: boolean | undefined;
  siteRule: 'always' | 'never' | undefined;
  autoOnNews: boolean;
}

/** Page choice > site rule > automatic mode on news. Pure. */
export function decide(stored: StoredChoices, isNews: boolean): Decision {
  if (stored.pageChoice !== undefined) {
    return { on: stored.pageChoice, why: stored.pageChoice ? 'page-on' : 'page-off' };
  }
  if (stored.siteRule) {
    return stored.siteRule === 'always'
      ? { on: true, why: 'site-always' }
      : { on: false, why: 'site-never' };
  }
  if (!isNews) return { on: false, why: 'not-news' };
  return stored.autoOnNews ? { on: true, why: 'news' } : { on: false, why: 'auto-off' };
}

/** The reader switched the page with the popup or the keyboard. */
export function chosen(on: boolean): Decision {
  return { on, why: on ? 'page-on' : 'page-off' };
}
