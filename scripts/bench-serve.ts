// Starts scripts/serve.ts (the static server with gzip and _headers) for a benchmark, and stops it after.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

export interface BenchServer {
  origin: string;
  stop: () => void;
}

export async function startServer(dir: string, port: number): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [serveScript, '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const stop = () => void server.kill();
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) break;
    if (await fetch(`${origin}/`).then(() => true, () => false)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`bench: the server did not start on ${origin} (is the port taken?)`);
}
