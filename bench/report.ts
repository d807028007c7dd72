import type { BenchResults } from "./results.js";

const mib = (kib: number | undefined): string => (kib === undefined ? "n/a" : (kib / 1024).toFixed(1));
const num = (n: number | undefined, digits = 2): string => (n === undefined || !Number.isFinite(n) ? "n/a" : n.toFixed(digits));
const int = (n: number): string => Math.round(n).toLocaleString("en-US");
const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** The whole run as Markdown tables (so the README can carry the output as is). */
export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Node ${m.node} on ${m.platform}, ${m.cores} cores (${m.cpuModel}), ${m.date}, commit ${m.gitCommit?.slice(0, 12) ?? "unknown"}${m.gitDirty ? " (+ uncommitted changes)" : ""}`,
    `Load average (1/5/15 min) ${m.loadAverage.join(" / ")} at the start, ${r.loadAverageAtEnd.join(" / ")} at the end.`,
    `${r.options.duration} s measured after ${r.options.warmup} s warm-up per row; latencies are exact percentiles over every response.`,
    "",
  );
  out.push(
    table(
      ["scenario", "conns", "req/s", "of ceiling", "p50 ms", "p99 ms", "p99.9 ms", "expected", "unexpected", "server CPU", "CPU µs/req", "RSS MiB before → after"],
      r.scenarios.map((s) => [
        s.server === "ceiling" ? "ceiling: bare fastify, same body" : s.scenario,
        String(s.connections),
        int(s.load.requestsPerSecond),
        s.ratioToCeiling === undefined ? "" : `${(s.ratioToCeiling * 100).toFixed(0)}%`,
        num(s.load.latencyMs.p50),
        num(s.load.latencyMs.p99),
        num(s.load.latencyMs.p999),
        `${int(s.expectedResponses)} × ${s.expectedStatus}`,
        int(s.unexpected),
        s.serverCpuPercent === undefined ? "n/a" : `${s.serverCpuPercent.toFixed(0)}%`,
        s.serverCpuMicrosPerRequest === undefined ? "n/a" : int(s.serverCpuMicrosPerRequest),
        `${mib(s.rssBeforeKiB)} → ${mib(s.rssAfterKiB)}`,
      ]),
    ),
  );
  if (r.soak) {
    const s = r.soak;
    out.push(
      "",
      `Soak: ${s.scenario}, ${s.connections} connections, ${num(s.load.durationSeconds, 0)} s: ${int(s.load.requestsPerSecond)} req/s, p99 ${num(s.load.latencyMs.p99)} ms, ` +
        `${int(s.expectedResponses)} expected, ${int(s.unexpected)} unexpected. RSS ${mib(s.rssStartKiB)} → ${mib(s.rssEndKiB)} MiB ` +
        `(peak ${mib(s.rssPeakKiB)}): ${s.growthPct >= 0 ? "+" : ""}${num(s.growthPct, 1)}% at the end, ${s.peakGrowthPct >= 0 ? "+" : ""}${num(s.peakGrowthPct, 1)}% at the peak.`,
    );
  }
  if (r.firewall.length > 0) {
    out.push(
      "",
      table(
        ["firewall alone (in-process)", "size", "runs", "median ms", "max ms", "risk", "blocked"],
        r.firewall.map((f) => [f.name, size(f.bytes), String(f.repetitions), num(f.ms.p50), num(f.ms.max), String(f.riskScore), f.blocked ? "yes" : "no"]),
      ),
    );
  }
  out.push(
    "",
    table(
      ["target", "measured", "goal", "met"],
      r.targets.map((t) => [t.name, t.measured === undefined ? "not measured" : `${num(t.measured)} ${t.unit}`, `${t.comparison} ${t.goal} ${t.unit}`, t.met === undefined ? "n/a" : t.met ? "yes" : "NO"]),
    ),
  );
  out.push(
    "",
    `Sidecar: idle RSS ${mib(r.sidecar.rssIdleKiB)} MiB, final ${mib(r.sidecar.rssFinalKiB)} MiB; exit code ${r.sidecar.exitCode}; audit log ${r.sidecar.auditFiles} file(s), ${size(r.sidecar.auditBytes)} on disk.`,
    `Reproduce: ${r.command}`,
  );
  return out.join("\n");
}
