import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './sources.ts';

const copies: string[] = [];

/** Deletes every copy made by copyContent in this test file (call from afterAll). */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A throw-away copy of content/ (plus extra fixture files in sources/) to run the pipeline on. */
export function copyContent(extraSources: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'huabei-kb-'));
  copies.push(dir);
  const content = join(dir, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  for (const file of extraSources) cpSync(join(projectRoot, file), join(content, 'sources', file.split('/').pop()!));
  return content;
}

export function normalize(content: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/normalize.ts'), '--content', content, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `astro build` of a fixture content folder into its own dist and cache. */
export function buildSite(content: string, env: Record<string, string> = {}) {
  const out = join(content, '..', 'dist');
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: out, KB_CACHE_DIR: join(content, '..', 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr, dist: out };
}
