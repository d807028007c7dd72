import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/tools/rate-limiter.js";

describe("rate limiter", () => {
  it("allows up to the limit in a window, then refuses until the window resets", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(60_000, () => now);
    expect(limiter.take("a", 2)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.take("a", 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take("a", 2)).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 60 });
    now += 30_500;
    expect(limiter.take("a", 2)).toMatchObject({ allowed: false, resetSeconds: 30 });
    now += 30_000;
    expect(limiter.take("a", 2)).toMatchObject({ allowed: true, remaining: 1 });
  });
  it("counts each key separately", () => {
    const limiter = new RateLimiter();
    expect(limiter.take("a", 1).allowed).toBe(true);
    expect(limiter.take("b", 1).allowed).toBe(true);
    expect(limiter.take("a", 1).allowed).toBe(false);
  });
});
