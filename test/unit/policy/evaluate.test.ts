import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../../../src/policy/evaluate.js";
import { PolicySchema, type PolicyInput } from "../../../src/policy/schema.js";

const policy = (input: Omit<PolicyInput, "version">) => PolicySchema.parse({ version: "1.0", ...input });

describe("policy evaluation", () => {
  const p = policy({
    rules: [
      { id: "deny-delete", match: { tools: ["delete_*"] }, decision: "deny", reason: "never delete" },
      { id: "prod-weather", match: { agentIds: ["agent-*"], actions: ["tool:execute"], tools: ["get_weather"], metadata: { env: "production" } }, decision: "allow" },
      { id: "prompts", match: { agentIds: ["agent-1", "agent-2"], actions: ["prompt:check"] }, decision: "allow" },
    ],
  });

  it("lets the first matching rule win", () => {
    expect(evaluatePolicy(p, { agentId: "agent-1", action: "tool:execute", tool: "delete_all" }, true)).toMatchObject({ decision: "deny", ruleId: "deny-delete", reason: "never delete" });
  });
  it("requires every field of a match (AND)", () => {
    expect(evaluatePolicy(p, { agentId: "agent-1", action: "tool:execute", tool: "get_weather", metadata: { env: "production" } }, true).ruleId).toBe("prod-weather");
    expect(evaluatePolicy(p, { agentId: "agent-1", action: "tool:execute", tool: "get_weather", metadata: { env: "staging" } }, true).ruleId).toBe("default");
    expect(evaluatePolicy(p, { agentId: "agent-1", action: "tool:execute", tool: "get_weather" }, true).ruleId).toBe("default");
  });
  it("accepts any entry of a list (OR)", () => {
    expect(evaluatePolicy(p, { agentId: "agent-2", action: "prompt:check" }, true).decision).toBe("allow");
    expect(evaluatePolicy(p, { agentId: "agent-3", action: "prompt:check" }, true).decision).toBe("deny");
  });
  it("never matches a tools rule for a request without a tool", () => {
    expect(evaluatePolicy(p, { agentId: "agent-1", action: "prompt:check" }, true).ruleId).toBe("prompts");
  });
  it("does not read metadata keys from the object prototype", () => {
    const q = policy({ rules: [{ id: "r", match: { metadata: { toString: "*" } }, decision: "allow" }] });
    expect(evaluatePolicy(q, { agentId: "a", action: "prompt:check", metadata: {} }, true).decision).toBe("deny");
  });
  it("uses the file's default decision before the environment's", () => {
    const allowAll = policy({ defaultDecision: "allow", defaultReason: "open" });
    expect(evaluatePolicy(allowAll, { agentId: "x", action: "prompt:check" }, true)).toEqual({ decision: "allow", ruleId: "default", reason: "open" });
  });
  it("falls back to KALGUARD_POLICY_DEFAULT_DENY when the file names no default", () => {
    const bare = policy({});
    expect(evaluatePolicy(bare, { agentId: "x", action: "prompt:check" }, true).decision).toBe("deny");
    expect(evaluatePolicy(bare, { agentId: "x", action: "prompt:check" }, false).decision).toBe("allow");
  });
});
