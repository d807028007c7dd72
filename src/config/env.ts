import { z } from "zod";
import { REDACTION_KINDS } from "../firewall/types.js";

const bool = z.enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" }).transform((v) => v === "true" || v === "1" || v === "yes");
const int = (min: number, max: number) => z.coerce.number({ message: "expected a number" }).int("expected a whole number").min(min).max(max);
const path = z.string().min(1, "expected a path");
const list = <T extends z.ZodType<unknown, string>>(item: T) => z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)).pipe(z.array(item));

/** Every environment variable the service reads: the one source of truth for configuration. */
export const EnvSchema = z.strictObject({
  KALGUARD_PORT: int(0, 65535).default(9292),
  KALGUARD_HOST: z.string().min(1).default("0.0.0.0"),
  KALGUARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  KALGUARD_TOKEN_SECRET: z.string().refine((s) => Buffer.byteLength(s, "utf8") >= 32, "must be at least 32 bytes").optional(),
  KALGUARD_TOKEN_PUBLIC_KEY_PATH: path.optional(),
  KALGUARD_TOKEN_JWKS_PATH: path.optional(),
  /** Algorithm of a public key file (a JWKS names its own per key). */
  KALGUARD_TOKEN_ALGORITHM: z.enum(["EdDSA", "ES256", "RS256"]).optional(),
  /** Private key used only by `kalguard-sidecar token` to mint asymmetric tokens. */
  KALGUARD_TOKEN_PRIVATE_KEY_PATH: path.optional(),
  KALGUARD_TOKEN_ISSUER: z.string().min(1).optional(),
  KALGUARD_TOKEN_AUDIENCE: z.string().min(1).optional(),
  KALGUARD_TOKEN_MAX_TTL_SECONDS: int(60, 31 * 24 * 3600).default(24 * 3600),
  KALGUARD_TOKEN_CLOCK_TOLERANCE_SECONDS: int(0, 300).default(5),

  KALGUARD_POLICY_PATH: path.optional(),
  KALGUARD_POLICY_DEFAULT_DENY: bool.default(true),
  KALGUARD_POLICY_WATCH: bool.default(false),
  KALGUARD_POLICY_WATCH_INTERVAL_MS: int(50, 3_600_000).default(500),

  KALGUARD_PROMPT_BLOCK_THRESHOLD: int(0, 100).default(70),
  KALGUARD_PROMPT_SANITIZE_THRESHOLD: int(0, 100).default(50),
  /** Which kinds of personal data and secrets are redacted; default all. */
  KALGUARD_PROMPT_REDACT: list(z.enum(REDACTION_KINDS)).default([...REDACTION_KINDS]),

  KALGUARD_TOOL_RATE_LIMIT: int(1, 10_000_000).optional(),

  KALGUARD_AUDIT_LOG_PATH: path.optional(),
  KALGUARD_AUDIT_MAX_SIZE: z.string().regex(/^[1-9]\d*[kmg]?$/i, "expected a size such as 10m").default("10m"),
  KALGUARD_AUDIT_FREQUENCY: z.string().regex(/^(daily|hourly|[1-9]\d*)$/, "expected daily, hourly or milliseconds").default("daily"),
  KALGUARD_AUDIT_MAX_FILES: int(1, 100_000).default(30),
  KALGUARD_AUDIT_HMAC_KEY: z.string().refine((s) => Buffer.byteLength(s, "utf8") >= 32, "must be at least 32 bytes").optional(),
  KALGUARD_AUDIT_FLUSH: z.enum(["every", "interval"]).default("every"),
  KALGUARD_AUDIT_FLUSH_INTERVAL_MS: int(1, 60_000).default(100),
  /** How often a file sink that cannot write tries again. */
  KALGUARD_AUDIT_RETRY_INTERVAL_MS: int(10, 600_000).default(1_000),
  KALGUARD_AUDIT_STORE_PROMPTS: bool.default(false),
  KALGUARD_AUDIT_MEMORY_CAPACITY: int(1, 1_000_000).default(10_000),
  KALGUARD_AUDIT_AUTH_FAILURES_PER_MINUTE: int(1, 1_000_000).default(60),

  KALGUARD_SANDBOX_ISOLATION: z.enum(["auto", "namespaces", "process"]).default("auto"),
  KALGUARD_SANDBOX_BWRAP_PATH: path.default("/usr/bin/bwrap"),
  /** Where per-run work directories are made (default: the OS temp dir). */
  KALGUARD_SANDBOX_WORK_ROOT: path.optional(),
  /**
   * Under a root sidecar every concurrent tool run gets its own unprivileged uid (= gid) from
   * [BASE, BASE + COUNT): the process limit then really binds and cannot be exhausted by another run, and every
   * process the run left is found by its uid. COUNT bounds concurrent runs.
   */
  KALGUARD_SANDBOX_UID_BASE: int(1000, 4_294_000_000).default(2_000_000_000),
  KALGUARD_SANDBOX_UID_COUNT: int(1, 65536).default(256),

  KALGUARD_BODY_LIMIT_BYTES: int(1024, 64 * 1024 * 1024).default(5 * 1024 * 1024),
  KALGUARD_REQUEST_TIMEOUT_MS: int(100, 600_000).default(30_000),
  KALGUARD_HEADERS_TIMEOUT_MS: int(100, 600_000).default(10_000),
  KALGUARD_KEEP_ALIVE_TIMEOUT_MS: int(100, 600_000).default(5_000),
  KALGUARD_SHUTDOWN_TIMEOUT_MS: int(100, 600_000).default(10_000),
});

export type Config = z.output<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the KALGUARD_* variables; an unknown one is an error too, so a typo cannot silently drop a setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const ours: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("KALGUARD_") && value !== undefined && value !== "") ours[key] = value;
  }
  const parsed = EnvSchema.safeParse(ours);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        if (issue.code === "unrecognized_keys") return `${issue.keys.join(", ")}: unknown variable`;
        const name = String(issue.path[0]);
        const shown = name.includes("SECRET") || name.includes("HMAC") ? "" : ` (got "${ours[name] ?? ""}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const config = parsed.data;
  if (config.KALGUARD_PROMPT_SANITIZE_THRESHOLD > config.KALGUARD_PROMPT_BLOCK_THRESHOLD) {
    throw new ConfigError(["KALGUARD_PROMPT_SANITIZE_THRESHOLD: must not exceed KALGUARD_PROMPT_BLOCK_THRESHOLD"]);
  }
  return config;
}
