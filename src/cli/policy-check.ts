import { readFile } from "node:fs/promises";
import { compilePolicy, PolicyLoadError, type CompiledPolicy } from "../policy/compile.js";
import { parseCommandArgs, parseTimeoutMs, UsageError } from "./args.js";
import { awaitServedPolicy } from "./policy-await.js";

export const POLICY_HELP = `Usage: kalguard-sidecar policy check FILE
       kalguard-sidecar policy await FILE [--timeout-ms 10000]

check: validates a policy file the way the server does at start and on reload. Prints every error with its line
and JSON path and exits 1; prints the policy hash and exits 0 when the policy is valid.

await: validates FILE, then waits until the local service (KALGUARD_HOST, KALGUARD_PORT) serves it, asking its
/health; exits 0 once it does, 1 when it has not within the timeout (the service refused it or is down). The
systemd unit runs it after the SIGHUP of \`systemctl reload\`, so the reload returns once the new policy decides.
`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    process.stdout.write(POLICY_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "check" && sub !== "await") throw new UsageError(`unknown policy command "${sub}"`);
  const { values, positionals } = parseCommandArgs(rest, sub === "await" ? { "timeout-ms": { type: "string" } } : {}, { min: 1, max: 1 });
  if (values.help) {
    process.stdout.write(POLICY_HELP);
    return 0;
  }
  // Parsed before any work: a bad value is a usage error whatever the file holds. Only `await` waits.
  const timeoutMs = sub === "await" ? parseTimeoutMs(values["timeout-ms"], 10_000, 600_000) : undefined;
  const file = positionals[0] as string;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  let compiled: CompiledPolicy;
  try {
    compiled = compilePolicy(text, file);
  } catch (err) {
    if (!(err instanceof PolicyLoadError)) throw err;
    for (const issue of err.issues) process.stdout.write(`${file}:${issue.line}: ${issue.path || "(document)"}: ${issue.message}\n`);
    return 1;
  }
  const { rules, tools } = compiled.policy;
  process.stdout.write(`${file}: valid (${rules.length} rules, ${Object.keys(tools).length} tools), sha256 ${compiled.hash}\n`);
  if (timeoutMs === undefined) return 0;
  const { served, last, url } = await awaitServedPolicy(compiled.hash, timeoutMs);
  if (served) {
    process.stdout.write(`${url}: serving sha256 ${compiled.hash}\n`);
    return 0;
  }
  process.stderr.write(`${url}: not serving ${file} after ${timeoutMs} ms (${last === undefined ? "no answer" : `serving sha256 ${last}`})\n`);
  return 1;
}
