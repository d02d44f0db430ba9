// What a built site must show of the content it was built from, read from content/ (topics.yaml, the generated
// articles' frontmatter, permalinks.json) and checked in the built HTML: run over dist/ by
// tests/e2e/content.spec.ts, and over fixture builds that add an article (tests/unit/growth.test.ts,
// tests/e2e/added-article.spec.ts), so that adding an article needs no test edited. Returns every problem found,
// empty when the site shows its content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chineseCount } from '../../src/lib/chinese-count.ts';
import { readAnchorPages, readAnswers, readArticles, readPermalinks, readTopics, sourceBoxRows } from '../e2e/support/content.ts';
import { htmlText } from './html-text.ts';

/** Pages that list topics list the first twelve (src/lib/topic-listing.ts). */
const listedTopics = 12;

export function builtSiteProblems(contentDir: string, outDir: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => void (ok || problems.push(problem));
  const page = (path: string): string | undefined => {
    const file = join(outDir, path, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const topics = readTopics(contentDir);
  const articles = readArticles(contentDir).sort((a, b) => a.source.file.localeCompare(b.source.file));
  const answers = readAnswers(contentDir);
  const registry = readPermalinks(contentDir);
  const anchorPages = readAnchorPages(contentDir);
  const idsOf = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]!);

  const home = page('') ?? '';
  expect(htmlText(home).includes(`本站把网上${chineseCount(articles.length)}篇关于`), `home: does not count ${articles.length} articles`);
  for (const topic of topics.slice(0, listedTopics)) {
    const count = answers.filter((a) => a.topic === topic.id).length;
    expect(new RegExp(`href="/topics/${topic.id}/"[^>]*>${topic.name}</a>[\\s\\S]*?${count} 个回答`).test(home), `home: no card for ${topic.id} with ${count} answers`);
  }

  for (const topic of topics) {
    const own = articles.filter((a) => a.topic === topic.id);
    const topicPage = page(`topics/${topic.id}`);
    if (!topicPage) {
      problems.push(`topics/${topic.id}/: no page`);
      continue;
    }
    for (const article of own.filter((a) => a.page !== `/topics/${topic.id}/`)) {
      expect(topicPage.includes(`href="${article.page}"`), `topics/${topic.id}/: no link to ${article.page}, the page of ${article.slug}`);
    }
    // Each article on the page that carries it: the topic page the one named after the topic, its own page each other one.
    for (const article of own) {
      const path = article.page.replace(/^\/|\/$/g, '');
      const html = page(path);
      if (!html) {
        problems.push(`${path}/: no page for ${article.slug}`);
        continue;
      }
      expect(htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '') === topic.name, `${path}/: h1 is not "${topic.name}"`);
      const expectedIds = article.answers.map((x) => x.id);
      const shownIds = idsOf(html).filter((id) => expectedIds.includes(id));
      expect(JSON.stringify(shownIds) === JSON.stringify(expectedIds), `${path}/: answer headings ${shownIds.join(',')} are not ${expectedIds.join(',')}`);
      expect(existsSync(join(outDir, 'zh-hant', path, 'index.html')), `zh-hant/${path}/: no Traditional twin`);
      const box = new RegExp(`<section class="source-box" id="source_${article.slug}"[\\s\\S]*?</section>`).exec(html)?.[0];
      if (!box) {
        problems.push(`${path}/: no source box for ${article.slug}`);
        continue;
      }
      const rows = [...box.matchAll(/<dt>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m) => [m[1]!, htmlText(m[2]!)]);
      const expected = sourceBoxRows(article.source);
      expect(JSON.stringify(rows.map(([label]) => label)) === JSON.stringify(expected.map(([label]) => label)), `${article.slug}: source box labels ${rows.map(([l]) => l).join('/')}`);
      for (const [i, [label, value]] of expected.entries()) if (value !== null) expect(rows[i]?.[1] === value, `${article.slug}: source box ${label} is not "${value}"`);
      const text = htmlText(box);
      expect(article.restoredCount === 0 ? !text.includes('补回了') : text.includes(`补回了 ${article.restoredCount} 处`), `${article.slug}: source box does not say 补回了 ${article.restoredCount} 处`);
      const shown = html.match(/<ins class="restored"[ >]/g)?.length ?? 0;
      expect(shown >= article.restoredCount, `${path}/: ${shown} restored words marked, ${article.restoredCount} restored`);
      expect((html.match(/<blockquote/g)?.length ?? 0) === article.comments.length, `${path}/: not ${article.comments.length} reader comments`);
    }
  }

  for (const answer of answers) {
    const html = page(`a/${answer.id}`);
    if (!html) {
      problems.push(`a/${answer.id}/: no page`);
      continue;
    }
    expect(new RegExp(`<h1 id="${answer.id}">`).test(html), `a/${answer.id}/: its h1 is not the answer`);
    expect(existsSync(join(outDir, 'zh-hant/a', answer.id, 'index.html')), `zh-hant/a/${answer.id}/: no Traditional twin`);
  }

  for (const [id, entry] of Object.entries(registry)) {
    const html = page(`a/${id}`);
    expect(html !== undefined, `a/${id}/ (published id): no page`);
    if (entry.retired && html) expect(htmlText(html).includes('这个回答已删除') && htmlText(html).includes(entry.retired), `a/${id}/: does not say the answer was removed and why`);
    const where = anchorPages.get(id)!;
    expect((page(where.replace(/^\/|\/$/g, '')) ?? '').includes(`id="${id}"`), `${where}#${id} (published id): no anchor`);
  }

  const search = JSON.parse(readFileSync(join(outDir, 'search/data.json'), 'utf8')) as { answers: Record<string, [string, string]> };
  for (const answer of answers) expect(search.answers[answer.id]?.[0] === answer.title, `search/data.json: answer ${answer.id} missing or titled otherwise`);
  return problems;
}
