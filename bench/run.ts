/**
 * `npm run bench`: the sidecar's production build against a bare fastify ceiling, driven by autocannon from
 * another process; the firewall timed alone; a memory soak. Prints Markdown tables and writes the results JSON.
 * See README section "performance" for what the figures mean.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadBuiltFirewall, timeFirewall, type FirewallCase } from "./firewall-timing.js";
import { runLoad, type LoadResult, type LoadSpec } from "./load.js";
import { describeMachine } from "./machine.js";
import { parseBenchOptions, reproduceCommand, USAGE, type BenchOptions } from "./options.js";
import { adversarialText, benignText, blockedText, documentationText, leetspeakText, numberListText } from "./prompts.js";
import { formatReport } from "./report.js";
import { evaluateTargets, type BenchResults, type ScenarioResult, type ServerKey, type SoakResult } from "./results.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(REPO, "dist");
const AGENT = "bench-agent";
const TOOL = "get_weather";

interface Scenario {
  id: string;
  name: string;
  server: ServerKey;
  method: "GET" | "POST";
  path: string;
  body?: string;
  authenticated: boolean;
  expectedStatus: number;
  /** What one response must show before load is put on it, so the run measures the intended path. */
  expect: (body: Record<string, unknown>) => boolean;
}

const promptBody = (content: string): string => JSON.stringify({ messages: [{ role: "user", content }] });
const BENIGN_BODY = promptBody(benignText(1024));

/** The benign prompt check against another variant of the sidecar. */
function benignPromptOn(id: string, name: string, server: ServerKey): Scenario {
  return { id, name, server, method: "POST", path: "/v1/prompt/check", body: BENIGN_BODY, authenticated: true, expectedStatus: 200, expect: (b) => b.allowed === true };
}

const SCENARIOS: readonly Scenario[] = [
  { id: "ceiling", name: "ceiling", server: "ceiling", method: "POST", path: "/v1/prompt/check", body: BENIGN_BODY, authenticated: false, expectedStatus: 200, expect: (b) => b.allowed === true },
  {
    id: "prompt",
    name: "prompt check (benign 1 KB)",
    server: "sidecar",
    method: "POST",
    path: "/v1/prompt/check",
    body: BENIGN_BODY,
    authenticated: true,
    expectedStatus: 200,
    expect: (b) => b.allowed === true && (b.data as { riskScore?: number }).riskScore === 0,
  },
  {
    id: "blocked",
    name: "prompt check (blocked 1 KB)",
    server: "sidecar",
    method: "POST",
    path: "/v1/prompt/check",
    body: promptBody(blockedText(1024)),
    authenticated: true,
    expectedStatus: 403,
    expect: (b) => b.errorCode === "PROMPT_BLOCKED",
  },
  {
    id: "tool",
    name: "tool check",
    server: "sidecar",
    method: "POST",
    path: "/v1/tool/check",
    body: JSON.stringify({ toolName: TOOL, arguments: { location: "Lisbon", unit: "c" } }),
    authenticated: true,
    expectedStatus: 200,
    expect: (b) => b.allowed === true,
  },
  { id: "health", name: "/health", server: "sidecar", method: "GET", path: "/health", authenticated: false, expectedStatus: 200, expect: (b) => b.status === "ok" },
  benignPromptOn("prompt-passthrough", "prompt check (benign 1 KB), firewall passed through (diagnostic)", "sidecar-passthrough"),
  benignPromptOn("prompt-interval", "prompt check (benign 1 KB), KALGUARD_AUDIT_FLUSH=interval", "sidecar-interval"),
];

const POLICY = {
  version: "1.0",
  defaultDecision: "deny",
  defaultReason: "no matching rule",
  rules: [
    { id: "bench-prompts", match: { agentIds: [AGENT], actions: ["prompt:check"] }, decision: "allow", reason: "benchmark agent may check prompts" },
    { id: "bench-tool", match: { agentIds: [AGENT], actions: ["tool:execute"], tools: [TOOL] }, decision: "allow", reason: "benchmark agent may use the weather tool" },
  ],
  tools: {
    [TOOL]: {
      description: "weather for a city",
      schema: {
        type: "object",
        properties: { location: { type: "string", minLength: 1, maxLength: 100 }, unit: { enum: ["c", "f"] } },
        required: ["location"],
        additionalProperties: false,
      },
    },
  },
};

