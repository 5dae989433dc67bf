import { describe, expect, it } from 'vitest';
import { chosen, decide } from '../../../lib/page/decide';

const none = { pageChoice: undefined, siteRule: undefined, autoOnNews: true } as const;

describe('decide', () => {
  it('automatic mode switches on news only, and says why a page is off', () => {
    expect(decide(none, true)).toEqual({ on: true, why: 'news' });
    expect(decide(none, false)).toEqual({ on: false, why: 'not-news' });
    expect(decide({ ...none, autoOnNews: false }, true)).toEqual({ on: false, why: 'auto-off' });
  });

  it('a site rule beats the page markup; the page choice beats both', () => {
    expect(decide({ ...none, siteRule: 'always' }, false)).toEqual({
      on: true,
      why: 'site-always',
    });
    expect(decide({ ...none, siteRule: 'never' }, true)).toEqual({ on: false, why: 'site-never' });
    expect(decide({ ...none, siteRule: 'never', pageChoice: true }, false)).toEqual({
      on: true,
      why: 'page-on',
    });
    expect(decide({ ...none, siteRule: 'always', pageChoice: false }, true)).toEqual({
      on: false,
      why: 'page-off',
    });
  });

  it('the reader switching is a page choice', () => {
    expect(chosen(true)).toEqual({ on: true, why: 'page-on' });
    expect(chosen(false)).toEqual({ on: false, why: 'page-off' });
  });
});
