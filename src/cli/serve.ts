import { loadConfig, type Config } from "../config/env.js";
import type { PromptFirewall } from "../firewall/types.js";
import { createLogger, startService, type RunningService, type ServiceOptions } from "../server/service.js";
import { parseCommandArgs } from "./args.js";

export const SERVE_HELP = `Usage: kalguard-sidecar [serve]

Serves the HTTP API with configuration from KALGUARD_* environment variables (see the README).
Refuses to start without a token key, with a bad variable, or with a policy file that fails validation.
Signals: SIGTERM/SIGINT drain in-flight requests, flush the audit log and exit 0; SIGHUP reloads the policy.
`;

/**
 * Runs the service until SIGTERM or SIGINT. The process exits 0 after a clean drain, 1 when the drain overran
 * its bound or failed.
 */
export async function serveUntilSignalled(
  config: Config,
  extra: { embeddedPolicy?: unknown; firewall?: PromptFirewall; onReady?: (service: RunningService) => void } = {},
): Promise<never> {
  const logger = createLogger(config);
  const options: ServiceOptions = { config, logger };
  if (extra.embeddedPolicy) options.embeddedPolicy = extra.embeddedPolicy;
  if (extra.firewall) options.firewall = extra.firewall;
  const service = await startService(options);
  extra.onReady?.(service);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const hardStop = setTimeout(() => {
      logger.error("shutdown overran its bound; exiting");
      process.exit(1);
    }, config.KALGUARD_SHUTDOWN_TIMEOUT_MS + 5000);
    hardStop.unref();
    service.close().then(
      () => process.exit(0),
      (err: Error) => {
        logger.error({ err: err.message }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGHUP", () => {
    void service.reloadPolicy();
  });
  return new Promise<never>(() => undefined);
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {}, { min: 0, max: 0 });
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  return serveUntilSignalled(loadConfig());
}
