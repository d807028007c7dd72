import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditSink } from "../../src/audit/types.js";
import { createAgentToken } from "../../src/auth/mint.js";
import { loadConfig, type Config } from "../../src/config/env.js";
import { startService, type RunningService, type ServiceOptions } from "../../src/server/service.js";
import type { PromptFirewall } from "../../src/firewall/types.js";
import type { ToolRunner } from "../../sandbox/types.js";

export interface TestServer {
  url: string;
  config: Config;
  service: RunningService;
  secret: string;
  /** The policy file the server reads (when a policy object was given); rewrite it to test reloads. */
  policyPath: string | undefined;
  dir: string;
  token(agentId?: string, capabilities?: string[], ttlSeconds?: number): Promise<string>;
  /** POSTs JSON with a token for `agentId` (default agent-1, all capabilities). */
  post(path: string, body: unknown, opts?: { token?: string; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export const ALL_CAPABILITIES = ["prompt:check", "tool:execute"];

/** A real server on an ephemeral loopback port, with a fresh secret and (optionally) a policy file. */
export async function startTestServer(opts: {
  env?: Record<string, string>;
  policy?: object;
  auditSink?: AuditSink;
  toolRunner?: ToolRunner | null;
  firewall?: PromptFirewall;
  embeddedPolicy?: unknown;
} = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), "kalguard-test-"));
  const secret = randomBytes(32).toString("base64url");
  let policyPath: string | undefined;
  if (opts.policy) {
    policyPath = join(dir, "policy.json");
    await writeFile(policyPath, JSON.stringify(opts.policy, null, 2));
  }
  const config = loadConfig({
    KALGUARD_TOKEN_SECRET: secret,
    KALGUARD_HOST: "127.0.0.1",
    KALGUARD_PORT: "0",
    KALGUARD_LOG_LEVEL: "silent",
    // Sandbox cleanup kills by uid: each test process gets its own range so parallel workers never share one.
    KALGUARD_SANDBOX_UID_BASE: String(2_000_000_000 + (process.pid % 100_000) * 256 + 192),
    KALGUARD_SANDBOX_UID_COUNT: "64",
    ...(policyPath ? { KALGUARD_POLICY_PATH: policyPath } : {}),
    ...opts.env,
  });
  const serviceOptions: ServiceOptions = { config };
  if (opts.auditSink) serviceOptions.auditSink = opts.auditSink;
  if (opts.toolRunner !== undefined) serviceOptions.toolRunner = opts.toolRunner;
  if (opts.embeddedPolicy) serviceOptions.embeddedPolicy = opts.embeddedPolicy;
  if (opts.firewall) serviceOptions.firewall = opts.firewall;
  const service = await startService(serviceOptions);

  const token = (agentId = "agent-1", capabilities = ALL_CAPABILITIES, ttlSeconds = 600) =>
    createAgentToken({ agentId, capabilities, ttlSeconds, key: { secret } });
  const defaultToken = await token();

  return {
    url: service.url,
    config,
    service,
    secret,
    policyPath,
    dir,
    token,
    async post(path, body, postOpts = {}) {
      const res = await fetch(`${service.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${postOpts.token ?? defaultToken}`, ...postOpts.headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Non-JSON bodies are returned as text for the test to assert on.
      }
      return { status: res.status, headers: res.headers, body: parsed };
    },
    async close() {
      await service.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
