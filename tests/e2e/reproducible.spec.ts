// Reproducible builds: a clean build elsewhere (a fresh copy of the project in another folder, with new file times,
// an empty cache and another time zone) is byte for byte the dist/ that `npm test` built, so a deploy changes only
// what the content changed, and hashed file names (cached for a year by public/_headers) stay true.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { isolatedBuild, removeBuild } from './support/isolated-build.ts';

test.describe.configure({ timeout: 180_000 });

/** Relative path → sha256 of every file under `dir`. */
function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The files of two builds that differ (or exist in one only). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
}

test('a second clean build is byte-identical to dist/', () => {
  const build = isolatedBuild(
    'reproducible',
    (root) => {
      // New file times: a build must not read them into its output.
      const later = new Date(Date.UTC(2031, 0, 1));
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && !entry.parentPath.includes('node_modules')) utimesSync(join(entry.parentPath, entry.name), later, later);
      }
    },
    { TZ: 'Pacific/Kiritimati' },
  );
  try {
    expect(build.ok, build.log).toBe(true);
    const first = digests('dist');
    const second = digests(build.outDir);
    expect(first.size).toBeGreaterThan(50);
    expect(differences(first, second)).toEqual([]);
  } finally {
    removeBuild(build.root);
  }
});

// A large site is built in parts, two at a time, merged, then mirrored and indexed (scripts/build.ts). The real
// site built that way, in three parts, must be the very same site: every page, asset and index file.
test('the site built in three parts is byte-identical to dist/', () => {
  const build = isolatedBuild('parts', () => {}, { KB_BUILD_PARTS: '3' });
  try {
    expect(build.ok, build.log).toBe(true);
    expect(build.log).toMatch(/in 3 parts, 2 at a time/);
    const whole = digests('dist');
    expect(whole.size).toBeGreaterThan(50);
    expect(differences(whole, digests(build.outDir))).toEqual([]);
  } finally {
    removeBuild(build.root);
  }
});

// The units of work a CI runner spreads over machines (scripts/parts.ts, .github/workflows/build-large.yml): two
// parts built in processes of their own, each into its own folder with its answer pages, the search data, then
// the merge. The site they make is the very same as the one-process build.
test('two parts built in separate processes and merged are byte-identical to dist/', () => {
  const work = ['--work', 'parts-work'];
  const build = isolatedBuild('units', () => {}, { KB_BUILD_PARTS: '2' }, [
    ['scripts/parts.ts', 'plan', ...work],
    ['scripts/parts.ts', 'part', '2/2', ...work],
    ['scripts/parts.ts', 'part', '1/2', ...work],
    ['scripts/parts.ts', 'search-data', ...work],
    ['scripts/parts.ts', 'merge', '2', ...work],
  ]);
  try {
    expect(build.ok, build.log).toBe(true);
    expect(build.log).toContain('{"parts":[1,2]}');
    expect(build.log).toMatch(/merged \d+ files of 2 parts/);
    const whole = digests('dist');
    expect(whole.size).toBeGreaterThan(50);
    expect(differences(whole, digests(build.outDir))).toEqual([]);
  } finally {
    removeBuild(build.root);
  }
});
