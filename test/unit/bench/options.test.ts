import { describe, expect, it } from "vitest";
import { parseBenchOptions, reproduceCommand } from "../../../bench/options.js";

describe("benchmark options", () => {
  it("defaults to 10 s rows at 1 and 64 connections and a 60 s soak", () => {
    expect(parseBenchOptions([])).toMatchObject({ duration: 10, warmup: 2, connections: [1, 64], soakSeconds: 60, profile: false, only: [] });
  });

  it("refuses a zero duration, an unknown scenario and an unknown flag", () => {
    expect(() => parseBenchOptions(["--duration", "0"])).toThrow(/--duration/);
    expect(() => parseBenchOptions(["--only", "nope"])).toThrow(/unknown scenario/);
    expect(() => parseBenchOptions(["--fast"])).toThrow();
  });

  it("prints a command that reproduces the same options", () => {
    const options = parseBenchOptions(["--duration", "3", "--soak-seconds", "0", "--only", "prompt,tool"]);
    if (options === "help") throw new Error("unexpected help");
    expect(parseBenchOptions(reproduceCommand(options).split(" ").slice(4))).toEqual(options);
  });
});
