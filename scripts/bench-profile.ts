// Reads V8 CPU profiles (node --cpu-prof) and names where the time went: self time by function and by package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<pkg> (or the project file) a script URL belongs to. */
function owner(url: string): string {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  return url.replace(/^file:\/\/\/tmp\/[^/]+\//, '').replace(/^file:\/\//, '');
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `  ${(us / 1e6).toFixed(1).padStart(7)} s ${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
}

/** The heaviest functions and packages of every profile in `dir` (self time, summed over profiles). */
export function topFunctions(dir: string, count = 15): string[] {
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      const us = profile.timeDeltas[i] ?? 0;
      total += us;
      const where = frame.url ? `${owner(frame.url)}:${frame.lineNumber + 1}` : '';
      const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      byOwner.set(owner(frame.url), (byOwner.get(owner(frame.url)) ?? 0) + us);
    });
  }
  return [`  total sampled ${(total / 1e6).toFixed(1)} s`, '  by function:', ...top(byFunction, total, count), '  by package / file:', ...top(byOwner, total, 10)];
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/bench-profile.ts <folder of .cpuprofile files>');
    process.exit(2);
  }
  console.log(topFunctions(dir, 25).join('\n'));
}
