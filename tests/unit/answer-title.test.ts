// An answer's title alone (src/lib/answer-title.ts): headings that say what they are about stand as they are;
// numbered parts and structural headings get the titles they belong under. Fixture headings of every form; the
// built pages are held to the same in tests/e2e/answer-titles.spec.ts.
import { describe, expect, test } from 'vitest';
import { answerTitle, isStructuralHeading, listNumberOf, needsContext } from '../../src/lib/answer-title.ts';

describe('list numbers', () => {
  test.each([
    ['一、及时联系客服', '一、'],
    ['十二．总结', '十二．'],
    ['2. 信用受损', '2. '],
    ['3、寻求法务支持', '3、'],
    ['4）配合工作', '4）'],
    ['（三）协商还款', '（三）'],
    ['(1) 确认情况', '(1) '],
  ])('%s starts with the list number %s', (heading, number) => {
    expect(listNumberOf(heading)).toBe(number);
    expect(needsContext(heading)).toBe(true);
  });

  test.each(['1.5倍罚息怎么算', '第一步:确认是不是被盗用', '24小时内联系客服', '十分钟了解花呗', '一次还清可以吗'])('%s has none', (heading) => {
    expect(listNumberOf(heading)).toBe('');
  });
});

describe('structural headings', () => {
  test.each(['引言', '结语', '总结', '小结：', '写在最后'])('%s names a part of a document', (heading) => {
    expect(isStructuralHeading(heading)).toBe(true);
    expect(needsContext(heading)).toBe(true);
  });

  test.each(['总结经验教训', '花呗逾期的后果', '保护个人信息'])('%s says what it is about', (heading) => {
    expect(isStructuralHeading(heading)).toBe(false);
    expect(needsContext(heading)).toBe(false);
  });
});

describe('titles alone', () => {
  const articleTitle = '支付宝逾期怎么办';
  const answers = [
    { id: 'intro', title: '引言', level: 2 },
    { id: 'talk', title: '花呗逾期如何与客服沟通', level: 2 },
    { id: 'talk-step', title: '1. 第一步:说明情况', level: 3 },
    { id: 'results', title: '二、逾期的法律结果', level: 2 },
    { id: 'credit', title: '2. 信用受损', level: 3 },
    { id: 'credit-note', title: '(1) 能否消除', level: 4 },
    { id: 'end', title: '三、总结', level: 2 },
  ];
  const title = (id: string) => answerTitle(articleTitle, answers, id);

  test('a heading that says what it is about stands alone', () => {
    expect(title('talk')).toEqual({ title: '花呗逾期如何与客服沟通', context: undefined, heading: '花呗逾期如何与客服沟通', number: '' });
  });

  test('a structural top-level heading gets the article title', () => {
    expect(title('intro').title).toBe('支付宝逾期怎么办：引言');
    expect(title('end')).toMatchObject({ title: '支付宝逾期怎么办：总结', context: articleTitle, heading: '总结', number: '三、' });
  });

  test('a numbered step gets the heading it belongs under, keeping what the step says', () => {
    expect(title('talk-step').title).toBe('花呗逾期如何与客服沟通：第一步:说明情况');
  });

  test('a numbered part under a numbered part gets the whole chain, every list number dropped', () => {
    expect(title('credit').title).toBe('支付宝逾期怎么办 · 逾期的法律结果：信用受损');
    expect(title('credit-note').title).toBe('支付宝逾期怎么办 · 逾期的法律结果 · 信用受损：能否消除');
  });

  test('an unknown answer is an error naming it', () => {
    expect(() => title('nowhere')).toThrow(/"nowhere"/);
  });
});
