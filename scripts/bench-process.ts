// Runs a command and measures it as a whole: wall time and the peak resident memory of its process tree (the
// command and every descendant, e.g. the Pagefind binary under `astro build`), sampled from /proc every 100 ms.
// Resident sets are added up, so pages two processes share count twice: an upper bound, which is what a
// machine's memory budget needs.
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  command: string;
  status: number | null;
  seconds: number;
  /** Peak of the summed VmRSS of the tree, in bytes (0 where /proc is missing). */
  peakRss: number;
  /** Peak resident memory per program name of the tree (e.g. node, pagefind_extended), each at its own peak. */
  peakByName: Record<string, number>;
  /** stdout and stderr, interleaved as they came. */
  log: string;
}

interface ProcessInfo {
  ppid: number;
  name: string;
}

/** pid → parent pid and program name of every process now running. */
function processes(): Map<number, ProcessInfo> {
  const map = new Map<number, ProcessInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces or parentheses: the fields after its closing parenthesis are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), { ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The resident memory of `root` and all its descendants, now, summed per program name. */
export function treeRss(root: number): Map<string, number> {
  const all = processes();
  const tree = new Set([root]);
  // Children may be listed before their parents; repeat until the set stops growing.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { ppid }] of all) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const byName = new Map<string, number>();
  for (const pid of tree) {
    const name = all.get(pid)?.name ?? '?';
    byName.set(name, (byName.get(name) ?? 0) + rssOf(pid));
  }
  return byName;
}

export interface RunOptions extends Pick<SpawnOptions, 'cwd' | 'env'> {
  /** Echo the command's output as it runs. */
  echo?: boolean;
  sampleMs?: number;
}

export function measure(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let peakRss = 0;
  const peakByName: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    const byName = treeRss(child.pid);
    peakRss = Math.max(peakRss, [...byName.values()].reduce((a, b) => a + b, 0));
    for (const [name, rss] of byName) peakByName[name] = Math.max(peakByName[name] ?? 0, rss);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ command: [command, ...args].join(' '), status, seconds, peakRss, peakByName, log });
    });
  });
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
