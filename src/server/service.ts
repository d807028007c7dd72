import type { FastifyInstance } from "fastify";
import { pino, type Logger } from "pino";
import { createAuditSink } from "../audit/index.js";
import type { AuditSink } from "../audit/types.js";
import { loadVerificationKey } from "../auth/keys.js";
import { createTokenVerifier } from "../auth/verifier.js";
import { ConfigError, type Config } from "../config/env.js";
import { createFirewall } from "../firewall/index.js";
import type { PromptFirewall } from "../firewall/types.js";
import { PolicyStore, type ReloadOutcome } from "../policy/store.js";
import { RateLimiter } from "../tools/rate-limiter.js";
import { createToolRunner } from "../../sandbox/index.js";
import type { ToolRunner } from "../../sandbox/types.js";
import { buildApp } from "./app.js";
import { DecisionRecorder } from "./decision-recorder.js";

export interface ServiceOptions {
  config: Config;
  /** Defaults to the sink the configuration names. */
  auditSink?: AuditSink;
  /** Defaults to the sandbox runner for this host; `null` runs without one (/v1/tool/execute answers 503). */
  toolRunner?: ToolRunner | null;
  firewall?: PromptFirewall;
  logger?: Logger;
  /** A policy object used when no KALGUARD_POLICY_PATH is set (`kalguard-sidecar dev`). */
  embeddedPolicy?: unknown;
}

export interface RunningService {
  url: string;
  port: number;
  app: FastifyInstance;
  policy: PolicyStore;
  audit: AuditSink;
  reloadPolicy(): Promise<ReloadOutcome>;
  /** Stops accepting, lets in-flight requests finish (bounded), records the shutdown and flushes the audit log. */
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.KALGUARD_LOG_LEVEL, base: { service: "kalguard-sidecar" } });
}

/**
 * The tool runner, or why there is none. A host where tools cannot run still serves prompt and tool checks
 * (a check-only deployment under a strict seccomp profile, say); only KALGUARD_SANDBOX_ISOLATION=namespaces
 * makes missing isolation a start error.
 */
async function openSandbox(config: Config, given: ToolRunner | null | undefined, logger: Logger): Promise<{ runner?: ToolRunner; problem?: string }> {
  if (given === null) return { problem: "disabled by the embedding application" };
  if (given) return { runner: given };
  try {
    return { runner: await createToolRunner(config) };
  } catch (err) {
    const problem = (err as Error).message;
    if (config.KALGUARD_SANDBOX_ISOLATION === "namespaces") throw new ConfigError([`KALGUARD_SANDBOX_ISOLATION: ${problem}`]);
    logger.error({ problem }, "tool sandbox unavailable: /v1/tool/execute will answer 503");
    return { problem };
  }
}

export async function startService(opts: ServiceOptions): Promise<RunningService> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger(config);
  const verifier = createTokenVerifier(await loadVerificationKey(config), config);
  const audit = opts.auditSink ?? (await createAuditSink(config, logger));
  const sandbox = await openSandbox(config, opts.toolRunner, logger);

  const policy = await PolicyStore.open({
    path: config.KALGUARD_POLICY_PATH,
    embedded: opts.embeddedPolicy,
    fallbackDeny: config.KALGUARD_POLICY_DEFAULT_DENY,
    onReload: (outcome) => {
      if (outcome.status === "refused") logger.error({ policyReload: outcome }, "policy reload REFUSED: the last good policy stays in force");
      else logger.info({ policyReload: outcome }, "policy reloaded");
      audit
        .append({
          type: "policy_reload",
          decision: outcome.status === "accepted" ? "allow" : "deny",
          policyHash: outcome.status === "refused" ? outcome.keptHash : outcome.hash,
          reason: outcome.status === "refused" ? outcome.error : `reloaded (${outcome.trigger})`,
          detail: { ...outcome },
        })
        .catch((err: Error) => logger.error({ err: err.message }, "audit sink refused the policy reload record"));
    },
  });

  const firewall =
    opts.firewall ??
    createFirewall({
      blockThreshold: config.KALGUARD_PROMPT_BLOCK_THRESHOLD,
      sanitizeThreshold: config.KALGUARD_PROMPT_SANITIZE_THRESHOLD,
      redact: config.KALGUARD_PROMPT_REDACT,
    });

  const app = buildApp({
    config,
    logger,
    verifier,
    policy,
    firewall,
    audit,
    recorder: new DecisionRecorder(audit, logger),
    rateLimiter: new RateLimiter(),
    toolRunner: sandbox.runner,
    sandboxProblem: sandbox.problem,
  });

  // A service that cannot record its own start would run unaudited: refuse to start instead.
  await audit.append({ type: "lifecycle", reason: "start", policyHash: policy.current.hash, detail: { pid: process.pid, policySource: policy.current.source } });
  await app.listen({ host: config.KALGUARD_HOST, port: config.KALGUARD_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.KALGUARD_PORT;
  const host = config.KALGUARD_HOST.includes(":") ? `[${config.KALGUARD_HOST}]` : config.KALGUARD_HOST;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  if (config.KALGUARD_POLICY_WATCH) policy.watch(config.KALGUARD_POLICY_WATCH_INTERVAL_MS);
  logger.info({ url, port, policyHash: policy.current.hash, policySource: policy.current.source, isolation: sandbox.runner?.isolationLevel ?? "none", isolationReason: sandbox.runner?.isolationReason ?? sandbox.problem }, "listening");

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    app,
    policy,
    audit,
    reloadPolicy: () => policy.reload("signal"),
    close() {
      closing ??= (async () => {
        policy.stop();
        const timer = setTimeout(() => app.server.closeAllConnections(), config.KALGUARD_SHUTDOWN_TIMEOUT_MS);
        try {
          await app.close();
        } finally {
          clearTimeout(timer);
        }
        await audit.append({ type: "lifecycle", reason: "shutdown", policyHash: policy.current.hash }).catch((err: Error) => {
          logger.error({ err: err.message }, "audit sink refused the shutdown record");
        });
        await audit.flush();
        await audit.close();
        logger.info("stopped");
      })();
      return closing;
    },
  };
}
