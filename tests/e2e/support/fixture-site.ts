// Builds the site from a fixture copy of content/ (or with other settings) into a temporary folder, and serves it,
// the way a reader's host would: scripts/normalize.ts, astro build, scripts/serve.ts, each as its own process.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureBuild {
  root: string;
  contentDir: string;
  outDir: string;
  ok: boolean;
  /** stdout and stderr of the build, for assertions on its messages. */
  log: string;
}

const node = process.execPath;

/** A temporary copy of content/, changed by `change` and normalized when asked. */
export function fixtureContent(name: string, change: (contentDir: string) => void, normalize = true): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), `huabei-kb-${name}-`));
  const contentDir = join(root, 'content');
  cpSync('content', contentDir, { recursive: true });
  change(contentDir);
  if (normalize) {
    const run = spawnSync(node, ['scripts/normalize.ts', '--content', contentDir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`normalize failed on the fixture ${name}:\n${run.stdout}${run.stderr}`);
  }
  return { root, contentDir };
}

/** astro build with KB_CONTENT_DIR/KB_OUT_DIR/KB_CACHE_DIR pointing into `root`, plus `env`. */
export function buildSite(root: string, contentDir: string, env: Record<string, string> = {}): FixtureBuild {
  const outDir = join(root, 'dist');
  const run = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT_DIR: contentDir,
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: join(root, 'cache'),
      ...env,
    },
  });
  return { root, contentDir, outDir, ok: run.status === 0, log: `${run.stdout}\n${run.stderr}` };
}

export interface Server {
  origin: string;
  stop: () => void;
}

/** scripts/serve.ts on 127.0.0.1:`port`, resolved once it listens (it says so on stdout); rejected if it exits. */
export function serve(dir: string, port: number, base = '/'): Promise<Server> {
  const child = spawn(node, ['scripts/serve.ts', '--dir', dir, '--port', String(port), '--base', base], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ origin: `http://127.0.0.1:${port}`, stop: () => void child.kill() }));
    child.once('exit', (code) => reject(new Error(`scripts/serve.ts on port ${port} exited (${code}): ${stderr}`)));
  });
}

export function removeFixture(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A port for a fixture server beside the main one (E2E_PORT), so parallel checkouts do not collide. */
export function fixturePort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4399) + offset;
}
