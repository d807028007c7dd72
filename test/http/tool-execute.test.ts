import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryAuditSink } from "../../src/audit/memory-sink.js";
import { createToolRunner, type SandboxToolRunner } from "../../sandbox/index.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { bwrapInstalled, isRoot, processesWith, sandboxConfig, uniqueMarker } from "../unit/sandbox/helpers.js";

const levels = bwrapInstalled("POST /v1/tool/execute") ? (["process", "namespaces"] as const) : (["process"] as const);
const SECRET_IN_ENV = `sidecar-secret-${Math.random().toString(36).slice(2)}-padding-to-32-bytes`;

const policy = {
  version: "1.0",
  defaultDecision: "deny",
  rules: [
    { id: "deny-delete", match: { tools: ["delete_*"] }, decision: "deny", reason: "destructive tools are never allowed" },
    { id: "agent1-tools", match: { agentIds: ["agent-1"], actions: ["tool:execute"] }, decision: "allow" },
  ],
  tools: {
    echo: {
      schema: { type: "object", properties: { text: { type: "string", maxLength: 200 } }, required: ["text"], additionalProperties: false },
      exec: { command: "/bin/echo", args: ["{{text}}"] },
    },
    print_env: { exec: { command: "/usr/bin/env", env: ["KALGUARD_TOKEN_SECRET", "TOOL_VISIBLE"] } },
    sleeper: { exec: { command: "/bin/sh", args: ["-c", "sleep 3600 & sleep 3600"], timeoutMs: 400 } },
    chatty: { exec: { command: "/bin/sh", args: ["-c", "head -c 100000 /dev/zero | tr '\\0' x"], maxOutputBytes: 100 } },
    namespaced_only: { exec: { command: "/bin/true", isolation: "namespaces" } },
    needs_arg: { exec: { command: "/bin/echo", args: ["{{missing}}"] } },
    fork_bomb: {
      exec: {
        command: "/usr/bin/python3",
        args: ["-c", "import os, time\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        time.sleep(3600)", "{{marker}}"],
        timeoutMs: 2500,
        limits: { processes: 16 },
      },
    },
    delete_everything: { exec: { command: "/bin/touch", args: ["{{path}}"] } },
    no_exec: { schema: { type: "object" } },
  },
};

describe.each(levels)("POST /v1/tool/execute with a %s-level runner", (level) => {
  let server: TestServer;
  let runner: SandboxToolRunner;
  const audit = new MemoryAuditSink(10_000);

  beforeAll(async () => {
    runner = await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: level }), { ...process.env, KALGUARD_TOKEN_SECRET: SECRET_IN_ENV, TOOL_VISIBLE: "yes" });
    server = await startTestServer({ policy, toolRunner: runner, auditSink: audit });
  });
  afterAll(async () => {
    await server?.close();
  });

  const execute = (toolName: string, args: Record<string, unknown> = {}) => server.post("/v1/tool/execute", { toolName, arguments: args });

  it("runs an allowed tool and returns its result fields and the isolation in force", async () => {
    const res = await execute("echo", { text: "$(id); rm -rf ~ `id` || true" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ allowed: true, decision: "allow" });
    const { durationMs, ...rest } = res.body.data;
    expect(rest).toMatchObject({
      exitCode: 0,
      signal: null,
      stdout: "$(id); rm -rf ~ `id` || true\n",
      stderr: "",
      timedOut: false,
      truncated: false,
      isolation: { level, seccomp: level === "namespaces", network: level === "process", rlimits: true },
    });
    expect(typeof durationMs).toBe("number");
  });

  it("reports the runner's isolation level in /health", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(((await health.json()) as { checks: { sandbox: unknown } }).checks.sandbox).toMatchObject({ status: "ok", isolation: level });
  });

  it("records the run with its isolation level in the audit log", async () => {
    const res = await execute("echo", { text: "audited" });
    const record = audit.records().find((r) => r.requestId === res.body.requestId && r.type === "sandbox_run");
    expect(record).toMatchObject({ tool: "echo", decision: "allow", isolation: level });
  });

  it("refuses a tool without an exec entry with 403 TOOL_DENIED", async () => {
    const res = await execute("no_exec", {});
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ allowed: false, decision: "deny", errorCode: "TOOL_DENIED" });
  });

  it("runs nothing when the policy denies the tool", async () => {
    const canary = `/tmp/${uniqueMarker()}`;
    const res = await execute("delete_everything", { path: canary });
    expect([res.status, res.body.errorCode]).toEqual([403, "POLICY_DENY"]);
    expect(existsSync(canary)).toBe(false);
  });

  it("runs nothing when the arguments fail the tool's schema", async () => {
    const res = await execute("echo", { text: "x", extra: "y" });
    expect(res.status).toBe(403);
    expect(res.body.errorCode).toBe("TOOL_DENIED");
    expect(audit.records().some((r) => r.requestId === res.body.requestId && r.type === "sandbox_run")).toBe(false);
  });

  it("refuses, with 403 TOOL_DENIED, a run whose argv template needs a missing argument", async () => {
    const res = await execute("needs_arg", {});
    expect([res.status, res.body.errorCode]).toEqual([403, "TOOL_DENIED"]);
  });

  it("gives the tool none of the sidecar's KALGUARD_* secrets, even when its policy allowlists one", async () => {
    const res = await execute("print_env");
    expect(res.status).toBe(200);
    expect(res.body.data.stdout).toContain("TOOL_VISIBLE=yes\n");
    expect(res.body.data.stdout).not.toContain("KALGUARD_");
    expect(res.body.data.stdout).not.toContain(SECRET_IN_ENV);
  });

  it("reports a timeout and leaves no process behind", async () => {
    const res = await execute("sleeper");
    expect(res.status).toBe(200);
    expect(res.body.data.timedOut).toBe(true);
    expect(processesWith("sleep 3600 & sleep 3600")).toEqual([]);
  });

  it("reports truncated output", async () => {
    const res = await execute("chatty");
    expect([res.body.data.stdout, res.body.data.truncated]).toEqual(["x".repeat(100), true]);
  });

  it.skipIf(level === "namespaces")("refuses a tool that requires namespaces where the runner has none", async () => {
    const res = await execute("namespaced_only");
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ errorCode: "TOOL_DENIED", reason: "sandbox.namespaces_unavailable" });
  });

  it.skipIf(!isRoot)("keeps answering /health while a tool runs a fork bomb", async () => {
    const marker = uniqueMarker();
    const bomb = execute("fork_bomb", { marker });
    await new Promise((r) => setTimeout(r, 800));
    const started = Date.now();
    const health = await fetch(`${server.url}/health`);
    const healthMs = Date.now() - started;
    const res = await bomb;
    expect(res.status).toBe(200);
    expect(health.status).toBe(200);
    console.log(`/health during a fork bomb (${level}): ${healthMs} ms`);
    expect(res.body.data.timedOut).toBe(true);
    expect(processesWith(marker)).toEqual([]);
  });
});
