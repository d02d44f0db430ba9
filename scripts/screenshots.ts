// npm run screenshots [-- --port 4449] — how the built site looks on a phone, for review: screenshots of dist/ at
// 390 px (the heaviest topic page with its contents open and folded, deep in the page; the heaviest answer page)
// and the link-preview tags of every answer whose heading needs its context to stand alone
// (src/lib/answer-title.ts). Writes docs/screenshots/. Build first (npm run build). Not part of `npm test`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { needsContext } from '../src/lib/answer-title.ts';
import { readArticleMetas } from '../src/lib/article-files.ts';
import { launchBrowser } from './bench-search.ts';
import { startServer } from './bench-serve.ts';
import { heaviestPage } from './bench-weight.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4449' } } });
const out = 'docs/screenshots';
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** Answer ids whose heading is a numbered part or a document part, from the articles' frontmatter. */
function genericHeadings(): { id: string; heading: string }[] {
  return readArticleMetas('content/articles').flatMap(({ data }) => data.answers.filter((a) => needsContext(a.title)).map((a) => ({ id: a.id, heading: a.title })));
}

/** The preview tags a chat app reads from a page. */
function previewTags(html: string): [string, string][] {
  const tags: [string, string][] = [];
  for (const m of html.matchAll(/<meta (?:property|name)="((?:og|twitter):[a-z_:]+)" content="([^"]*)"/g)) tags.push([m[1]!, m[2]!]);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return title === undefined ? tags : [['title', title], ...tags];
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await startServer('dist', Number(values.port));
const browser = await launchBrowser();
const lines = ['# The site on a phone', '', 'Written by `npm run screenshots` from the built site (390 × 844 px). Review them when pages change. og:url carries',
  'the SITE_URL the site was built with.', ''];
try {
  const page = await (await browser.newContext(phone)).newPage();
  const topic = heaviestPage('topics');
  const answer = heaviestPage('a');
  // The contents arrive open (a phone shows them above the text) and fold away with a tap on their heading.
  await page.goto(server.origin + topic);
  await page.screenshot({ path: join(out, 'topic-contents-open.png') });
  await page.getByText('本页目录').click();
  await page.locator('[data-toc]').evaluate((toc) => toc.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(out, 'topic-contents-closed.png') });
  // Deep in the page, the 目录 link stays at hand.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
  await page.screenshot({ path: join(out, 'topic-deep.png') });
  await page.goto(server.origin + answer);
  await page.screenshot({ path: join(out, 'answer.png') });
  lines.push(
    `- [${topic} as it arrives, contents open](topic-contents-open.png)`,
    `- [${topic}, contents folded away](topic-contents-closed.png)`,
    `- [${topic}, deep in the page, 目录 at hand](topic-deep.png)`,
    `- [${answer}](answer.png)`,
    '',
  );
  lines.push('## Link previews of answers whose heading needs its context', '');
  for (const { id, heading } of genericHeadings()) {
    lines.push(`### /a/${id}/ (heading: ${heading})`, '', '| tag | content |', '|---|---|');
    for (const [name, content] of previewTags(readFileSync(join('dist', 'a', id, 'index.html'), 'utf8'))) lines.push(`| ${name} | ${content.replaceAll('|', '\\|')} |`);
    lines.push('');
  }
} finally {
  await browser.close();
  server.stop();
}
writeFileSync(join(out, 'README.md'), `${lines.join('\n')}\n`);
console.log(`screenshots: wrote ${out}/`);
