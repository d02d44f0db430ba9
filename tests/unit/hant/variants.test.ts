import { describe, expect, test } from 'vitest';
import { preferredVariant, variantToOffer } from '../../../src/components/script-switch/offer.ts';
import { basePath, pathInVariant, variantOfLang, variantOfPath } from '../../../src/site/variants.ts';

describe('paths in each variant', () => {
  test.each([
    ['/', '/topics/theft/', '/zh-hant/topics/theft/'],
    ['/', '/', '/zh-hant/'],
    ['/kb/', '/kb/a/notify-family/', '/kb/zh-hant/a/notify-family/'],
    ['/kb', '/kb/search/', '/kb/zh-hant/search/'],
  ])('base %s: %s ↔ %s', (base, simplified, traditional) => {
    expect(pathInVariant(simplified, 'hant', base)).toBe(traditional);
    expect(pathInVariant(traditional, 'hans', base)).toBe(simplified);
    expect(pathInVariant(traditional, 'hant', base)).toBe(traditional);
    expect(pathInVariant(simplified, 'hans', base)).toBe(simplified);
    expect(variantOfPath(traditional, base)).toBe('hant');
    expect(variantOfPath(simplified, base)).toBe('hans');
  });

  test('a path outside the base is left alone', () => {
    expect(pathInVariant('/other/', 'hant', '/kb/')).toBe('/other/');
  });

  test('base paths are normalised', () => {
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('kb')).toBe('/kb/');
    expect(basePath('/kb/')).toBe('/kb/');
  });

  test('the variant of a document comes from its lang', () => {
    expect(variantOfLang('zh-Hant')).toBe('hant');
    expect(variantOfLang('zh-hant')).toBe('hant');
    expect(variantOfLang('zh-CN')).toBe('hans');
  });
});

describe('the offer to switch', () => {
  test.each([
    [['zh-TW'], 'hant'],
    [['zh-HK'], 'hant'],
    [['zh-MO'], 'hant'],
    [['zh-Hant'], 'hant'],
    [['zh-Hant-CN'], 'hant'],
    [['en-US', 'zh-TW'], 'hant'],
    [['zh-CN'], 'hans'],
    [['zh-SG'], 'hans'],
    [['zh-Hans-HK'], 'hans'],
    [['zh-CN', 'zh-TW'], 'hans'],
    [['zh'], undefined],
    [['en-US', 'ja'], undefined],
    [[], undefined],
  ] as const)('a browser asking for %j prefers %s', (languages, variant) => {
    expect(preferredVariant(languages)).toBe(variant);
  });

  test('a first visit from a Traditional browser to a Simplified page is offered Traditional', () => {
    expect(variantToOffer('hans', null, ['zh-TW'])).toBe('hant');
    expect(variantToOffer('hant', null, ['zh-TW'])).toBeUndefined();
    expect(variantToOffer('hans', null, ['en-US'])).toBeUndefined();
  });

  test('a remembered choice wins over the browser, both ways; a page in that script offers nothing', () => {
    expect(variantToOffer('hans', 'hans', ['zh-TW'])).toBeUndefined();
    expect(variantToOffer('hant', 'hans', ['zh-TW'])).toBe('hans');
    expect(variantToOffer('hans', 'hant', ['en-US'])).toBe('hant');
    expect(variantToOffer('hans', 'garbage', ['zh-TW'])).toBe('hant');
  });
});
