// Builds the site from a fixture copy of content/ (or with other settings) into a temporary folder, and serves it,
// the way a reader's host would: scripts/normalize.ts, astro build, scripts/serve.ts, each as its own process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

/** scripts/serve.ts on 127.0.0.1:`port`, resolved once it answers. */
export async function serve(dir: string, port: number, base = '/'): Promise<Server> {
  const child: ChildProcess = spawn(node, ['scripts/serve.ts', '--dir', dir, '--port', String(port), '--base', base], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill();
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${origin}${base}`);
      return { origin, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop();
  throw new Error(`scripts/serve.ts did not answer on port ${port}`);
}

export function removeFixture(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A port for a fixture server beside the main one (E2E_PORT), so parallel checkouts do not collide. */
export function fixturePort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4399) + offset;
}
