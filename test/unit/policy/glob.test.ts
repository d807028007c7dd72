import { describe, expect, it } from "vitest";
import { globMatch } from "../../../src/policy/glob.js";

describe("globMatch", () => {
  it("matches literal names exactly", () => {
    expect(globMatch("get_weather", "get_weather")).toBe(true);
    expect(globMatch("get_weather", "get_weather2")).toBe(false);
  });
  it("lets * stand for any run of characters, including none", () => {
    expect(globMatch("delete_*", "delete_files")).toBe(true);
    expect(globMatch("delete_*", "delete_")).toBe(true);
    expect(globMatch("*_files", "delete_files")).toBe(true);
    expect(globMatch("a*b*c", "aXXbYYc")).toBe(true);
    expect(globMatch("a*b*c", "aXXbYY")).toBe(false);
  });
  it("treats regex metacharacters as literals", () => {
    expect(globMatch("a.b", "aXb")).toBe(false);
    expect(globMatch("(x)+", "(x)+")).toBe(true);
  });
  it("stays fast on patterns that would make a backtracking regex explode", () => {
    const name = "a".repeat(5000);
    expect(globMatch(`${"*a".repeat(20)}b`, name)).toBe(false);
  });
});
