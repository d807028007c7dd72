import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bwrapInstalled } from "./helpers.js";

const levels = bwrapInstalled("sandbox output memory") ? ["process", "namespaces"] : ["process"];
const fixture = fileURLToPath(new URL("./fixtures/big-output.ts", import.meta.url));

describe.each(levels)("tool output memory at isolation %s", (level) => {
  it("a tool writing 1 GiB to stdout raises the runner's peak RSS by less than 50 MB and is reported truncated", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", fixture, level], { encoding: "utf8", timeout: 180_000 });
    const report = JSON.parse(out) as { level: string; peakRssIncreaseBytes: number; truncated: boolean; stdoutBytes: number; exitCode: number | null; signal: string | null };
    console.log(`1 GiB tool output at ${level}: peak RSS +${(report.peakRssIncreaseBytes / 1e6).toFixed(1)} MB`, report);
    expect(report.level).toBe(level);
    // Past the cap the runner closes the pipe, so head's next write fails and it stops early.
    expect(report.exitCode).not.toBe(0);
    expect(report.truncated).toBe(true);
    expect(report.stdoutBytes).toBe(1024 * 1024);
    expect(report.peakRssIncreaseBytes).toBeLessThan(50 * 1024 * 1024);
  }, 200_000);
});
