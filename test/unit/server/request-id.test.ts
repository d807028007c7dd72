import { describe, expect, it } from "vitest";
import { createRequestIdGenerator } from "../../../src/server/request-id.js";

describe("request ids", () => {
  it("are req_ followed by 12 random bytes in base64url", () => {
    const next = createRequestIdGenerator();
    expect(next()).toMatch(/^req_[A-Za-z0-9_-]{16}$/);
  });

  it("never repeat across refills of the random pool", () => {
    const next = createRequestIdGenerator();
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) ids.add(next());
    expect(ids.size).toBe(5000);
  });

  it("differ between generators, so two servers never share a sequence", () => {
    const a = createRequestIdGenerator();
    const b = createRequestIdGenerator();
    const fromA = new Set(Array.from({ length: 300 }, () => a()));
    expect(Array.from({ length: 300 }, () => b()).some((id) => fromA.has(id))).toBe(false);
  });
});
