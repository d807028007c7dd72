import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("configuration from the environment", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      KALGUARD_PORT: 9292,
      KALGUARD_HOST: "0.0.0.0",
      KALGUARD_POLICY_DEFAULT_DENY: true,
      KALGUARD_POLICY_WATCH: false,
      KALGUARD_POLICY_WATCH_INTERVAL_MS: 500,
      KALGUARD_PROMPT_BLOCK_THRESHOLD: 70,
      KALGUARD_PROMPT_SANITIZE_THRESHOLD: 50,
    });
    expect(config.KALGUARD_TOOL_RATE_LIMIT).toBeUndefined();
  });
  it("names the variable of a bad value", () => {
    expect(problems({ KALGUARD_PORT: "http" })[0]).toMatch(/^KALGUARD_PORT: /);
    expect(problems({ KALGUARD_POLICY_WATCH: "maybe" })[0]).toMatch(/^KALGUARD_POLICY_WATCH: /);
    expect(problems({ KALGUARD_PROMPT_BLOCK_THRESHOLD: "101" })[0]).toMatch(/^KALGUARD_PROMPT_BLOCK_THRESHOLD: /);
  });
  it("refuses a token secret shorter than 32 bytes without echoing it", () => {
    const [problem] = problems({ KALGUARD_TOKEN_SECRET: "short-secret-value" });
    expect(problem).toMatch(/^KALGUARD_TOKEN_SECRET: must be at least 32 bytes$/);
  });
  it("refuses an unknown KALGUARD_ variable so that a typo cannot silently drop a setting", () => {
    expect(problems({ KALGUARD_POLCY_PATH: "/etc/kalguard/policy.json" })).toEqual(["KALGUARD_POLCY_PATH: unknown variable"]);
  });
  it("refuses a sanitize threshold above the block threshold", () => {
    expect(problems({ KALGUARD_PROMPT_BLOCK_THRESHOLD: "40", KALGUARD_PROMPT_SANITIZE_THRESHOLD: "60" })[0]).toMatch(/^KALGUARD_PROMPT_SANITIZE_THRESHOLD/);
  });
  it("reads a list of redaction kinds and refuses an unknown kind", () => {
    expect(loadConfig({ KALGUARD_PROMPT_REDACT: "email, api_key" }).KALGUARD_PROMPT_REDACT).toEqual(["email", "api_key"]);
    expect(problems({ KALGUARD_PROMPT_REDACT: "email,passport" })[0]).toMatch(/^KALGUARD_PROMPT_REDACT/);
  });
});
