import { describe, expect, test } from 'vitest';
import { offerText } from '../../../src/components/script-switch/offer.ts';
import { hansMessages } from '../../../src/components/search/messages.ts';
import { hantMessages } from '../../../src/components/search/messages-hant.ts';
import { createConverter } from '../../../src/hant/convert.ts';
import { recordForms } from '../../../src/hant/script-forms.ts';
import { mirrorSearchData, simplifiedPairs } from '../../../src/hant/search-data.ts';
import { variantNames } from '../../../src/lib/switch-link.ts';
import { scriptBridge } from '../../../src/search/script-tables.ts';
import { segmentHan } from '../../../src/search/query.ts';
import { siteLines } from './site-text.ts';

describe('the forms each Simplified character takes on the site', () => {
  test('only characters that change are listed, each with all its forms, the most frequent first', () => {
    const forms = recordForms();
    const convert = createConverter({ observe: forms.observe });
    for (const text of ['联系我们', '联系客服', '关系', '系统', '花呗']) convert(text);
    // In code point order; 系 became 繫 twice, 係 and 系 once each (ties in code point order); 客 never changed.
    expect(forms.forms()).toBe('们們 关關 呗唄 系繫係系 统統 联聯');
  });
});

describe('moving between the scripts in the browser', () => {
  const bridge = scriptBridge({ toHans: '後后發发髮发們们', toHant: '后後 发發髮 们們 系繫係系' });

  test('a query typed in Traditional (or mixed) is read in Simplified', () => {
    // 頭 is not in this small table: characters it does not know pass through.
    expect(bridge.toSimplified('以後頭髮 我們ok')).toBe('以后頭发 我们ok');
  });

  test('a word is looked up in every spelling its characters take on the site, capped', () => {
    expect(bridge.spellings('后来')).toEqual(['後来']);
    expect(bridge.spellings('头发')).toEqual(['头發', '头髮']);
    expect(bridge.spellings('系系系')).toHaveLength(6);
    expect(bridge.inTraditional({ label: '联系/发', terms: ['系', '发'] })).toEqual({ label: '联繫/發', terms: ['繫', '係', '系', '發', '髮'] });
  });

  test('a word keeps how it was planned: a thesaurus word or a pinyin reading is no word the reader typed', () => {
    expect(bridge.inTraditional({ label: '发', terms: ['发'], via: 'thesaurus' }).via).toBe('thesaurus');
    expect(bridge.inTraditional({ label: '后', terms: ['后'], via: 'pinyin' }).via).toBe('pinyin');
    expect(bridge.inTraditional({ label: '后', terms: ['后'] })).not.toHaveProperty('via');
  });

  test('with the site’s own tables, every word of the site finds each of its Traditional occurrences', () => {
    const forms = recordForms();
    const convert = createConverter({ observe: forms.observe });
    const lines = siteLines();
    const converted = lines.map(convert);
    const site = scriptBridge({ toHans: '', toHant: forms.forms() });
    const misses: string[] = [];
    lines.forEach((line, n) => {
      const chars = [...line];
      const traditional = [...converted[n]!];
      for (const run of line.split(/[^\p{Script=Han}]+/u).filter(Boolean)) {
        for (const word of segmentHan(run)) {
          for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            const start = [...line.slice(0, at)].length;
            const onPage = traditional.slice(start, start + [...word].length).join('');
            if (!site.spellings(word).includes(onPage)) misses.push(`${word} → ${onPage}`);
          }
        }
      }
      expect(chars.length).toBe(traditional.length);
    });
    expect(misses).toEqual([]);
  });
});

describe('the Traditional search data', () => {
  test('titles and topic names are converted; the Simplified-only parts give way to the tables', () => {
    const convert = createConverter();
    const data = mirrorSearchData(
      { answers: { 'notify-family': ['花呗逾期会通知家人吗', 'family-notification', 2] }, topics: { 'family-notification': '会不会通知家人和朋友' }, traditionalInGb2312: '後', pages: {} },
      convert,
      '们們',
      '們後',
    );
    expect(data).toEqual({
      answers: { 'notify-family': ['花唄逾期會通知家人嗎', 'family-notification', 2] },
      topics: { 'family-notification': '會不會通知家人和朋友' },
      script: { toHans: '們们後后', toHant: '们們' },
    });
  });

  test('Traditional characters map to their Simplified forms, one pair each', () => {
    expect(simplifiedPairs('後發媽')).toBe('後后發发媽妈');
  });
});

describe('text written out in both scripts for the browser (which has no converter)', () => {
  const convert = createConverter();
  test('the search UI’s messages', () => {
    for (const key of Object.keys(hansMessages) as (keyof typeof hansMessages)[]) {
      expect(hantMessages[key], key).toBe(convert(hansMessages[key]));
    }
  });
  test('the offer bar (each offers the other script, in that script)', () => {
    for (const key of Object.keys(offerText.hans) as (keyof typeof offerText.hans)[]) {
      expect(offerText.hant[key], key).toBe(convert(offerText.hans[key].replace(/简体/g, '繁体')));
    }
  });
  test('the names of the variants, each in its own script', () => {
    expect(variantNames.hant).toBe(convert('繁体中文'));
    expect(variantNames.hans).toBe('简体中文');
  });
});
