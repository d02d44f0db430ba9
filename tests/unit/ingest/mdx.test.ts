import { expect, test } from 'vitest';
import { escapeBlockStart, escapeInline, renderSegments } from '../../../src/ingest/mdx.ts';

test('escapes every character Markdown or MDX would read as syntax', () => {
  expect(escapeInline('<script>{1+1}</script> *强调* _x_ # \\ `c` [a](b) ! | ~ & $')).toBe(
    '\\<script\\>\\{1+1\\}\\</script\\> \\*强调\\* \\_x\\_ \\# \\\\ \\`c\\` \\[a\\](b) \\! \\| \\~ \\& \\$',
  );
});

test('escapes block syntax at the start of a paragraph: lists, setext lines and MDX ESM', () => {
  expect(escapeBlockStart('1. 不是列表')).toBe('1\\. 不是列表');
  expect(escapeBlockStart('- 不是列表')).toBe('\\- 不是列表');
  expect(escapeBlockStart('import x from "y"')).toBe('&#105;mport x from "y"');
  expect(escapeBlockStart('export const a = 1')).toBe('&#101;xport const a = 1');
  expect(escapeBlockStart('importance')).toBe('importance');
});

test('restored words and gaps become components with JSON-quoted attributes', () => {
  expect(
    renderSegments([
      { kind: 'text', text: '依法' },
      { kind: 'restored', text: '维权', original: ' ', reason: '理由 "引号" {x}' },
      { kind: 'gap', original: ' *** ', reason: '无法确定' },
    ]),
  ).toBe('依法<Restored original={" "} reason={"理由 \\"引号\\" {x}"}>维权</Restored><Gap original={" *** "} reason={"无法确定"} />');
});
