import { expect, test } from 'vitest';
import { insertions } from '../../src/lib/edit-diff.ts';

test('marks the characters an erratum inserted', () => {
  expect(insertions('措', '措施')).toEqual([{ text: '措', inserted: false }, { text: '施', inserted: true }]);
  expect(insertions('其令人担忧', '尤其令人担忧')).toEqual([{ text: '尤', inserted: true }, { text: '其令人担忧', inserted: false }]);
});

test('finds insertions in more than one place', () => {
  expect(insertions('《人民个人信息保护法》', '《中华人民共和国个人信息保护法》')?.filter((p) => p.inserted).map((p) => p.text)).toEqual(['中华', '共和国']);
});

test('gives up when the erratum replaced characters rather than inserting', () => {
  expect(insertions('的 行动', '的维权行动')).toBeUndefined();
});
