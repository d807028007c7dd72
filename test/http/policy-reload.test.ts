import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryAuditSink } from "../../src/audit/memory-sink.js";
import { policyHash } from "../../src/policy/compile.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const allowTool = (tool: string) =>
  JSON.stringify({ version: "1.0", rules: [{ id: `allow-${tool}`, match: { agentIds: ["agent-1"], tools: [tool] }, decision: "allow" }] }, null, 2);
const BROKEN = '{\n  "version": "1.0",\n  "rules": [{ "id": "r", "match": { "agentID": ["*"] }, "decision": "allow" }]\n}';

async function waitFor(condition: () => Promise<boolean>, what: string, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("policy hot reload", () => {
  let s: TestServer | undefined;
  const audit = new MemoryAuditSink(1000);
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  const start = async (path?: string) => {
    s = await startTestServer({
      policy: { version: "1.0" },
      auditSink: audit,
      env: { KALGUARD_POLICY_WATCH: "true", KALGUARD_POLICY_WATCH_INTERVAL_MS: "50", ...(path ? { KALGUARD_POLICY_PATH: path } : {}) },
    });
    return s;
  };
  const decide = async (server: TestServer, tool: string) => (await server.post("/v1/tool/check", { toolName: tool, arguments: {} })).status;
  const inForce = (server: TestServer, text: string) => waitFor(async () => server.service.policy.current.hash === policyHash(text), "the new policy");

  /** A broken policy is refused, logged in the audit trail, and the last good policy keeps deciding. */
  async function expectBrokenRefused(server: TestServer, write: (text: string) => Promise<void>, goodTool: string): Promise<void> {
    const before = server.service.policy.current.hash;
    await write(BROKEN);
    await waitFor(async () => audit.records().some((r) => r.type === "policy_reload" && r.decision === "deny" && r.policyHash === before), "the refusal record");
    expect(server.service.policy.current.hash).toBe(before);
    expect(await decide(server, goodTool)).toBe(200);
    const refusal = audit.records().findLast((r) => r.type === "policy_reload" && r.decision === "deny");
    expect(refusal?.reason).toMatch(/:3: rules\[0\]\.match\.agentID: unknown key/);
  }

  it("(a) follows in-place writes, refusing a broken one in between", async () => {
    const server = await start();
    const path = server.policyPath!;
    expect(await decide(server, "alpha")).toBe(403);
    await writeFile(path, allowTool("alpha"));
    await inForce(server, allowTool("alpha"));
    expect(await decide(server, "alpha")).toBe(200);
    await expectBrokenRefused(server, (t) => writeFile(path, t), "alpha");
    await writeFile(path, allowTool("beta"));
    await inForce(server, allowTool("beta"));
    expect(await decide(server, "alpha")).toBe(403);
    expect(await decide(server, "beta")).toBe(200);
  });

  it("(b) follows write-temp-then-rename, repeated, refusing a broken one in between", async () => {
    const server = await start();
    const path = server.policyPath!;
    const replace = async (text: string) => {
      const tmp = `${path}.tmp-${Math.random()}`;
      await writeFile(tmp, text);
      await rename(tmp, path);
    };
    for (const tool of ["one", "two", "three"]) {
      await replace(allowTool(tool));
      await inForce(server, allowTool(tool));
      expect(await decide(server, tool)).toBe(200);
    }
    await expectBrokenRefused(server, replace, "three");
    await replace(allowTool("four"));
    await inForce(server, allowTool("four"));
    expect(await decide(server, "three")).toBe(403);
    expect(await decide(server, "four")).toBe(200);
  });

  it("(c) follows Kubernetes-style ..data symlink swaps, refusing a broken one in between", async () => {
    const dir = join((await startTestServer()).dir, "configmap");
    await mkdir(dir);
    let generation = 0;
    const swap = async (text: string) => {
      const version = join(dir, `..2026_11_21_${++generation}`);
      await mkdir(version);
      await writeFile(join(version, "policy.json"), text);
      await symlink(`..2026_11_21_${generation}`, join(dir, "..data_tmp"));
      await rename(join(dir, "..data_tmp"), join(dir, "..data"));
    };
    await swap(allowTool("first"));
    await symlink("..data/policy.json", join(dir, "policy.json"));
    const server = await start(join(dir, "policy.json"));
    expect(await decide(server, "first")).toBe(200);
    await swap(allowTool("second"));
    await inForce(server, allowTool("second"));
    expect(await decide(server, "second")).toBe(200);
    await expectBrokenRefused(server, swap, "second");
    await swap(allowTool("third"));
    await inForce(server, allowTool("third"));
    expect(await decide(server, "third")).toBe(200);
    await rm(dir, { recursive: true, force: true });
  });

  it("reloads on request (SIGHUP) and names the new policy hash in each decision", async () => {
    s = await startTestServer({ policy: { version: "1.0" }, auditSink: audit });
    await writeFile(s.policyPath!, allowTool("gamma"));
    expect(await decide(s, "gamma")).toBe(403);
    const outcome = await s.service.reloadPolicy();
    expect(outcome).toMatchObject({ status: "accepted", hash: policyHash(allowTool("gamma")) });
    const res = await s.post("/v1/tool/check", { toolName: "gamma", arguments: {} });
    expect(res.status).toBe(200);
    expect(audit.records().find((r) => r.requestId === res.body.requestId)?.policyHash).toBe(policyHash(allowTool("gamma")));
  });

  it("keeps the last good policy when the file disappears", async () => {
    s = await startTestServer({ policy: JSON.parse(allowTool("delta")) as object });
    await rm(s.policyPath!);
    expect(await s.service.reloadPolicy()).toMatchObject({ status: "refused" });
    expect(await decide(s, "delta")).toBe(200);
  });
});