const FIREWALL_CASES = (): FirewallCase[] => [
  { name: "1 KB", text: benignText(1024), repetitions: 500 },
  { name: "100 KB", text: benignText(100 * 1024), repetitions: 50 },
  { name: "1 MB", text: benignText(1024 * 1024), repetitions: 20 },
  { name: "5 MB adversarial", text: adversarialText(5 * 1024 * 1024), repetitions: 5 },
  // Last, as the ten runs before it had none: timed after it, the adversarial prompt takes 230 ms instead of 160
  // (V8 then runs two of the redaction patterns on it about 60 times slower; README, "Performance").
  { name: "1 MB documentation", text: documentationText(1024 * 1024), repetitions: 10 },
  { name: "5 MB short numbers", text: numberListText(5 * 1024 * 1024), repetitions: 3 },
  { name: "1 MB leetspeak", text: leetspeakText(1024 * 1024), repetitions: 10 },
];

const started = Date.now();
function log(message: string): void {
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
}

function counts(load: LoadResult, expectedStatus: number): { expectedResponses: number; unexpected: number } {
  const expectedResponses = load.statuses[String(expectedStatus)] ?? 0;
  const otherStatuses = Object.entries(load.statuses).reduce((n, [code, c]) => (code === String(expectedStatus) ? n : n + c), 0);
  return { expectedResponses, unexpected: otherStatuses + load.errors + load.timeouts };
}

async function preflight(url: string, scenario: Scenario, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${url}${scenario.path}`, { method: scenario.method, headers, ...(scenario.body ? { body: scenario.body } : {}) });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== scenario.expectedStatus || !scenario.expect(body)) {
    throw new Error(`preflight of "${scenario.name}" got ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
}

async function mintToken(secret: string): Promise<string> {
  const { createAgentToken } = (await import(pathToFileURL(join(DIST, "src/auth/mint.js")).href)) as typeof import("../src/auth/mint.js");
  return createAgentToken({ agentId: AGENT, capabilities: ["prompt:check", "tool:execute"], ttlSeconds: 3600, key: { secret } });
}

function directoryBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    if (!st.isFile()) continue;
    files++;
    bytes += st.size;
  }
  return { files, bytes };
}

type Measured = Pick<ScenarioResult, "load" | "rssBeforeKiB" | "rssAfterKiB" | "serverCpuPercent" | "serverCpuMicrosPerRequest">;

/** One load run with the server's RSS and CPU time read at the start and the end of the measured part. */
async function measure(server: ServerProcess, spec: LoadSpec): Promise<Measured> {
  let rssBeforeKiB: number | undefined;
  let cpuBefore: number | undefined;
  const load = await runLoad(spec, (t) => {
    if (t !== 0) return;
    rssBeforeKiB = server.rssKiB();
    cpuBefore = server.cpuSeconds();
  });
  const rssAfterKiB = server.rssKiB();
  const cpuAfter = server.cpuSeconds();
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    load,
    rssBeforeKiB,
    rssAfterKiB,
    serverCpuPercent: cpu === undefined ? undefined : (cpu / load.durationSeconds) * 100,
    serverCpuMicrosPerRequest: cpu === undefined || load.requests === 0 ? undefined : (cpu / load.requests) * 1e6,
  };
}

async function soak(sidecar: ServerProcess, spec: LoadSpec, scenario: Scenario): Promise<SoakResult> {
  const rssSamples: Array<[number, number]> = [];
  const load = await runLoad(spec, (t) => {
    const rss = sidecar.rssKiB();
    if (rss !== undefined) rssSamples.push([Math.round(t * 10) / 10, rss]);
  });
  const end = sidecar.rssKiB();
  if (end !== undefined) rssSamples.push([load.durationSeconds, end]);
  const start = rssSamples[0]?.[1] ?? Number.NaN;
  const last = rssSamples[rssSamples.length - 1]?.[1] ?? Number.NaN;
  const peak = Math.max(...rssSamples.map(([, r]) => r));
  return {
    scenario: scenario.name,
    connections: spec.connections,
    load,
    ...counts(load, scenario.expectedStatus),
    rssSamples,
    rssStartKiB: start,
    rssEndKiB: last,
    rssPeakKiB: peak,
    growthPct: ((last - start) / start) * 100,
    peakGrowthPct: ((peak - start) / start) * 100,
  };
}

