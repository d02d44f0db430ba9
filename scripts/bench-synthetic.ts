// Synthetic articles for the scale benchmark (scripts/bench-scale.ts), recombined from the real ones so that
// they go through `npm run normalize` as a real source would: a raw .txt in the script of its seed (Traditional
// seeds stay Traditional, so OpenCC runs as often as it would) and a reviewed .yaml with unique answer ids.
//
// Article n takes the outline of a real article (its seed): the seed's headings in order, each made unique with
// "（例n）", and its lists; every paragraph is drawn at random (seeded, so every run writes the same files) from
// the paragraphs of all real articles of the same script. Synthetic topics hold `perTopic` articles each, so a
// topic page stays the size of a few articles however many there are. Errata are left out: the raw lines are
// used as they are (lines with the filter's *** placeholder are not drawn).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildArticle } from '../src/ingest/article.ts';
import { decodeSource } from '../src/ingest/decode.ts';
import { toSimplified } from '../src/ingest/script.ts';
import { looksLikeHeading } from '../src/ingest/structure.ts';

type Script = 'hans' | 'hant';

interface SeedLine {
  kind: 'heading' | 'paragraph' | 'item';
  /** The raw line, as the source file has it. */
  raw: string;
  /** Heading only: its answer id and level in the seed. */
  id?: string;
  level?: number;
}

interface Seed {
  topic: string;
  title: string;
  script: Script;
  lines: SeedLine[];
  notHeadings: string[];
}

interface RealTopic {
  id: string;
  name: string;
  description: string;
  order: number;
}

const placeholder = /\*{3}/;

/** Reads the real sources and classifies each raw line by what the ingest made of it. */
export function readSeeds(contentDir: string): Seed[] {
  const topics = new Set((parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as RealTopic[]).map((t) => t.id));
  const dir = join(contentDir, 'sources');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const metaPath = path.replace(/\.txt$/, '.yaml');
      const bytes = readFileSync(path);
      const built = buildArticle({ path, bytes, metaPath, metaText: readFileSync(metaPath, 'utf8') }, topics);
      const raw = decodeSource(bytes, path);
      const rawLine = (no: number) => raw[no - 1]!.text.trim();
      const lines: SeedLine[] = built.blocks.flatMap((block): SeedLine[] => {
        if (block.kind === 'heading') return [{ kind: 'heading', raw: rawLine(block.no).replace(placeholder, ''), id: block.answer.id, level: block.level }];
        if (block.kind === 'paragraph') return [{ kind: 'paragraph', raw: rawLine(block.no) }];
        return block.items.map((item) => ({ kind: 'item' as const, raw: rawLine(item.no).replace(placeholder, '') }));
      });
      return { topic: built.meta.topic, title: built.meta.title, script: built.meta.script, lines, notHeadings: built.meta.notHeadings ?? [] };
    });
}

/** A small seeded PRNG (mulberry32): the same article number always draws the same paragraphs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const simplified = (script: Script, text: string) => (script === 'hant' ? toSimplified(text) : text);

/** "怎么办？" + 7 → "怎么办（例7）？": the suffix keeps a question a question. */
function numbered(text: string, n: number): string {
  const m = /^(.*?)([?？]?)$/.exec(text)!;
  return `${m[1]}（例${n}）${m[2]}`;
}

export interface SyntheticOptions {
  /** Real content directory (sources, topics.yaml, permalinks.json) to recombine. */
  contentDir: string;
  /** Content directory of the temporary project; its sources/ and topics.yaml get the synthetic ones added. */
  targetDir: string;
  /** Synthetic articles to add. */
  count: number;
  perTopic: number;
}

export interface SyntheticSummary {
  articles: number;
  topics: number;
  answers: number;
}

export function writeSynthetic({ contentDir, targetDir, count, perTopic }: SyntheticOptions): SyntheticSummary {
  const seeds = readSeeds(contentDir);
  const realTopics = parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as RealTopic[];
  const pools: Record<Script, string[]> = { hans: [], hant: [] };
  for (const seed of seeds) {
    for (const line of seed.lines) {
      // A paragraph that looks like a heading out of its context (a seed's notHeadings) would stop the ingest.
      if (line.kind === 'paragraph' && !placeholder.test(line.raw) && !looksLikeHeading(simplified(seed.script, line.raw))) pools[seed.script].push(line.raw);
    }
  }

  const topics: RealTopic[] = [...realTopics];
  let answers = 0;
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const seed = seeds[i % seeds.length]!;
    const draw = random(n);
    const topicIndex = Math.floor(i / perTopic);
    const topicId = `s${String(topicIndex + 1).padStart(5, '0')}`;
    if (topics.length === realTopics.length + topicIndex) {
      const real = realTopics.find((t) => t.id === seed.topic)!;
      topics.push({ id: topicId, name: `${real.name}（合集${topicIndex + 1}）`, description: real.description, order: realTopics.length + topicIndex + 1 });
    }
    const title = `${seed.title}（例${n}）`;
    const lines = [title];
    const metaAnswers: { id: string; heading: string; level: number }[] = [];
    for (const line of seed.lines) {
      if (line.kind === 'heading') {
        const raw = numbered(line.raw, n);
        lines.push(raw);
        metaAnswers.push({ id: `${line.id}-${n}`, heading: simplified(seed.script, raw).replace(/^#{1,6}\s+/, ''), level: line.level! });
      } else if (line.kind === 'paragraph') {
        const pool = pools[seed.script];
        lines.push(pool[Math.floor(draw() * pool.length)]!);
      } else {
        lines.push(line.raw);
      }
    }
    answers += metaAnswers.length;
    const name = `9${String(n).padStart(6, '0')}_synthetic`;
    const meta = {
      topic: topicId,
      slug: `synthetic-${n}`,
      title: simplified(seed.script, title),
      site: null,
      author: null,
      published: null,
      script: seed.script,
      ...(seed.notHeadings.length > 0 ? { notHeadings: seed.notHeadings } : {}),
      answers: metaAnswers,
    };
    writeFileSync(join(targetDir, 'sources', `${name}.txt`), `${lines.join('\n')}\n`);
    // JSON is YAML: no quoting rules to get wrong.
    writeFileSync(join(targetDir, 'sources', `${name}.yaml`), `${JSON.stringify(meta, null, 2)}\n`);
  }
  writeFileSync(join(targetDir, 'topics.yaml'), `${JSON.stringify(topics, null, 2)}\n`);
  return { articles: count, topics: topics.length - realTopics.length, answers };
}
