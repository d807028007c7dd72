import type { FirewallTiming } from "./firewall-timing.js";
import type { LoadResult } from "./load.js";
import type { Machine } from "./machine.js";
import type { BenchOptions } from "./options.js";

/** The bare-fastify ceiling, the sidecar as configured by default, and one with KALGUARD_AUDIT_FLUSH=interval. */
export type ServerKey = "ceiling" | "sidecar" | "sidecar-interval" | "sidecar-passthrough";

export interface ScenarioResult {
  scenario: string;
  server: ServerKey;
  connections: number;
  /** The status every response should have (a blocked prompt is an expected 403). */
  expectedStatus: number;
  load: LoadResult;
  expectedResponses: number;
  /** Responses with any other status, plus socket errors and timeouts. */
  unexpected: number;
  /** Throughput over the ceiling's at the same connection count. */
  ratioToCeiling: number | undefined;
  rssBeforeKiB: number | undefined;
  rssAfterKiB: number | undefined;
  /** The server's user+system CPU over the measured run, as a share of one core: 100 means it was CPU-bound. */
  serverCpuPercent: number | undefined;
  /** The server's CPU time per answered request. */
  serverCpuMicrosPerRequest: number | undefined;
}

export interface SoakResult {
  scenario: string;
  connections: number;
  load: LoadResult;
  expectedResponses: number;
  unexpected: number;
  /** [seconds since the measured run began, RSS KiB], about once a second. */
  rssSamples: Array<[number, number]>;
  rssStartKiB: number;
  rssEndKiB: number;
  rssPeakKiB: number;
  growthPct: number;
  peakGrowthPct: number;
}

export interface Target {
  name: string;
  measured: number | undefined;
  unit: string;
  comparison: "<=" | ">=" | "<";
  goal: number;
  met: boolean | undefined;
}

export interface BenchResults {
  machine: Machine;
  loadAverageAtEnd: number[];
  options: BenchOptions;
  command: string;
  firewall: FirewallTiming[];
  scenarios: ScenarioResult[];
  soak: SoakResult | undefined;
  sidecar: { rssIdleKiB: number | undefined; rssFinalKiB: number | undefined; exitCode: number | null; auditFiles: number; auditBytes: number };
  targets: Target[];
}

function target(name: string, measured: number | undefined, unit: string, comparison: Target["comparison"], goal: number): Target {
  let met: boolean | undefined;
  if (measured !== undefined && Number.isFinite(measured)) {
    met = comparison === "<=" ? measured <= goal : comparison === ">=" ? measured >= goal : measured < goal;
  }
  return { name, measured, unit, comparison, goal, met };
}

/** The targets, judged on this run's numbers only. */
export function evaluateTargets(scenarios: readonly ScenarioResult[], soak: SoakResult | undefined, firewall: readonly FirewallTiming[]): Target[] {
  const prompt64 = scenarios.find((s) => s.server === "sidecar" && s.scenario.startsWith("prompt check (benign") && s.connections === 64);
  const oneMb = firewall.find((f) => f.name === "1 MB");
  const documentation = firewall.find((f) => f.name === "1 MB documentation");
  return [
    target("prompt check @64 connections, share of ceiling req/s", prompt64?.ratioToCeiling, "ratio", ">=", 0.6),
    target("prompt check @64 connections, p99 latency", prompt64?.load.latencyMs.p99, "ms", "<=", 10),
    target("RSS growth over the soak (peak vs start)", soak?.peakGrowthPct, "%", "<", 20),
    target("firewall alone, 1 MB prompt, median", oneMb?.ms.p50, "ms", "<=", 20),
    // The same bound (issue 3's 50 MB/s) on text people wrote, which the word salad above is far cheaper than.
    target("firewall alone, 1 MB of documentation, median", documentation?.ms.p50, "ms", "<=", 20),
  ];
}
