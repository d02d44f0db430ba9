// Names that every plain object answers to (Object.prototype's) are ordinary words to search for, never keys
// that reach the prototype: a reader typing `constructor` must get the same kind of answer as for any word.
import { expect, test } from 'vitest';
import { buildPinyinMap } from '../../../src/search-build/pinyin-map.ts';
import { wordsForPinyin, type PinyinMap } from '../../../src/search/pinyin.ts';

const prototypeNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];
// As the browser gets it: parsed JSON, a plain object.
const map = JSON.parse(JSON.stringify(buildPinyinMap(['花呗', '逾期']))) as PinyinMap;

test.each(prototypeNames)('pinyin: %s is letters that spell no word of the site', (name) => {
  expect(wordsForPinyin(name, map)).toEqual([]);
  expect(wordsForPinyin(`huabei ${name} yuqi`, map)).toEqual([['花呗'], ['逾期']]);
});
