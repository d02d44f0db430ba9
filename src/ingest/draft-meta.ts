// The starting .yaml that `npm run add-article` writes for a new raw page: what the pipeline can read off the page
// (title, byline with labels stripped, date, script, page chrome, every heading with a suggested id) filled in, and
// what only a person can decide (topic, and any field not found) commented out with its expected form, so that
// `npm run normalize` names it until it is filled in. Pure: no file system.
import { suggestAnswerId } from './answer-ids.ts';
import { decodeSource, type SourceLine } from './decode.ts';
import { applyErrata } from './errata.ts';
import { sourceMetaForms } from './meta-forms.ts';
import { parseBylineLine, splitPage } from './page.ts';
import { toSimplified } from './script.ts';
import { structure } from './structure.ts';

export interface DraftInput {
  /** The name the raw file gets in content/sources/. */
  fileName: string;
  bytes: Uint8Array;
  /** Topic ids of content/topics.yaml, for the comment that lists them. */
  topics: readonly string[];
  /** Answer ids published or declared anywhere on the site. */
  takenIds: ReadonlySet<string>;
}

export interface Draft {
  yaml: string;
  script: 'hans' | 'hant';
  title: string;
  /** Lines of the page the draft lists as chrome. */
  chrome: string[];
  headings: { no: number; heading: string; id: string }[];
}

/** Written in Traditional when converting to Simplified changes more than 2 % of its Han characters. */
export function detectScript(text: string): 'hans' | 'hant' {
  const han = [...text.matchAll(/\p{Script=Han}/gu)].length;
  if (han === 0) return 'hans';
  const simplified = toSimplified(text);
  let changed = 0;
  for (let i = 0; i < Math.min(text.length, simplified.length); i++) if (text[i] !== simplified[i]) changed++;
  return changed / han > 0.02 ? 'hant' : 'hans';
}

const navigation = /[|｜丨]|^(?:首页|主页|返回)/;
const siteName = /(?:网|網|网站|網站|门户|門戶|报|報|频道|頻道|在线|在線|新闻|新聞|财经|財經|资讯|資訊|之家|平台|中心)$/;

