// Pagefind runs, each a process of its own (./pagefind-run.ts, a command over files: a site, an output folder and
// a list of pages), taking turns so that the memory of the runs side by side stays under the peak of one.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder holding only `files` (site paths), at their paths, as links to the site's files (copies where the
 * file system has no hard links): Pagefind finds the files of a run by walking the folder it is given, and on a
 * large site a walk of every file (most of them pages it is not given) was most of a run's time.
 */
async function stagePages(site: string, files: readonly string[], dir: string): Promise<void> {
  for (const file of files) {
    const target = join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(join(site, file), target);
    } catch {
      await copyFile(join(site, file), target).catch((error: Error) => {
        throw new Error(`pagefind: cannot give ${file} to Pagefind (${error.message})`);
      });
    }
  }
}

/** Resident memory of process `pid` and its descendants, in bytes; undefined where Linux's /proc does not tell. */
function treeMemory(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    return children.reduce((sum, child) => sum + (treeMemory(child) ?? 0), Number(kb ?? 0) * 1024);
  } catch {
    return undefined;
  }
}

/** A Pagefind run in a process of its own (pagefind-run.ts). */
export interface Run {
  /** Resolves when the run has read its pages; it then waits for `write`. */
  indexed: Promise<void>;
  /** Lets the run build and write its index. */
  write(): void;
  /**
   * Resolves when the run, writing, holds no more than two thirds of its peak memory (about when it compresses
   * its files, on one core), or when it ends: from then on the next run may read its pages beside it.
   */
  tailing: Promise<void>;
  ended: Promise<void>;
  stop(): void;
}

/** Starts a Pagefind run over `files` (site paths of HTML files) into `outputPath`. */
export async function startRun(site: string, files: readonly string[], outputPath: string): Promise<Run> {
  const list = `${outputPath}.files`;
  const pages = `${outputPath}.pages`;
  await mkdir(dirname(list), { recursive: true });
  await writeFile(list, files.join('\n'));
  try {
    await stagePages(site, files, pages);
  } catch (error) {
    await rm(list);
    await rm(pages, { recursive: true, force: true });
    throw error;
  }
  const child = spawn(process.execPath, [fileURLToPath(new URL('./pagefind-run.ts', import.meta.url)), pages, outputPath, list], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const indexed = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const ended = (async () => {
    const [code] = (await once(child, 'close')) as [number | null];
    await rm(list);
    await rm(pages, { recursive: true });
    if (code !== 0) throw new Error(`pagefind: the run into ${outputPath} failed (exit ${code}):\n${errors}`);
  })();
  let writing = false;
  const tailing = new Promise<void>((resolve, reject) => {
    let peak = 0;
    const watch = setInterval(() => {
      const memory = child.pid === undefined ? undefined : treeMemory(child.pid);
      if (memory === undefined) return clearInterval(watch);
      peak = Math.max(peak, memory);
      if (writing && memory < (peak * 2) / 3) {
        clearInterval(watch);
        resolve();
      }
    }, 250);
    ended.then(resolve, reject).finally(() => clearInterval(watch));
  });
  // A failure reaches the caller through `ended`.
  tailing.catch(() => {});
  return {
    indexed,
    write: () => {
      writing = true;
      if (child.connected) child.send('write');
    },
    tailing,
    ended,
    stop: () => child.kill(),
  };
}

/**
 * Runs `runs` one after another, each next one reading its pages while the one before writes its index: the
 * last seconds of a run compress its files on one core, time the next run's reading can use. A run builds its
 * index (its peak of memory) only after the one before has ended, so the memory of two runs side by side stays
 * under the peak of one (a run reads its pages into about a third of its peak).
 */
async function runInTurn(runs: readonly (() => Promise<Run>)[]): Promise<void> {
  const started: Run[] = [];
  let fail!: (error: unknown) => void;
  // The first run to fail ends the turn, even one that failed while another was waited for.
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  try {
    let previous: Run | undefined;
    for (const start of runs) {
      if (previous) await Promise.race([previous.tailing, failed]);
      const run = await Promise.race([start(), failed]);
      started.push(run);
      run.ended.catch(fail);
      const before = previous;
      // A run whose predecessor failed never writes: it is stopped below.
      run.indexed.then(() => before?.ended).then(run.write, () => {});
      previous = run;
    }
    await Promise.race([Promise.all(started.map((run) => run.ended)), failed]);
  } catch (error) {
    for (const run of started) run.stop();
    await Promise.allSettled(started.map((run) => run.ended));
    throw error;
  }
}

/** Runs `lanes` of runs side by side, the runs of each lane in turn. */
export async function runLanes(runs: readonly (() => Promise<Run>)[], lanes: number): Promise<void> {
  const count = Math.max(1, Math.min(lanes, runs.length));
  await Promise.all(Array.from({ length: count }, (_, lane) => runInTurn(runs.filter((_, i) => i % count === lane))));
}
