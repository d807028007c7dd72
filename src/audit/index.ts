import type { Config } from "../config/env.js";
import { AuthFailureLimiter } from "./auth-failure-limiter.js";
import { FileAuditSink, type SinkLogger } from "./file-sink.js";
import { MemoryAuditSink } from "./memory-sink.js";
import type { AuditSink } from "./types.js";

export type { AuditEvent, AuditSink, SinkHealth } from "./types.js";
export { AuditUnavailableError } from "./types.js";
export { MemoryAuditSink } from "./memory-sink.js";
export { FileAuditSink, type FileSinkOptions, type SinkLogger } from "./file-sink.js";
export { AuthFailureLimiter } from "./auth-failure-limiter.js";

/**
 * The sink named by the configuration: the hash-chained file sink for a path, else the bounded in-memory ring;
 * either behind the auth-failure rate limit. Rejects when the file log cannot be opened or its last record does
 * not verify.
 */
export async function createAuditSink(config: Config, logger?: SinkLogger): Promise<AuditSink> {
  const inner = config.KALGUARD_AUDIT_LOG_PATH
    ? await FileAuditSink.open(
        {
          path: config.KALGUARD_AUDIT_LOG_PATH,
          maxSize: config.KALGUARD_AUDIT_MAX_SIZE,
          frequency: config.KALGUARD_AUDIT_FREQUENCY,
          maxFiles: config.KALGUARD_AUDIT_MAX_FILES,
          hmacKey: config.KALGUARD_AUDIT_HMAC_KEY,
          flush: config.KALGUARD_AUDIT_FLUSH,
          flushIntervalMs: config.KALGUARD_AUDIT_FLUSH_INTERVAL_MS,
          retryIntervalMs: config.KALGUARD_AUDIT_RETRY_INTERVAL_MS,
          storePrompts: config.KALGUARD_AUDIT_STORE_PROMPTS,
        },
        logger,
      )
    : new MemoryAuditSink(config.KALGUARD_AUDIT_MEMORY_CAPACITY, config.KALGUARD_AUDIT_STORE_PROMPTS);
  return new AuthFailureLimiter(inner, config.KALGUARD_AUDIT_AUTH_FAILURES_PER_MINUTE);
}