/** The lines above the title that no rule names: the portal's name and its menus, as far as a draft can tell. */
function titleAndChrome(lines: readonly SourceLine[]): { titleNo: number; site: string | null; chrome: string[] } {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const top = nonBlank.slice(0, 12);
  // The title: a Markdown # line near the top; else the line right above the first byline line, when that is no
  // menu; else the first line that is neither a menu nor a site name.
  const markdownTitle = top.find((l) => /^#\s+/.test(l.text.trim()));
  const bylineAt = top.findIndex((l) => parseBylineLine(l.text.trim()) !== undefined || /^\S{1,20}\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/.test(l.text.trim()));
  const aboveByline = bylineAt > 0 ? top[bylineAt - 1] : undefined;
  const plain = (l: SourceLine) => !navigation.test(l.text) && !siteName.test(l.text.trim()) && !/>/.test(l.text) && parseBylineLine(l.text.trim()) === undefined;
  const title =
    markdownTitle ??
    (aboveByline && plain(aboveByline) && aboveByline.text.trim().length >= 6 ? aboveByline : undefined) ??
    top.find((l) => plain(l) && l.text.trim().length >= 6) ??
    nonBlank[0]!;
  const above = nonBlank.filter((l) => l.no < title.no).map((l) => l.text.trim());
  const site = above.find((t) => siteName.test(t) && t.length <= 20 && !navigation.test(t)) ?? null;
  const chrome = above.filter((t) => t !== site && !parseBylineLine(t) && !/>\s*正文$/.test(t) && !/^\d{4}/.test(t));
  return { titleNo: title.no, site, chrome };
}

const yamlText = (text: string) => (/^[\w\u4e00-\u9fff][^:#{}[\],&*!|>'"%@`]*$/u.test(text) && !/^(?:null|true|false|yes|no|~|\d)/i.test(text) ? text : JSON.stringify(text));

export function draftMeta(input: DraftInput): Draft {
  const decoded = decodeSource(input.bytes, input.fileName);
  const script = detectScript(decoded.map((l) => l.text).join('\n'));
  const lines = script === 'hant' ? decoded.map((l) => ({ no: l.no, text: toSimplified(l.text) })) : decoded;
  const guess = titleAndChrome(lines);
  const page = splitPage(lines, input.fileName, { site: guess.site, chrome: guess.chrome, hasSubtitle: false }, () => {});
  const [title, ...rest] = applyErrata([page.title, ...page.body], [], input.fileName);
  const titleText = title!.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');

  const taken = new Set(input.takenIds);
  const headings: Draft['headings'] = [];
  structure(rest, input.fileName, { answers: [], notHeadings: [], metaFile: '', onUnnamed: (no, heading) => headings.push({ no, heading, id: suggestAnswerId(heading, taken) }) }, () => {});

  const b = page.byline;
  // The masthead names the site better than a breadcrumb, whose first step is often a section.
  const found = (field: 'site' | 'author' | 'origin' | 'editor' | 'published') => (field === 'site' ? guess.site ?? b.site?.value : b[field]?.value);
  const anyByline = b.author ?? b.origin ?? b.editor ?? b.published;
  const field = (name: 'site' | 'author' | 'origin' | 'editor' | 'published', optional: boolean) => {
    const value = found(name);
    if (value !== undefined) return `${name}: ${name === 'published' ? value : yamlText(value)}`;
    if (optional) return undefined;
    // A page with a byline that names no author names none; a page without any byline is for the editor to judge.
    if (anyByline && name !== 'site') return `${name}: null`;
    return `# ${sourceMetaForms[name]}  ← not found on the page: fill in, or write ${name}: null`;
  };
  // Lines in the footer that no rule knows (上一篇：…) are the site's too: proposed as chrome, as normalize would ask.
  const unknownFooter = page.dropped.filter((d) => d.why === 'unknown footer text').map((d) => d.text.trim());
  const chrome = [...guess.chrome, ...unknownFooter];
  const dropped = page.dropped.filter((d) => d.why !== 'reader comment' && d.why !== 'related link' && d.why !== 'unknown footer text');
  const cutHints = rest.flatMap((l) => {
    const text = l.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
    const spots = [...text.matchAll(/\p{Script=Han}[ \u3000]+[\p{Script=Han}。，；！？、]|\*{3}/gu)].map((m) => m[0]);
    return spots.map((spot) => `#   line ${l.no}: "${spot}" (a space or *** inside Chinese text is often a word the filter cut)`);
  });

  const out = [
    `# Starting metadata for ${input.fileName}, written by npm run add-article. Review every line against the page,`,
    '# fill in what is commented out, then run npm run normalize (README: "Adding an article").',
    `# topic: one of ${input.topics.join(', ')} (or add a topic to content/topics.yaml)`,
    `# ${sourceMetaForms['slug']}  ← needed only when the topic already has an article`,
    `title: ${yamlText(titleText)}`,
    field('site', false),
    field('author', false),
    field('origin', true),
    field('editor', true),
    field('published', false),
    `script: ${script}${script === 'hant' ? ' # written in Traditional: errata and headings below are in Simplified, as normalize reads them' : ''}`,
    ...(chrome.length > 0 ? [`# Lines taken for the portal's menus and footer; remove any that is article text.`, `chrome: [${chrome.map(yamlText).join(', ')}]`] : []),
    ...(dropped.length > 0 ? ['# Dropped by the built-in page rules (for review, nothing to do):', ...dropped.map((d) => `#   line ${d.no}: ${d.why}: ${d.text.trim().slice(0, 40)}`)] : []),
    '',
    '# Every line normalize reads as a heading, with a suggested id: make each id say what the answer is about',
    '# (lower-case ASCII kebab-case; it is published and never changes). A line that is body text, not a heading:',
    '# remove its entry and list it under notHeadings: [..]. A heading one level too deep or shallow: add level: 2…6.',
    '# Under each, asks: [..] lists the questions readers would type for it, in their own words (search finds',
    '# paraphrases by them; docs/adding-an-article.md, "Readers\' questions").',
    'answers:',
    ...headings.map((h) => `  - id: ${h.id} # line ${h.no}\n    heading: ${yamlText(h.heading)}`),
    '',
    '# Words the source site\'s filter cut: one erratum each (find, replace, count, reason), e.g.',
    `# ${sourceMetaForms['errata']!.split('\n')[1]!.trim()}`,
    ...(cutHints.length > 0 ? ['# Places to check:', ...cutHints] : []),
    'errata: []',
  ].filter((l): l is string => l !== undefined);
  return { yaml: `${out.join('\n')}\n`, script, title: titleText, chrome, headings };
}
