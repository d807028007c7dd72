import fc from "fast-check";
import safeRegex from "safe-regex2";
import { describe, expect, it } from "vitest";
import { ALL_PATTERNS } from "../../../src/firewall/patterns.js";
import { RULES } from "../../../src/firewall/rules.js";
import { check } from "./helpers.js";

describe("linear-time patterns", () => {
  it("exports every rule pattern for checking", () => {
    for (const r of RULES) expect(ALL_PATTERNS).toContain(r.pattern);
  });

  it.each(ALL_PATTERNS.map((p) => [p.source.slice(0, 60), p] as const))("has no nested or overlapping quantifiers: %s", (_s, pattern) => {
    expect(safeRegex(pattern)).toBe(true);
  });
});

describe("robustness", () => {
  it("never throws and keeps the score in 0-100 for arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ role: fc.constantFrom("system", "user", "assistant", "tool" as const), content: fc.string({ unit: "binary", maxLength: 300 }) }), { maxLength: 4 }), (messages) => {
        const v = check(messages);
        expect(v.riskScore).toBeGreaterThanOrEqual(0);
        expect(v.riskScore).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it("handles lone surrogates and control characters", () => {
    expect(() => check([{ role: "user", content: "\ud800\udfff\ud800 \u0000\u0007 ignore" }])).not.toThrow();
  });
});
