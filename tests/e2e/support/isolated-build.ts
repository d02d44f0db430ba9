// A build of the site in its own temporary copy of the project (sources, config, content; node_modules linked).
// Astro writes intermediate files into the project folder (.astro/), so two builds in one folder at once break
// each other; a copy lets a spec build beside tests/e2e/fixtures.spec.ts, which builds in this folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'];

export interface IsolatedBuild {
  root: string;
  contentDir: string;
  outDir: string;
  ok: boolean;
  log: string;
}

/**
 * Copies the project to a temporary folder, lets `change` edit its content/, builds it there: npm run build's
 * build (`astro build`, or the same in parts when KB_BUILD_PARTS asks for them), or `commands` (node scripts, each
 * a process of its own, one after another, as separate machines would run them).
 */
export function isolatedBuild(name: string, change: (root: string) => void = () => {}, env: Record<string, string> = {}, commands: string[][] = [['scripts/build.ts']]): IsolatedBuild {
  const root = mkdtempSync(join(tmpdir(), `huabei-kb-${name}-`));
  for (const file of projectFiles) cpSync(file, join(root, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  change(root);
  let log = '';
  for (const args of commands) {
    const run = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_CACHE_DIR: join(root, 'cache'), ...env },
    });
    log += `$ node ${args.join(' ')}\n${run.stdout}\n${run.stderr}\n`;
    if (run.status !== 0) return { root, contentDir: join(root, 'content'), outDir: join(root, 'dist'), ok: false, log };
  }
  return { root, contentDir: join(root, 'content'), outDir: join(root, 'dist'), ok: true, log };
}

export function removeBuild(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
