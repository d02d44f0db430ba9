import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags that let Debian's Chromium run headless in a sandboxed container with no outside network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const debianChromium = '/usr/bin/chromium';

async function playwrightsOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** CHROME_PATH, then Playwright's own browser, then Debian's Chromium; undefined when there is none. */
export async function findBrowser(): Promise<string | undefined> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist; unset it or point it at a Chrome/Chromium binary`);
    return fromEnv;
  }
  return (await playwrightsOwn()) ?? (existsSync(debianChromium) ? debianChromium : undefined);
}

/**
 * Finds a browser, installing Debian's Chromium when there is none and this runs as root with apt.
 * Playwright cannot download its own browsers here (no network beyond the npm and Debian registries).
 */
export async function ensureBrowser(log: (line: string) => void = console.log): Promise<string> {
  const found = await findBrowser();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    log('test: no browser found; installing Debian chromium with apt-get (once per machine)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(debianChromium)) return debianChromium;
  }
  throw new Error(
    'no browser for the browser tests. Install one and run again: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}
