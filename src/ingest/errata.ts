import type { Erratum } from '../schemas/source-meta.ts';
import type { SourceLine } from './decode.ts';
import { IngestError, type Report, stopAtFirst } from './errors.ts';
import { GAP, diff } from '../lib/char-diff.ts';

export { GAP, diff } from '../lib/char-diff.ts';

/** Text as it stands in the source, a word an erratum restored, or a visible gap where a word is lost. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'restored'; text: string; original: string; reason: string }
  | { kind: 'gap'; original: string; reason: string };

export interface RichLine {
  no: number;
  segments: Segment[];
}

interface Match {
  erratum: number;
  no: number;
  start: number;
  end: number;
}

/** Plain text of segments as a reader sees it; a gap reads as an ellipsis. */
export function segmentsText(segments: readonly Segment[], gapText = '…'): string {
  return segments.map((s) => (s.kind === 'gap' ? gapText : s.text)).join('');
}

/**
 * Applies reviewed errata. Every erratum must match exactly `count` times (outside its `except` contexts),
 * and no two may touch the same characters, so a change in the source text or a careless erratum stops the build.
 * Only what changed between find and replace is marked, so 实申报 → 实施申报 marks just 施.
 */
export function applyErrata(lines: readonly SourceLine[], errata: readonly Erratum[], file: string, report: Report = stopAtFirst): RichLine[] {
  const matches: Match[] = [];
  errata.forEach((erratum, index) => {
    const misuse = gapMisuse(erratum, index, file);
    if (misuse) return report(misuse);
    const found: Match[] = [];
    for (const line of lines) {
      const excluded = exceptRanges(line.text, erratum.except ?? []);
      for (let at = line.text.indexOf(erratum.find); at !== -1; at = line.text.indexOf(erratum.find, at + erratum.find.length)) {
        const end = at + erratum.find.length;
        if (!excluded.some(([s, e]) => at >= s && end <= e)) found.push({ erratum: index, no: line.no, start: at, end });
      }
    }
    if (found.length !== erratum.count) {
      const where = found.length ? ` (lines ${[...new Set(found.map((m) => m.no))].join(', ')})` : '';
      // Applied anyway, so the headings and text after it read as the editor means them and raise no errors of their own.
      report(new IngestError(
        file,
        found[0]?.no,
        `erratum ${index + 1} ("${erratum.find}" → "${erratum.replace}") matched ${found.length} times${where}, expected ${erratum.count}`,
        found.length
          ? `if every match is meant, set count: ${found.length}; otherwise lengthen "find" with context or add an "except"`
          : 'the text changed or "find" has a typo: copy "find" exactly from the Simplified text',
      ));
    }
    matches.push(...found);
  });

  const used = new Set(matches.map((m) => m.erratum));
  const replacements = errata.map((e, i) => (used.has(i) ? replacement(e) : []));
  return lines.map((line) => {
    const own = matches.filter((m) => m.no === line.no).sort((a, b) => a.start - b.start);
    const segments: Segment[] = [];
    let pos = 0;
    for (const m of own) {
      if (m.start < pos) {
        const other = own.find((o) => o !== m && o.end > m.start && o.start < m.end)!;
        report(new IngestError(
          file,
          line.no,
          `errata ${other.erratum + 1} and ${m.erratum + 1} overlap at "${line.text.slice(Math.min(m.start, other.start), Math.max(m.end, other.end))}"`,
          'merge them into one erratum, or make their "find" texts not share characters',
        ));
        continue;
      }
      pushText(segments, line.text.slice(pos, m.start));
      for (const s of replacements[m.erratum]!) {
        if (s.kind === 'text') pushText(segments, s.text);
        else segments.push(s);
      }
      pos = m.end;
    }
    pushText(segments, line.text.slice(pos));
    return { no: line.no, segments };
  });
}

function replacement(e: Erratum): Segment[] {
  const out: Segment[] = [];
  if (e.replace.includes(GAP)) {
    const [before, after] = e.replace.split(GAP) as [string, string];
    const head = commonPrefix(e.find, before);
    const tail = commonPrefix([...e.find.slice(head)].reverse().join(''), [...after].reverse().join(''));
    pushText(out, e.find.slice(0, head));
    out.push({ kind: 'gap', original: e.find.slice(head, e.find.length - tail), reason: e.reason });
    pushText(out, e.find.slice(e.find.length - tail));
    return out;
  }
  // Mark only what changed: 手及作用 → 催收手段及作用 marks 催收 and 段, not 手.
  for (const change of diff(e.find, e.replace)) {
    if (change.kind === 'same') pushText(out, change.text);
    else out.push({ kind: 'restored', text: change.inserted, original: change.deleted, reason: e.reason });
  }
  return out;
}


function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function gapMisuse(e: Erratum, index: number, file: string): IngestError | undefined {
  if (e.find === e.replace) {
    return new IngestError(file, undefined, `erratum ${index + 1} ("${e.find}") changes nothing`, 'remove it or correct "replace"');
  }
  if (e.find.includes(GAP) || e.replace.split(GAP).length > 2) {
    return new IngestError(file, undefined, `erratum ${index + 1} ("${e.find}") uses ${GAP} more than once or in "find"`, `"replace" may hold one ${GAP} for the missing word, e.g. find: 此类的发生, replace: 此类${GAP}的发生`);
  }
  if (!e.replace.includes(GAP) && diff(e.find, e.replace).some((c) => c.kind === 'changed' && c.inserted === '')) {
    return new IngestError(file, undefined, `erratum ${index + 1} ("${e.find}" → "${e.replace}") only deletes text`, 'errata restore words or mark gaps; a deletion would be invisible to readers, so keep the source text');
  }
  return undefined;
}

function exceptRanges(text: string, contexts: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const context of contexts) {
    for (let at = text.indexOf(context); at !== -1; at = text.indexOf(context, at + 1)) ranges.push([at, at + context.length]);
  }
  return ranges;
}

function pushText(segments: Segment[], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last?.kind === 'text') last.text += text;
  else segments.push({ kind: 'text', text });
}
