import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Seconds of measured load per scenario. */
  duration: number;
  /** Seconds of discarded load before each measured run. */
  warmup: number;
  connections: number[];
  /** Seconds of the memory soak (prompt check at the highest connection count); 0 skips it. */
  soakSeconds: number;
  /** Run the sidecar under `node --cpu-prof`, profiles written beside the results. */
  profile: boolean;
  /** Skip the firewall-alone timings. */
  skipFirewall: boolean;
  /** Ids of the sidecar scenarios to run (the ceiling always runs); all when empty. */
  only: string[];
  out: string | undefined;
}

export const SCENARIO_IDS = ["prompt", "blocked", "tool", "health", "prompt-passthrough", "prompt-interval"];

export const USAGE = `Usage: npm run bench -- [options]

  --duration <s>        measured seconds per scenario (default 10)
  --warmup <s>          discarded warm-up seconds before each scenario (default 2)
  --connections <list>  comma-separated connection counts (default 1,64)
  --soak-seconds <s>    memory soak on prompt check at the highest connection count (default 60, 0 skips)
  --profile             run the sidecar under node --cpu-prof (profiles in bench/results/profiles)
  --skip-firewall       skip the in-process firewall timings
  --only <ids>          run only these sidecar scenarios: prompt,blocked,tool,health,prompt-passthrough,prompt-interval
  --out <file>          results JSON path (default bench/results/<date>.json)
`;

function positive(name: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`--${name}: expected a ${allowZero ? "non-negative" : "positive"} number, got "${value}"`);
  return n;
}

export function parseBenchOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "1,64" },
      "soak-seconds": { type: "string", default: "60" },
      profile: { type: "boolean", default: false },
      "skip-firewall": { type: "boolean", default: false },
      only: { type: "string", default: "" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const only = values.only.split(",").map((id) => id.trim()).filter(Boolean);
  for (const id of only) if (!SCENARIO_IDS.includes(id)) throw new Error(`--only: unknown scenario "${id}" (known: ${SCENARIO_IDS.join(", ")})`);
  const connections = values.connections.split(",").map((c) => Math.round(positive("connections", c.trim())));
  return {
    duration: positive("duration", values.duration),
    warmup: positive("warmup", values.warmup, true),
    connections,
    soakSeconds: positive("soak-seconds", values["soak-seconds"], true),
    profile: values.profile,
    skipFirewall: values["skip-firewall"],
    only,
    out: values.out,
  };
}

/** The command line that reproduces a run with these options. */
export function reproduceCommand(o: BenchOptions): string {
  const flags = [`--duration ${o.duration}`, `--warmup ${o.warmup}`, `--connections ${o.connections.join(",")}`, `--soak-seconds ${o.soakSeconds}`];
  if (o.profile) flags.push("--profile");
  if (o.skipFirewall) flags.push("--skip-firewall");
  if (o.only.length > 0) flags.push(`--only ${o.only.join(",")}`);
  return `npm run bench -- ${flags.join(" ")}`;
}
