import { parseCommandArgs, parseTimeoutMs } from "./args.js";
import { localHealthUrl, readHealth } from "./local-health.js";

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
  const timeoutMs = parseTimeoutMs(values["timeout-ms"], 2000, 60_000);
  const url = localHealthUrl();
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
