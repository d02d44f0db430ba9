import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/support/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = await findBrowser();

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'search/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The Node that runs Playwright (Node 24 under npm scripts), not whatever `node` is first on PATH.
    command: `"${process.execPath}" scripts/serve.ts --dir dist --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