async function bench(options: BenchOptions): Promise<BenchResults> {
  const machine = describeMachine(REPO);
  const resultsDir = join(REPO, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });

  let firewall: BenchResults["firewall"] = [];
  if (!options.skipFirewall) {
    log("timing the firewall alone (in-process, production build)…");
    firewall = timeFirewall(await loadBuiltFirewall(DIST), FIREWALL_CASES());
  }

  const work = mkdtempSync(join(tmpdir(), "kalguard-bench-"));
  const running: ServerProcess[] = [];
  try {
    const auditDir = join(work, "audit");
    const policyPath = join(work, "policy.json");
    writeFileSync(policyPath, JSON.stringify(POLICY, null, 2));
    const secret = randomBytes(32).toString("hex");
    const baseEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: work, LANG: "C.UTF-8" };

    const profileArgs = options.profile ? ["--cpu-prof", "--cpu-prof-dir", join(resultsDir, "profiles")] : [];
    const startSidecar = async (key: ServerKey, audit: string, extra: Record<string, string>, entry = join(DIST, "src/cli/main.js")): Promise<ServerProcess> => {
      mkdirSync(audit);
      const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
      const server = await startServerProcess(key, [...profileArgs, ...loader, entry], {
        ...baseEnv,
        KALGUARD_TOKEN_SECRET: secret,
        KALGUARD_POLICY_PATH: policyPath,
        KALGUARD_AUDIT_LOG_PATH: join(audit, "audit.jsonl"),
        KALGUARD_HOST: "127.0.0.1",
        KALGUARD_PORT: "0",
        ...extra,
      });
      running.push(server);
      return server;
    };
    const sidecar = await startSidecar("sidecar", auditDir, {});
    const rssIdleKiB = sidecar.rssKiB();
    const ceiling = await startServerProcess("ceiling", ["--import", "tsx", join(REPO, "bench/ceiling-server.ts")], baseEnv);
    running.push(ceiling);
    // A second sidecar, idle unless its own rows run, that acknowledges records once written rather than fdatasync'ed.
    const servers: Record<ServerKey, ServerProcess> = {
      sidecar,
      ceiling,
      "sidecar-interval": await startSidecar("sidecar-interval", join(work, "audit-interval"), { KALGUARD_AUDIT_FLUSH: "interval" }),
      "sidecar-passthrough": await startSidecar("sidecar-passthrough", join(work, "audit-passthrough"), {}, join(REPO, "bench/passthrough-server.ts")),
    };
    log(`sidecar pid ${sidecar.pid} at ${sidecar.url}, ceiling pid ${ceiling.pid} at ${ceiling.url}`);

    const token = await mintToken(secret);
    const specFor = (s: Scenario, connections: number, durationSeconds = options.duration): LoadSpec => ({
      url: `${servers[s.server].url}${s.path}`,
      method: s.method,
      headers: { ...(s.body ? { "content-type": "application/json" } : {}), ...(s.authenticated ? { authorization: `Bearer ${token}` } : {}) },
      ...(s.body ? { body: s.body } : {}),
      connections,
      warmupSeconds: options.warmup,
      durationSeconds,
    });
    const selected = SCENARIOS.filter((s) => s.server === "ceiling" || options.only.length === 0 || options.only.includes(s.id));
    for (const s of selected) await preflight(servers[s.server].url, s, specFor(s, 1).headers);

    const scenarios: ScenarioResult[] = [];
    for (const connections of options.connections) {
      let ceilingRps: number | undefined;
      for (const s of selected) {
        log(`${s.name} @ ${connections} connection(s)…`);
        const measured = await measure(servers[s.server], specFor(s, connections));
        if (s.server === "ceiling") ceilingRps = measured.load.requestsPerSecond;
        scenarios.push({
          scenario: s.name,
          server: s.server,
          connections,
          expectedStatus: s.expectedStatus,
          ...measured,
          ...counts(measured.load, s.expectedStatus),
          ratioToCeiling: s.server !== "ceiling" && ceilingRps ? measured.load.requestsPerSecond / ceilingRps : undefined,
        });
      }
    }

    let soakResult: SoakResult | undefined;
    if (options.soakSeconds > 0) {
      const promptScenario = SCENARIOS.find((s) => s.id === "prompt") as Scenario;
      const connections = Math.max(...options.connections);
      log(`memory soak: ${promptScenario.name} @ ${connections} connections for ${options.soakSeconds} s…`);
      soakResult = await soak(sidecar, specFor(promptScenario, connections, options.soakSeconds), promptScenario);
    }

    const rssFinalKiB = sidecar.rssKiB();
    const exitCode = await sidecar.stop();
    running.splice(running.indexOf(sidecar), 1);
    const audit = directoryBytes(auditDir);
    return {
      machine,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
      options,
      command: reproduceCommand(options),
      firewall,
      scenarios,
      soak: soakResult,
      sidecar: { rssIdleKiB, rssFinalKiB, exitCode, auditFiles: audit.files, auditBytes: audit.bytes },
      targets: evaluateTargets(scenarios, soakResult, firewall),
    };
  } finally {
    for (const s of running) await s.stop(5000);
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const results = await bench(options);
  const out = options.out ? resolve(options.out) : join(REPO, "bench", "results", `${results.machine.date.replace(/[:.]/g, "-")}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatReport(results)}\nResults JSON: ${out}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
