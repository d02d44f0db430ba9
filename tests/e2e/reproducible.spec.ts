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
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
    expect(differing).toEqual([]);
  } finally {
    removeBuild(build.root);
  }
});
