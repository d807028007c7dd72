import { loadConfig } from "../config/env.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { healthUrl, readHealth } from "./local-health.js";

export const HEALTHCHECK_HELP = `Usage: kalguard-sidecar healthcheck [--timeout-ms 2000]

Asks the local service's /health (no token needed) on KALGUARD_PORT. Exit 0 when it answers 200 with
"status":"ok", 1 otherwise. Made for a container HEALTHCHECK in an image without a shell or curl.
`;


export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { "timeout-ms": { type: "string" } }, { min: 0, max: 0 });
  if (values.help) {
    process.stdout.write(HEALTHCHECK_HELP);
    return 0;
  }
  const timeoutMs = Number(values["timeout-ms"] ?? "2000");
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 60_000) throw new UsageError("--timeout-ms must be a whole number of milliseconds, 1 to 60000");
  const config = loadConfig();
  const url = healthUrl(config.KALGUARD_HOST, config.KALGUARD_PORT);
  try {
    const { status, body } = await readHealth(url, timeoutMs);
    if (status === 200 && (body as { status?: unknown }).status === "ok") {
      process.stdout.write("healthy\n");
      return 0;
    }
    process.stderr.write(`unhealthy: ${url} answered ${status} ${JSON.stringify(body)}\n`);
  } catch (err) {
    process.stderr.write(`unhealthy: ${url}: ${(err as Error).message}\n`);
  }
  return 1;
}
