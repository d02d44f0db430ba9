import { describe, expect, test } from 'vitest';
import type { RichLine } from '../../../src/ingest/errata.ts';
import { segmentsText } from '../../../src/ingest/errata.ts';
import { answerLines, type Block, isQuestion, looksLikeHeading, structure } from '../../../src/ingest/structure.ts';
import type { AnswerMeta } from '../../../src/schemas/source-meta.ts';

const rich = (text: string): RichLine[] => text.split('\n').map((t, i) => ({ no: i + 1, segments: [{ kind: 'text', text: t }] }));
const answers = (...pairs: [string, string, number?][]): AnswerMeta[] =>
  pairs.map(([id, heading, level]) => ({ id, heading, ...(level ? { level } : {}) }));
const outline = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.answer.id} ${segmentsText(b.segments)}`] : []));
const opts = (a: AnswerMeta[], notHeadings: string[] = []) => ({ answers: a, notHeadings, metaFile: 'a.yaml' });

describe('structure', () => {
  test('Markdown heading depth becomes relative levels', () => {
    const blocks = structure(rich('### 甲\n正文。\n#### 乙\n正文。\n### 丙\n正文。'), 'a.txt', opts(answers(['a', '甲'], ['b', '乙'], ['c', '丙'])));
    expect(outline(blocks)).toEqual(['2 a 甲', '3 b 乙', '2 c 丙']);
  });

  test('ordinals nest under a named heading and short numbered steps under ordinals; long numbered lines become a list with labels', () => {
    const blocks = structure(
      rich('问题怎么解决\n一、法律责任\n以下是影响:\n1. 刑事责任:盗用花呗属于盗窃罪行为,将面临相应的法律制裁。\n2. 民事责任:受害方能够向法院提起民事诉讼。\n二、解决步骤\n1. 第一步:确认\n确认是否被盗用。'),
      'a.txt',
      opts(answers(['q', '问题怎么解决'], ['law', '一、法律责任'], ['steps', '二、解决步骤'], ['confirm', '1. 第一步:确认'])),
    );
    expect(outline(blocks)).toEqual(['2 q 问题怎么解决', '3 law 一、法律责任', '3 steps 二、解决步骤', '4 confirm 1. 第一步:确认']);
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => [i.number, segmentsText(i.label ?? []), segmentsText(i.rest).slice(0, 5)])).toEqual([
      [1, '刑事责任', ':盗用花呗'],
      [2, '民事责任', ':受害方能'],
    ]);
  });

  test('a level in the metadata overrides the rules', () => {
    const blocks = structure(rich('甲怎么办\n乙的方法\n正文。'), 'a.txt', opts(answers(['a', '甲怎么办'], ['b', '乙的方法', 3])));
    expect(outline(blocks)).toEqual(['2 a 甲怎么办', '3 b 乙的方法']);
  });

  test('a heading without an answer id stops, naming file, line, heading and what to add', () => {
    expect(() => structure(rich('正文第一段。\n### 新的小节\n正文。'), 'a.txt', opts([]))).toThrow(
      /^a\.txt:2: heading "新的小节" has no answer id — fix: add "- \{ id: xinde-xiaojie, heading: "新的小节" \}" under answers in a\.yaml \(the id is a suggestion/,
    );
  });

  test('with a report, every heading problem of the text is named in one pass', () => {
    const problems: string[] = [];
    structure(rich('### 甲\n正文。\n### 乙\n正文。\n丙怎么办\n正文。'), 'a.txt', { ...opts(answers(['a', '甲'], ['gone', '丁'])), metaText: 'answers:\n  - id: a\n    heading: 甲\n  - id: gone\n    heading: 丁\n' }, (e) => problems.push(e.message));
    expect(problems).toEqual([
      expect.stringMatching(/^a\.txt:3: heading "乙" has no answer id — fix: add "- \{ id: yi, heading: "乙" \}"/),
      expect.stringMatching(/^a\.txt:5: the short stand-alone line "丙怎么办" looks like a heading/),
      expect.stringMatching(/^a\.yaml:4: answer "gone" names the heading "丁", which is not in a\.txt/),
    ]);
  });

  test('a stand-alone short line must be declared a heading or body text', () => {
    expect(() => structure(rich('花呗逾期会通知朋友吗?\n正文。'), 'a.txt', opts([]))).toThrow(/^a\.txt:1: the short stand-alone line "花呗逾期会通知朋友吗\?" looks like a heading/);
    const blocks = structure(rich('花呗逾期会通知朋友吗?\n正文。'), 'a.txt', opts([], ['花呗逾期会通知朋友吗?']));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  test('an answer whose heading is not in the text is reported', () => {
    expect(() => structure(rich('### 甲\n正文。'), 'a.txt', opts(answers(['a', '甲'], ['b', '不存在'])))).toThrow(/answer "b" names the heading "不存在", which is not in a\.txt/);
  });

  test('a heading may not skip a level', () => {
    expect(() => structure(rich('### 甲\n正文。\n乙\n正文。'), 'a.txt', opts(answers(['a', '甲'], ['b', '乙', 4])))).toThrow(/would be level 4 right after level 2/);
  });
});

test('answerLines: the line of each answer entry, in flow or block style, quoted or not; the first of a repeated id', () => {
  const yaml = [
    'title: "甲"',
    'answers:',
    '  - { id: first-answer, heading: "甲" }',
    '  - {heading: "乙", id: "second"}',
    '  - id: third',
    '    heading: 丙',
    '    aliases: [old-id]',
    "  - { id: 'first-answer', heading: 丁 }",
    'notid: nope',
  ].join('\n');
  expect([...answerLines(yaml)]).toEqual([['first-answer', 3], ['second', 4], ['third', 5]]);
  expect(answerLines(undefined).size).toBe(0);
});

test('looksLikeHeading: short, no sentence punctuation', () => {
  expect(looksLikeHeading('花呗被盗用并逾期的应对方法')).toBe(true);
  expect(looksLikeHeading('具体解决步骤如下:')).toBe(false);
  expect(looksLikeHeading('正文。')).toBe(false);
});

test('isQuestion recognises the questions readers ask', () => {
  expect(isQuestion('花呗逾期会不会通知家人?')).toBe(true);
  expect(isQuestion('他人盗用花呗逾期怎么解决')).toBe(true);
  expect(isQuestion('核实债务金额')).toBe(false);
});

test('stand-alone **bold** and 【】 lines are headings, their marks dropped; numbering decides their level', () => {
  const blocks = structure(rich('【一、甲】\n正文。\n**二、乙**\n正文。\n**小结**\n正文。'), 'a.txt', opts(answers(['a', '一、甲'], ['b', '二、乙'], ['c', '小结'])));
  expect(outline(blocks)).toEqual(['2 a 一、甲', '2 b 二、乙', '3 c 小结']);
});
