import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../../src/sdk/response.js";

const NOW = Date.parse("2026-01-01T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("30", NOW)).toBe(30);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
  });

  it("reads an HTTP date as the seconds until then, rounded up", () => {
    expect(parseRetryAfter("Thu, 01 Jan 2026 12:01:00 GMT", NOW)).toBe(60);
    expect(parseRetryAfter("Thu, 01 Jan 2026 12:00:00 GMT", NOW + 500)).toBe(0);
  });

  it("never returns a negative wait for a date in the past", () => {
    expect(parseRetryAfter("Thu, 01 Jan 2026 11:00:00 GMT", NOW)).toBe(0);
  });

  it.each([null, "", "-5", "1.5", "soon", "12abc"])("treats %j as unknown", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
