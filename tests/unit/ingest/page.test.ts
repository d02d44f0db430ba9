import { describe, expect, test } from 'vitest';
import type { SourceLine } from '../../../src/ingest/decode.ts';
import { splitPage } from '../../../src/ingest/page.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const opts = { site: null, chrome: [], hasSubtitle: false };

describe('splitPage', () => {
  test('drops portal chrome above the title and reads the byline', () => {
    const page = splitPage(
      lines('某某综合门户网站\n\n逾期知识\n分享\n文章标题\n\n续不手 2024-11-19 22:42:37\n\n正文第一段。'),
      'a.txt',
      { ...opts, site: '某某综合门户网站', chrome: ['逾期知识'] },
    );
    expect(page.title).toEqual({ no: 5, text: '文章标题' });
    expect(page.body.map((l) => l.text)).toEqual(['正文第一段。']);
    expect(page.byline.author?.value).toBe('续不手');
    expect(page.byline.published?.value).toBe('2024-11-19');
    expect(page.dropped.map((d) => d.why)).toEqual(['site navigation', 'site navigation', 'share button', 'byline (author, date and time)']);
  });

  test('reads a breadcrumb as the site, a glued date (20253/27) and a 来源 byline', () => {
    const page = splitPage(lines('国泰法律 > > 正文\n20253/27\n来源:孔菲\n\n标题\n\n字体:\n\n正文。'), 'a.txt', opts);
    expect(page.byline.site?.value).toBe('国泰法律');
    expect(page.byline.published?.value).toBe('2025-03-27');
    expect(page.byline.origin?.value).toBe('孔菲');
    expect(page.byline.author).toBeUndefined();
    expect(page.title.text).toBe('标题');
    expect(page.body.map((l) => l.text)).toEqual(['正文。']);
  });

  test.each([
    ['作者:张三', { author: '张三' }],
    ['作者：张三', { author: '张三' }],
    ['作者： 张三', { author: '张三' }],
    ['文/李四', { author: '李四' }],
    ['文／李四', { author: '李四' }],
    ['来源:某某财经', { origin: '某某财经' }],
    ['责任编辑:王五', { editor: '王五' }],
    ['作者:张三 2025-06-08 10:20', { author: '张三', published: '2025-06-08' }],
    ['来源：某某网 | 作者：张三 | 发布时间：2025年6月8日', { origin: '某某网', author: '张三', published: '2025-06-08' }],
    ['文/李四  编辑:王五  2025-6-8', { author: '李四', editor: '王五', published: '2025-06-08' }],
  ])('reads the byline "%s" into its fields, labels stripped', (line, fields) => {
    const page = splitPage(lines(`标题\n${line}\n正文。`), 'a.txt', opts);
    const read = Object.fromEntries(Object.entries(page.byline).map(([k, v]) => [k, v.value]));
    expect(read).toEqual(fields);
    expect(page.body.map((l) => l.text)).toEqual(['正文。']);
  });

  test.each(['作者认为花呗逾期后应该尽快与平台协商。', '文/李四，说得对。', '来源:'])('keeps "%s" as text: not a byline', (line) => {
    const page = splitPage(lines(`标题\n${line}\n正文。`), 'a.txt', opts);
    expect(page.byline).toEqual({});
    expect(page.body.map((l) => l.text)).toEqual([line, '正文。']);
  });

  test('reads the editor from the footer credit 【责任编辑:X】', () => {
    const page = splitPage(lines('标题\n正文。\n【纠错】 【责任编辑:孔菲】'), 'a.txt', opts);
    expect(page.byline.editor).toEqual({ value: '孔菲', no: 3 });
  });

  test('strips Markdown heading marks from the title and drops the title repeated in the body', () => {
    const page = splitPage(lines('### 标题\n正文。\n标题\n更多正文。'), 'a.txt', opts);
    expect(page.title.text).toBe('标题');
    expect(page.body.map((l) => l.no)).toEqual([2, 4]);
    expect(page.dropped).toEqual([{ no: 3, text: '标题', why: 'repeated title' }]);
  });

  test('takes the line after the title as subtitle when the metadata declares one', () => {
    const page = splitPage(lines('标题\n副标题\n正文。'), 'a.txt', { ...opts, hasSubtitle: true });
    expect(page.subtitle).toEqual({ no: 2, text: '副标题' });
    expect(page.body.map((l) => l.text)).toEqual(['正文。']);
  });

  test('keeps reader comments as data and drops the footer', () => {
    const page = splitPage(
      lines(
        '标题\n正文。\n精彩评论\n\n头像 纯净穹 2025-03-27\n评论一。\n头像 王怡蕊 2025-03-27\n评论二,\n第二行。\n【纠错】 【责任编辑:孔菲】\n\nCopyright ? 2000 - 2028 All Rights Reserved.\n湘ICP备12000099号-3.',
      ),
      'a.txt',
      opts,
    );
    expect(page.body.map((l) => l.text)).toEqual(['正文。']);
    expect(page.comments).toEqual([
      { name: '纯净穹', date: '2025-03-27', text: '评论一。' },
      { name: '王怡蕊', date: '2025-03-27', text: '评论二,\n第二行。' },
    ]);
    expect(page.dropped.filter((d) => d.why !== 'reader comment').map((d) => d.why)).toEqual([
      'comments heading',
      'editor credit',
      'copyright line',
      'ICP licence',
    ]);
  });

  test('stops on text in the footer that is neither comment nor chrome, naming the line', () => {
    expect(() => splitPage(lines('标题\n正文。\n声明:仅供参考。\n这是一段不明文字。'), 'a.txt', opts)).toThrow(
      /^a\.txt:4: text in the page footer is neither a reader comment nor known chrome: "这是一段不明文字。" — fix: /,
    );
  });

  test('fails when every line is chrome', () => {
    expect(() => splitPage(lines('分享\n字体:'), 'a.txt', opts)).toThrow(/no article title found/);
  });
});
