// npm test: every test, in the order a failure is cheapest to find.
//   1. generated content is up to date   2. unit tests   3. types   4. a browser   5. site build   6. browser tests
// Extra arguments go to Playwright, e.g. `npm test -- tests/e2e/topic.spec.ts`.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './support/browser.ts';

const extra = process.argv.slice(2);
const started = Date.now();

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const t0 = Date.now();
  console.log(`\n── test: ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\ntest: ${name} FAILED after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`test: ${name} passed in ${seconds}s`);
}

const node = process.execPath;
step('generated content is current', node, ['scripts/normalize.ts', '--check']);
step('unit tests', node, ['node_modules/vitest/vitest.mjs', 'run']);
step('types (astro check)', node, ['node_modules/astro/bin/astro.mjs', 'check']);
const browser = await ensureBrowser();
console.log(`\ntest: browser ${browser}`);
step('site build', node, ['scripts/build.ts'], { ASTRO_TELEMETRY_DISABLED: '1' });
step('browser tests', node, ['node_modules/@playwright/test/cli.js', 'test', ...extra], { CHROME_PATH: browser });
console.log(`\ntest: all passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
