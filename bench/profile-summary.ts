/**
 * Summarises a V8 .cpuprofile (from `npm run bench -- --profile` or any `node --cpu-prof`): self time by
 * function, by file, and inclusive (self plus callees) by function, as shares of all samples.
 *   node --import tsx bench/profile-summary.ts <file.cpuprofile>... [top]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function shorten(url: string): string {
  const at = url.indexOf("/node_modules/");
  if (at >= 0) return url.slice(at + 1);
  const dist = url.indexOf("/dist/");
  if (dist >= 0) return url.slice(dist + 1);
  return url.replace(/^file:\/\//, "") || "(native)";
}

function top(map: Map<string, number>, total: number, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`)
    .join("\n");
}

function summarise(profile: CpuProfile, n: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (frame: ProfileNode["callFrame"]): string =>
    `${frame.functionName || "(anonymous)"}  ${shorten(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;

  let total = 0;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const file = shorten(frame.url);
    byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    // Each function on the stack counts once per sample, however deep its recursion.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f) onStack.add(label(f));
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  return (
    `total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by function:\n${top(byFunction, total, n)}\n\n` +
    `self time by file:\n${top(byFile, total, n)}\n\ninclusive time by function:\n${top(inclusive, total, n)}\n`
  );
}

// Files, then an optional count: `--profile` writes one profile per process (the sidecar, its workers, the ceiling).
const args = process.argv.slice(2);
const count = args.length > 1 && /^\d+$/.test(args[args.length - 1] ?? "") ? Number(args.pop()) : 30;
if (args.length === 0) {
  process.stderr.write("usage: node --import tsx bench/profile-summary.ts <file.cpuprofile>... [top]\n");
  process.exitCode = 2;
} else {
  for (const file of args) process.stdout.write(`== ${file}\n${summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, count)}\n`);
}
