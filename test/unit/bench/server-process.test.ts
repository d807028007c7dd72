import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { readCpuSeconds, readRssKiB } from "../../../bench/server-process.js";

describe.skipIf(!existsSync("/proc/self/status"))("reading a process's resources from /proc", () => {
  it("reads this process's resident set size in KiB", () => {
    const rss = readRssKiB(process.pid);
    expect(rss).toBeGreaterThan(Math.floor(process.memoryUsage().rss / 1024 / 2));
    expect(rss).toBeLessThan(Math.ceil((process.memoryUsage().rss / 1024) * 2));
  });

  it("counts CPU time that this process spends", () => {
    const before = readCpuSeconds(process.pid) as number;
    const until = Date.now() + 300;
    while (Date.now() < until);
    expect((readCpuSeconds(process.pid) as number) - before).toBeGreaterThan(0.1);
  });

  it("reports nothing for a process that does not exist", () => {
    expect(readRssKiB(2 ** 22 + 1)).toBeUndefined();
    expect(readCpuSeconds(2 ** 22 + 1)).toBeUndefined();
  });
});
