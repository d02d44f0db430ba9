import { describe, expect, test } from 'vitest';
import type { Erratum } from '../../../src/schemas/source-meta.ts';
import { applyErrata, diff, segmentsText } from '../../../src/ingest/errata.ts';

const line = (text: string, no = 1) => ({ no, text });
const e = (find: string, replace: string, count: number, extra: Partial<Erratum> = {}): Erratum => ({ find, replace, count, reason: '测试理由', ...extra });

describe('applyErrata', () => {
  test('marks only the restored characters', () => {
    const [out] = applyErrata([line('客服部门实申报告知情况')], [e('实申报', '实施申报', 1)], 'a.txt');
    expect(out!.segments).toEqual([
      { kind: 'text', text: '客服部门实' },
      { kind: 'restored', text: '施', original: '', reason: '测试理由' },
      { kind: 'text', text: '申报告知情况' },
    ]);
  });

  test('marks two separate insertions in one erratum separately', () => {
    const [out] = applyErrata([line('#### 手及作用')], [e('手及作用', '催收手段及作用', 1)], 'a.txt');
    expect(out!.segments.filter((s) => s.kind === 'restored').map((s) => (s.kind === 'restored' ? s.text : ''))).toEqual(['催收', '段']);
    expect(segmentsText(out!.segments)).toBe('#### 催收手段及作用');
  });

  test('records what a replacement stood in for (a space the filter left)', () => {
    const [out] = applyErrata([line('客户可依法 。')], [e('依法 。', '依法维权。', 1)], 'a.txt');
    expect(out!.segments[1]).toMatchObject({ kind: 'restored', text: '维权', original: ' ' });
  });

  test('skips matches inside an except context', () => {
    const [out] = applyErrata([line('与人员沟通,客服人员说')], [e('人员', '催收人员', 1, { except: ['客服人员'] })], 'a.txt');
    expect(segmentsText(out!.segments)).toBe('与催收人员沟通,客服人员说');
  });

  test('turns {gap} into a visible gap with what the source had', () => {
    const [out] = applyErrata([line('引起的 *** 疑惑')], [e(' *** ', '{gap}', 1)], 'a.txt');
    expect(out!.segments).toEqual([
      { kind: 'text', text: '引起的' },
      { kind: 'gap', original: ' *** ', reason: '测试理由' },
      { kind: 'text', text: '疑惑' },
    ]);
  });

  test('a count that does not match stops, naming the lines and the fix', () => {
    expect(() => applyErrata([line('措来', 3), line('措,', 9)], [e('措', '措施', 1)], 'a.txt')).toThrow(
      /^a\.txt:3: erratum 1 \("措" → "措施"\) matched 2 times \(lines 3, 9\), expected 1 — fix: if every match is meant, set count: 2/,
    );
  });

  test('an erratum that no longer matches says so', () => {
    expect(() => applyErrata([line('正文')], [e('不存在', '不存在的', 1)], 'a.txt')).toThrow(/matched 0 times.*copy "find" exactly/);
  });

  test('overlapping errata stop the build', () => {
    expect(() => applyErrata([line('采用相应措来')], [e('相应措', '相应措施', 1), e('措来', '措施来', 1)], 'a.txt')).toThrow(/errata 1 and 2 overlap/);
  });

  test('an erratum may not silently delete text', () => {
    expect(() => applyErrata([line('多数情况下情况下')], [e('情况下情况下', '情况下', 1)], 'a.txt')).toThrow(/only deletes text/);
  });
});

test('diff finds the common characters', () => {
  expect(diff('《人民个人信息保护法》', '《中华人民共和国个人信息保护法》')).toEqual([
    { kind: 'same', text: '《' },
    { kind: 'changed', deleted: '', inserted: '中华' },
    { kind: 'same', text: '人民' },
    { kind: 'changed', deleted: '', inserted: '共和国' },
    { kind: 'same', text: '个人信息保护法》' },
  ]);
});
