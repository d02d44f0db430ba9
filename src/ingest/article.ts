import type { ArticleData } from '../schemas/article.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source-meta.ts';
import { decodeSource, type SourceLine } from './decode.ts';
import { applyErrata, type RichLine, segmentsText, GAP } from './errata.ts';
import { IngestError } from './errors.ts';
import { excerpt } from './excerpt.ts';
import { renderMdx } from './mdx.ts';
import { type PageParts, splitPage } from './page.ts';
import { toSimplified } from './script.ts';
import { type Block, isQuestion, structure } from './structure.ts';
import { parseYamlFile } from './yaml-input.ts';

export interface SourceInput {
  /** Path shown in messages, e.g. content/sources/003_….txt */
  path: string;
  bytes: Uint8Array;
  metaPath: string;
  /** undefined when the .yaml is missing */
  metaText: string | undefined;
}

export interface BuiltArticle {
  /** The collection entry id and file name: content/articles/<slug>.mdx */
  slug: string;
  path: string;
  metaPath: string;
  meta: SourceMeta;
  page: PageParts;
  blocks: Block[];
  frontmatter: ArticleData;
  mdx: string;
}

/** One raw article and its reviewed metadata → frontmatter, blocks and MDX. Pure: no file system. */
export function buildArticle(input: SourceInput, topics: ReadonlySet<string>): BuiltArticle {
  const { path, metaPath } = input;
  if (input.metaText === undefined) {
    throw new IngestError(path, undefined, `has no metadata file ${metaPath}`, `create ${metaPath} (copy a sibling .yaml and adapt topic, title and answers)`);
  }
  const meta = parseYamlFile(input.metaText, metaPath, sourceMetaSchema);
  if (!topics.has(meta.topic)) {
    const line = input.metaText.split('\n').findIndex((l) => l.startsWith('topic:')) + 1;
    throw new IngestError(metaPath, line || undefined, `unknown topic "${meta.topic}"`, `use one of ${[...topics].join(', ')}, or add the topic to content/topics.yaml`);
  }

  let lines: SourceLine[] = decodeSource(input.bytes, path);
  if (meta.script === 'hant') lines = lines.map((l) => ({ no: l.no, text: toSimplified(l.text) }));

  const page = splitPage(lines, path, { site: meta.site, chrome: meta.chrome ?? [], hasSubtitle: meta.subtitle !== undefined });
  checkByline(page, meta, path, metaPath);

  const [title, ...rest] = applyErrata([page.title, ...(page.subtitle ? [page.subtitle] : []), ...page.body], meta.errata, path);
  const subtitle = page.subtitle ? rest.shift() : undefined;
  expectText(title!, meta.title, 'title', path, metaPath);
  if (subtitle && meta.subtitle) expectText(subtitle, meta.subtitle, 'subtitle', path, metaPath);
  for (const line of [title!, ...rest]) {
    const text = segmentsText(line.segments);
    if (/\*{3}/.test(line.segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''))) {
      throw new IngestError(path, line.no, `unreviewed placeholder *** in "${text.slice(0, 30)}"`, `add an erratum that replaces it with ${GAP} (or with the word, if it can be known)`);
    }
  }

  const blocks = structure(rest, path, { answers: meta.answers, notHeadings: meta.notHeadings ?? [], metaFile: metaPath });
  const slug = meta.slug ?? meta.topic;
  const frontmatter: ArticleData = {
    topic: meta.topic,
    title: meta.title,
    titleSegments: title!.segments,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    source: {
      file: path.split('/').pop()!,
      site: meta.site,
      author: meta.author,
      ...(meta.origin ? { origin: meta.origin } : {}),
      ...(meta.editor ? { editor: meta.editor } : {}),
      published: meta.published,
      script: meta.script,
    },
    answers: blocks.flatMap((b, i) =>
      b.kind === 'heading'
        ? [{ id: b.answer.id, title: segmentsText(b.segments), level: b.level, excerpt: answerExcerpt(blocks, i), question: isQuestion(segmentsText(b.segments)) }]
        : [],
    ),
    edits: meta.errata.map((e) => ({ find: e.find, replace: e.replace, gap: e.replace.includes(GAP), count: e.count, reason: e.reason })),
    restoredCount: meta.errata.filter((e) => !e.replace.includes(GAP)).reduce((n, e) => n + e.count, 0),
    gapCount: meta.errata.filter((e) => e.replace.includes(GAP)).reduce((n, e) => n + e.count, 0),
    comments: page.comments,
  };
  return { slug, path, metaPath, meta, page, blocks, frontmatter, mdx: renderMdx(frontmatter, blocks, `content/sources/${frontmatter.source.file}`) };
}

/** The first sentences of an answer's text, reading on into its sub-answers when its own text is short. */
function answerExcerpt(blocks: readonly Block[], index: number): string {
  const level = (blocks[index] as Extract<Block, { kind: 'heading' }>).level;
  const texts: string[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (block.kind === 'heading' && block.level <= level) break;
    if (block.kind === 'paragraph') texts.push(segmentsText(block.segments));
    if (block.kind === 'list') texts.push(...block.items.map((i) => segmentsText([...(i.label ?? []), ...i.rest])));
    if (texts.join('').length > 120) break;
  }
  return excerpt(texts.join(''));
}

function expectText(line: RichLine, expected: string, field: string, path: string, metaPath: string): void {
  const actual = segmentsText(line.segments);
  if (actual !== expected) {
    throw new IngestError(path, line.no, `the ${field} reads "${actual}" but ${metaPath} says "${expected}"`, `set ${field}: ${actual} in ${metaPath} (or, if that line is page chrome, add it to chrome)`);
  }
}

function checkByline(page: PageParts, meta: SourceMeta, path: string, metaPath: string): void {
  const checks = [
    ['site', page.byline.site, meta.site],
    ['author', page.byline.author, meta.author],
    ['origin', page.byline.origin, meta.origin ?? null],
    ['editor', page.byline.editor, meta.editor ?? null],
    ['published', page.byline.published, meta.published],
  ] as const;
  for (const [field, found, declared] of checks) {
    if (found && found.value !== declared) {
      throw new IngestError(path, found.no, `the page's byline gives ${field} "${found.value}" but ${metaPath} says "${declared}"`, `set ${field}: ${found.value} in ${metaPath}`);
    }
  }
}
