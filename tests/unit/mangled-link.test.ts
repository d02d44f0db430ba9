// Mangled answer links (src/lib/mangled-link.ts): what chats and forums do to a pasted link, on fixture ids.
import { describe, expect, test } from 'vitest';
import { idPartOf, idsMatching, maxCandidates } from '../../src/lib/mangled-link.ts';

describe('the id part of a mangled address', () => {
  test.each([
    ['/a/notify-family/', '/', 'notify-family'],
    ['/a/notify-family', '/', 'notify-family'],
    ['/a/notify-family。', '/', 'notify-family'],
    ['/a/notify-family/%EF%BC%8C', '/', 'notify-family'],
    ['/a/notify-family%EF%BC%89%E3%80%8D', '/', 'notify-family'],
    ['/a/notify-family%E3%80', '/', 'notify-family'],
    ['/A/NOTIFY-FAMILY/', '/', 'notify-family'],
    ['/zh-hant/a/notify-fam', '/', 'notify-fam'],
    ['/kb/a/notify-family）/', '/kb/', 'notify-family'],
    ['/KB/ZH-HANT/A/Notify-Family-', '/kb/', 'notify-family'],
  ])('%s (base %s) → %s', (path, base, id) => {
    expect(idPartOf(path, [base, `${base}zh-hant/`])).toBe(id);
  });

  test.each(['/', '/topics/theft。', '/a/', '/a/。', '/search/', '/zh-hant/topics/a/theft'])('%s is no answer address', (path) => {
    expect(idPartOf(path, ['/', '/zh-hant/'])).toBeUndefined();
  });
});

describe('the ids it can stand for', () => {
  const ids = ['notify-family', 'notify-friends', 'notify-alipay-friends', 'verify-debt', 'verify-debt-amount', 'credit'];

  test('a whole id is itself, even when a longer id starts with it', () => {
    expect(idsMatching('verify-debt', ids)).toEqual(['verify-debt']);
  });

  test('a cut-off id is every id it starts, shortest first', () => {
    expect(idsMatching('notify-fam', ids)).toEqual(['notify-family']);
    expect(idsMatching('notify', ids)).toEqual(['notify-family', 'notify-friends', 'notify-alipay-friends']);
    expect(idsMatching('verify-de', ids)).toEqual(['verify-debt', 'verify-debt-amount']);
  });

  test('at most a few are offered, and too short a start offers none', () => {
    const many = Array.from({ length: 20 }, (_, i) => `step-${i}`);
    expect(idsMatching('step-', many)).toHaveLength(maxCandidates);
    expect(idsMatching('no', ids)).toEqual([]);
  });

  test('text glued on without a break still finds the id', () => {
    expect(idsMatching('credithttp', ids)).toEqual(['credit']);
    expect(idsMatching('unknown', ids)).toEqual([]);
  });
});
