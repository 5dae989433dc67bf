import { describe, expect, it } from 'vitest';
import { KEYS } from '../../../lib/settings';
import {
  choicesFrom,
  PAGE_CHOICES,
  SETTINGS,
  SETTINGS_VERSION,
  SITE_RULES,
} from '../../../lib/page/stored-choices';

const URL_ = 'https://www.example.com/news/story?utm_source=x&id=7#top';
const meta = { [`${SETTINGS}$`]: { v: SETTINGS_VERSION } };

describe('the loader reads the stored choices itself', () => {
  it('uses the keys lib/settings stores under', () => {
    expect(`local:${SETTINGS}`).toBe(KEYS.settings);
    expect(`local:${PAGE_CHOICES}`).toBe(KEYS.pageChoices);
    expect(`local:${SITE_RULES}`).toBe(KEYS.siteRules);
  });

  it('a fresh install: no choice, no rule, automatic mode on', () => {
    expect(choicesFrom({}, URL_)).toEqual({
      pageChoice: undefined,
      siteRule: undefined,
      autoOnNews: true,
    });
  });

  it("finds the page's choice by its normalised URL (the last one wins) and the site's rule by parent domain", () => {
    const raw = {
      ...meta,
      [SETTINGS]: { autoOnArticles: false },
      [PAGE_CHOICES]: [
        { url: 'https://example.com/news/story?id=7', enabled: true, at: 1 },
        { url: 'https://example.com/other', enabled: true, at: 2 },
        { url: 'https://example.com/news/story?id=7', enabled: false, at: 3 },
      ],
      [SITE_RULES]: { 'example.com': 'always' },
    };
    expect(choicesFrom(raw, URL_)).toEqual({
      pageChoice: false,
      siteRule: 'always',
      autoOnNews: false,
    });
    expect(choicesFrom(raw, 'https://live.example.com/x')?.siteRule).toBe('always');
    expect(choicesFrom(raw, 'https://example.org/x')?.siteRule).toBeUndefined();
  });

  it('odd values say nothing rather than throw', () => {
    const raw = {
      ...meta,
      [SETTINGS]: 'corrupt',
      [PAGE_CHOICES]: [null, 3, { url: URL_, enabled: 'yes' }],
      [SITE_RULES]: ['example.com'],
    };
    expect(choicesFrom(raw, URL_)).toEqual({
      pageChoice: undefined,
      siteRule: undefined,
      autoOnNews: true,
    });
  });

  it('settings of an older version are left to the analyser (which migrates them)', () => {
    expect(choicesFrom({ [SETTINGS]: { auto: false } }, URL_)).toBeNull();
    expect(
      choicesFrom({ [SETTINGS]: { auto: false }, [`${SETTINGS}$`]: { v: 2 } }, URL_),
    ).toBeNull();
  });
});
