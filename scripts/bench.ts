// npm run bench [-- --port 4448 --runs 3] — the site's budgets, measured, in one table (figure beside budget);
// exits 1 when a budget is missed. Not part of `npm test` (it takes a few minutes).
//   build: wall time and peak memory (whole process tree) of a clean `npm run build` (dist/ and the cache removed);
//   page weight of home, the heaviest topic page, the heaviest answer page, /search/ and the heaviest /zh-hant/
//     topic and answer pages in Chromium, before any interaction, from scripts/serve.ts (gzip, public/_headers):
//     requests and bytes transferred by kind;
//   Lighthouse (mobile preset) on the same pages, the median of --runs runs per category;
//   the search figures of scripts/bench-search.ts.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { siteSettings } from '../src/site/settings.ts';
import { findBrowser } from './support/browser.ts';
import { measure, mib } from './bench-process.ts';
import { categories, lighthouseScores } from './bench-lighthouse.ts';
import { benchSearch, kb, launchBrowser } from './bench-search.ts';
import { startServer } from './bench-serve.ts';
import { budgetRow, formatTable, reported, writeBenchmarks, type Row } from './bench-table.ts';
import { heaviestPage, weigh } from './bench-weight.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4448' }, runs: { type: 'string', default: '3' } } });
const KB = 1024;
/** The content-page budget (README, Performance): before any interaction. */
const pageBudget = { total: 12 * KB, js: 2 * KB, requests: 4 };

const rows: Row[] = [];
const details: string[] = [];

// 1. A clean build, as CI or a host would run it.
rmSync('dist', { recursive: true, force: true });
rmSync(siteSettings().cacheDir, { recursive: true, force: true });
console.error('bench: clean npm run build …');
const build = await measure('npm', ['run', 'build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) {
  console.error(build.log);
  console.error('bench: the build failed');
  process.exit(1);
}
rows.push(reported('build: clean `npm run build`, wall time', `${build.seconds.toFixed(1)} s`));
rows.push(reported('build: peak RSS of the process tree', mib(build.peakRss)));

// The Traditional twins of the content pages are held to the same budgets (their text converts, their size barely moves).
const pages = {
  home: '/',
  topic: heaviestPage('topics'),
  answer: heaviestPage('a'),
  search: '/search/',
  'Traditional topic': heaviestPage('zh-hant/topics'),
  'Traditional answer': heaviestPage('zh-hant/a'),
};
const server = await startServer('dist', Number(values.port));
const chromePath = await findBrowser();
try {
  // 2. Page weight. Content pages have the budget; /search/ loads the search at once, by design, and is reported.
  for (const [kind, path] of Object.entries(pages)) {
    console.error(`bench: weighing ${path} …`);
    const w = await weigh(launchBrowser, `${server.origin}${path}`);
    const name = `${kind} ${path}`;
    const parts = `HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}${w.other ? `, other ${kb(w.other)}` : ''}`;
    if (kind === 'search') {
      rows.push(reported(`weight: ${name}, requests / bytes`, `${w.requests} / ${kb(w.total)} (${parts})`));
    } else {
      rows.push(budgetRow(`weight: ${name}, requests`, w.requests, pageBudget.requests, String));
      rows.push({ ...budgetRow(`weight: ${name}, bytes`, w.total, pageBudget.total, kb), figure: `${kb(w.total)} (${parts})` });
      rows.push(budgetRow(`weight: ${name}, JavaScript`, w.js, pageBudget.js, kb));
    }
    details.push(`${path} requested:`, ...w.urls.map((u) => `  ${u.replace(server.origin, '')}`));
  }

  // 3. Lighthouse, mobile preset, median of the runs.
  for (const [kind, path] of Object.entries(pages)) {
    console.error(`bench: lighthouse ${path} ×${values.runs} …`);
    const name = `lighthouse: ${kind} ${path} (perf / a11y / best practices / SEO)`;
    try {
      const { scores, failing } = await lighthouseScores(`${server.origin}${path}`, chromePath, Number(values.runs));
      const ok = categories.every((c) => scores[c] >= 100);
      rows.push({ name, figure: categories.map((c) => scores[c]).join(' / '), budget: '100 / 100 / 100 / 100', ok });
      if (failing.length > 0) details.push(`lighthouse ${path}, audits below full marks in some run: ${failing.join('; ')}`);
    } catch (error) {
      rows.push({ name, figure: 'no result', budget: '100 / 100 / 100 / 100', ok: false });
      details.push(String(error));
    }
  }

  // 4. Search.
  console.error('bench: search …');
  const browser = await launchBrowser();
  try {
    const search = await benchSearch(browser, server.origin);
    rows.push(...search.rows);
    details.push(...search.details);
  } finally {
    await browser.close();
  }
} finally {
  server.stop();
}

const table = formatTable(`npm run bench — ${new Date().toISOString().slice(0, 10)}`, rows);
console.log(table);
console.log(`\n${details.join('\n')}`);
writeBenchmarks('bench', `## The real site (npm run bench)\n\n${table}\n\n${details.map((d) => `- ${d}`).join('\n')}`);
if (rows.some((r) => !r.ok)) {
  console.error(`\nbench: ${rows.filter((r) => !r.ok).length} budget(s) missed`);
  process.exitCode = 1;
}
