import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js/cn2t';
import { createConverter } from '../../../src/hant/convert.ts';
import { corrections } from '../../../src/hant/corrections.ts';
import pitfalls from './pitfalls.json' with { type: 'json' };
import { simplifiedOnlyIn } from '../../support/simplified-only.ts';
import { contentFiles, occurrences, siteLines } from './site-text.ts';

const convert = createConverter();
const lines = siteLines();

describe('the reviewed conversions of the site’s own text (tests/unit/hant/pitfalls.json)', () => {
  for (const { simplified, traditional } of pitfalls.entries) {
    test(`${simplified} → ${traditional}`, () => {
      const line = lines.find((l) => l.includes(simplified));
      expect(line, `"${simplified}" no longer occurs in the site's text: review the list`).toBeDefined();
      expect(convert(simplified)).toBe(traditional);
      // In its sentence too: OpenCC segments the whole text, so a neighbour can change the choice.
      const at = [...line!.slice(0, line!.indexOf(simplified))].length;
      expect([...convert(line!)].slice(at, at + [...simplified].length).join('')).toBe(traditional);
    });
  }
});

describe('corrections', () => {
  const content = contentFiles().join('\n');
  const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
  for (const c of corrections) {
    test(`${c.find} → ${c.replace} is needed, keeps the length, and occurs ${c.count} times`, () => {
      expect(opencc(c.find)).not.toBe(c.replace);
      expect([...c.replace].length).toBe([...c.find].length);
      expect(occurrences(content, c.find), 'a changed count means new text to review').toBe(c.count);
      expect(convert(`甲${c.find}乙`)).toBe(`甲${c.replace}乙`);
    });
  }

  test('a correction that would change the length is refused', () => {
    expect(() => createConverter({ corrections: [{ find: '并为', replace: '並', count: 1, reason: 'test' }] })).toThrow(/length/);
  });
});

describe('character level only', () => {
  test('vocabulary is never rewritten (no twp phrases: 用户, 信息, 网络, 软件 keep their words)', () => {
    expect(convert('用户的信息在网络和软件里')).toBe('用戶的信息在網絡和軟件裡');
  });

  test('text without Han characters comes back as it was', () => {
    expect(convert('Cookie 1,234 &amp; <b>')).toBe('Cookie 1,234 &amp; <b>');
  });

  test('conversion keeps the number of characters of every line of the site (the mirror relies on it)', () => {
    for (const line of lines) expect([...convert(line)].length, line).toBe([...line].length);
  });

  test('the converted text of the whole site holds no Simplified-only character', () => {
    expect(simplifiedOnlyIn(lines.map(convert).join('\n'))).toEqual([]);
    // The check itself sees them.
    expect(simplifiedOnlyIn('我们这里')).toEqual(['们', '这']);
  });
});

describe('memory', () => {
  test('repeated texts are answered from memory, and what is seen is reported', () => {
    const seen: string[] = [];
    const c = createConverter({ observe: (text) => seen.push(text) });
    c('花呗逾期');
    c('花呗逾期');
    c('上门催收');
    expect(c.stats).toEqual({ hits: 1, misses: 2 });
    expect(seen).toEqual(['花呗逾期', '上门催收']);
  });

  test('memory is bounded: a text not used for a while is forgotten, one used again is kept', () => {
    // Two generations of two texts.
    const c = createConverter({ cacheSize: 4 });
    c('花呗');
    c('借呗');
    c('花呗');
    c('催收');
    expect(c.stats).toEqual({ hits: 1, misses: 3 });
    c('借呗');
    expect(c.stats.misses).toBe(4);
    c('花呗');
    expect(c.stats.hits).toBe(2);
  });
});
