import { describe, expect, it } from "vitest";
import { compilePolicy, PolicyLoadError } from "../../../src/policy/compile.js";
import { evaluatePolicy } from "../../../src/policy/evaluate.js";

function refusal(text: string): PolicyLoadError {
  try {
    compilePolicy(text, "p.json");
  } catch (err) {
    if (err instanceof PolicyLoadError) return err;
    throw err;
  }
  throw new Error("the policy was accepted");
}

describe("policy validation", () => {
  it("refuses an unknown key and names it with its line", () => {
    const err = refusal('{\n  "version": "1.0",\n  "rules": [],\n  "colour": "blue"\n}');
    expect(err.issues).toEqual([{ path: "colour", line: 4, message: 'unknown key "colour"' }]);
  });

  it("refuses a misspelt agentID instead of letting the rule match everything", () => {
    const text = JSON.stringify({ version: "1.0", rules: [{ id: "r1", match: { agentID: ["agent-1"] }, decision: "allow" }] }, null, 2);
    const err = refusal(text);
    expect(err.issues[0]?.path).toBe("rules[0].match.agentID");
    expect(err.issues[0]?.line).toBe(text.split("\n").findIndex((l) => l.includes("agentID")) + 1);
  });

  it("points a JSON syntax error at its line", () => {
    const err = refusal('{\n  "version": "1.0",\n  "rules": [,]\n}');
    expect(err.issues[0]?.line).toBe(3);
    expect(err.issues[0]?.message).toMatch(/invalid JSON/);
  });

  it("refuses duplicate keys that JSON.parse would silently collapse", () => {
    const err = refusal('{\n "version": "1.0",\n "rules": [{"id": "a", "match": {}, "decision": "deny",\n   "decision": "allow"}]\n}');
    expect(err.issues[0]).toMatchObject({ path: "rules[0].decision", line: 4, message: "duplicate key" });
  });

  it("refuses duplicate rule ids", () => {
    const err = refusal(JSON.stringify({ version: "1.0", rules: [{ id: "a", match: {}, decision: "deny" }, { id: "a", match: {}, decision: "allow" }] }));
    expect(err.issues[0]?.path).toBe("rules[1].id");
  });

  it("refuses an invalid JSON Schema for a tool, naming the tool", () => {
    const err = refusal(JSON.stringify({ version: "1.0", tools: { t: { schema: { type: "object", properties: { a: { type: "strnig" } } } } } }));
    expect(err.issues[0]?.path).toBe("tools.t.schema");
  });

  it("requires a schema for every tool when requireToolSchemas is set", () => {
    const err = refusal(JSON.stringify({ version: "1.0", requireToolSchemas: true, tools: { t: { rateLimit: { perMinute: 1 } } } }));
    expect(err.issues[0]?.path).toBe("tools.t.schema");
  });

  it("refuses an exec command that is not an absolute path", () => {
    const err = refusal(JSON.stringify({ version: "1.0", tools: { t: { exec: { command: "echo" } } } }));
    expect(err.issues[0]?.path).toBe("tools.t.exec.command");
  });

  it("names every accepted policy by the sha256 of its text", () => {
    const text = JSON.stringify({ version: "1.0" });
    const compiled = compilePolicy(text, "p.json");
    expect(compiled.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(compilePolicy(`${text} `, "p.json").hash).not.toBe(compiled.hash);
  });

  it("denies everything when a valid policy has no rules and no default", () => {
    const compiled = compilePolicy(JSON.stringify({ version: "1.0" }), "p.json");
    expect(evaluatePolicy(compiled.policy, { agentId: "a", action: "tool:execute", tool: "x" }, true).decision).toBe("deny");
  });
});

describe("JSON syntax errors", () => {
  it.each([
    ['{\n "a": 1,\n}', 3],
    ['{\n "a": 1\n "b": 2\n}', 3],
    ['{\n "a": tru\n}', 2],
    ['{\n "a": "x\ty"\n}', 2],
    ['{\n "a": [1,\n 2\n', 4],
    ['{"a": 1}\n\n x', 3],
  ])("locates the fault in %j on line %i", (text, line) => {
    expect(refusal(text).issues[0]?.line).toBe(line);
  });
});
