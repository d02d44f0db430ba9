// SITE_URL (src/lib/site-address.ts): a build without it still builds, and says in one line where its links point.
import { expect, test } from 'vitest';
import { localSiteUrl, missingSiteUrlNotice, siteUrlOf } from '../../src/site/site-address.ts';

test('without SITE_URL the site is built for localhost, and the build says so in one line naming SITE_URL', () => {
  for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
    expect(siteUrlOf(env)).toBe(localSiteUrl);
    const notice = missingSiteUrlNotice(env)!;
    expect(notice).toContain(localSiteUrl);
    expect(notice).toContain('SITE_URL=');
    expect(notice).not.toContain('\n');
  }
});

test('with SITE_URL the build uses it and says nothing', () => {
  const env = { SITE_URL: 'https://kb.example.org' };
  expect(siteUrlOf(env)).toBe('https://kb.example.org');
  expect(missingSiteUrlNotice(env)).toBeUndefined();
});

test('a SITE_URL that is not an http(s) address stops the build with the fix', () => {
  for (const value of ['kb.example.org', 'ftp://kb.example.org']) {
    expect(() => siteUrlOf({ SITE_URL: value })).toThrow(/SITE_URL=.*https:\/\//);
  }
});
