import type { ArticleData } from '../schemas/article.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source-meta.ts';
import { decodeSource, type SourceLine } from './decode.ts';
import { applyErrata, type RichLine, segmentsText, GAP } from './errata.ts';
import { IngestError, lineWhere, type Report, stopAtFirst } from './errors.ts';
import { excerpt } from './excerpt.ts';
import { renderMdx } from './mdx.ts';
import { type PageParts, splitPage } from './page.ts';
import { toSimplified } from './script.ts';
import { type Block, isQuestion, structure } from './structure.ts';
import { formOf } from './meta-forms.ts';
import { parseYamlFileReadingOn } from './yaml-input.ts';

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

const readOnWithout: Readonly<Record<string, unknown>> = { site: null, author: null, origin: undefined, editor: undefined, published: null, subtitle: undefined, chrome: undefined, notHeadings: undefined };

/**
 * One raw article and its reviewed metadata → frontmatter, blocks and MDX. Pure: no file system.
 * Problems it can read past go to `report`, so one run names them all; it throws only when it cannot go on
 * (no metadata, metadata it cannot read, a file that is not text, a page without a title).
 */
export function buildArticle(input: SourceInput, topics: ReadonlySet<string>, report: Report = stopAtFirst, takenIds?: Set<string>): BuiltArticle {
  const { path, metaPath, metaText } = input;
  if (metaText === undefined) {
    throw new IngestError(path, undefined, `has no metadata file ${metaPath}`, `create it: npm run add-article writes a starting one, or copy a sibling .yaml and adapt topic, title and answers`);
  }
  // A wrong byline field or list of chrome lines need not stop the reading of the article: its other problems
  // are found in the same run.
  const meta = parseYamlFileReadingOn(metaText, metaPath, sourceMetaSchema, formOf, report, readOnWithout);
  if (!topics.has(meta.topic)) {
    report(new IngestError(metaPath, lineWhere(metaText, (l) => l.startsWith('topic:')), `unknown topic "${meta.topic}"`, `use one of ${[...topics].join(', ')}, or add the topic to content/topics.yaml`));
  }

  let lines: SourceLine[] = decodeSource(input.bytes, path);
  if (meta.script === 'hant') lines = lines.map((l) => ({ no: l.no, text: toSimplified(l.text) }));

  const page = splitPage(lines, path, { site: meta.site, chrome: meta.chrome ?? [], hasSubtitle: meta.subtitle !== undefined }, report);
  checkByline(page, meta, path, metaPath, metaText, report);

  const [title, ...rest] = applyErrata([page.title, ...(page.subtitle ? [page.subtitle] : []), ...page.body], meta.errata, path, report);
  const subtitle = page.subtitle ? rest.shift() : undefined;
  expectText(title!, meta.title, 'title', path, metaPath, report);
  if (subtitle && meta.subtitle) expectText(subtitle, meta.subtitle, 'subtitle', path, metaPath, report);
  for (const line of [title!, ...rest]) {
    const text = segmentsText(line.segments);
    if (/\*{3}/.test(line.segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''))) {
      report(new IngestError(path, line.no, `unreviewed placeholder *** in "${text.slice(0, 30)}"`, `add an erratum that replaces it with ${GAP}, e.g. errata: [{ find: " *** ", replace: "${GAP}", count: 1, reason: 原网页在此用 *** 代替了一个被过滤的词 }]`));
    }
  }

  const blocks = structure(rest, path, { answers: meta.answers, notHeadings: meta.notHeadings ?? [], metaFile: metaPath, metaText, ...(takenIds ? { takenIds } : {}) }, report);
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
        ? [{ id: b.answer.id, title: segmentsText(b.segments), level: b.level, excerpt: answerExcerpt(blocks, i), question: isQuestion(segmentsText(b.segments)), ...(b.answer.asks ? { asks: b.answer.asks.map(toSimplified) } : {}) }]
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

function expectText(line: RichLine, expected: string, field: string, path: string, metaPath: string, report: Report): void {
  const actual = segmentsText(line.segments);
  if (actual !== expected) {
    report(new IngestError(path, line.no, `the ${field} reads "${actual}" but ${metaPath} says "${expected}"`, `set ${field}: ${actual} in ${metaPath} (or, if that line is page chrome, add it to chrome: [${JSON.stringify(actual)}])`));
  }
}

function checkByline(page: PageParts, meta: SourceMeta, path: string, metaPath: string, metaText: string, report: Report): void {
  const checks = [
    ['site', page.byline.site, meta.site],
    ['author', page.byline.author, meta.author],
    ['origin', page.byline.origin, meta.origin ?? null],
    ['editor', page.byline.editor, meta.editor ?? null],
    ['published', page.byline.published, meta.published],
  ] as const;
  // A masthead line that is the declared site (dropped as the site's name) names it as well as a breadcrumb does.
  const masthead = meta.site !== null && page.dropped.some((d) => d.why === 'site navigation' && d.text.trim() === meta.site);
  for (const [field, found, declared] of checks) {
    if (field === 'site' && masthead) continue;
    if (found && found.value !== declared) {
      const where = lineWhere(metaText, (l) => l.startsWith(`${field}:`));
      report(new IngestError(path, found.no, `the page's byline gives ${field} "${found.value}" but ${where ? `${metaPath}:${where}` : metaPath} says "${declared}"`, `set ${field}: ${found.value} in ${metaPath}`));
    }
  }
}
