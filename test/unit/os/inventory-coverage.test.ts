import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage } from "../../../os/inventory/build-package.js";
import { INVENTORY, inventoryFamilies, inventoryForks, inventoryNeedsNamespaces, inventorySyscalls } from "../../../os/inventory/inventory.js";
import { measureWorkload, type WorkloadMeasurement } from "../../../os/inventory/measure.js";

const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const hasStrace = spawnSync("strace", ["-V"], { stdio: "ignore" }).status === 0;
if (!hasStrace) {
  if (process.env.CI) throw new Error("strace is missing, and CI requires the syscall inventory coverage test");
  console.warn("SKIPPED syscall inventory coverage: strace is not installed; CI runs it.");
}

const missing = (needed: Iterable<string>, have: readonly string[]) => [...needed].filter((n) => !have.includes(n)).sort();

/**
 * Runs the HTTP workload against the built package under strace, as os/inventory/measure.ts does, and fails
 * when the service needs anything the committed inventory lacks: then the profiles would break it.
 */
describe.runIf(hasStrace)("syscall inventory covers the workload", () => {
  let pkgDir = "";
  let workDir = "";
  let measured: WorkloadMeasurement;

  beforeAll(async () => {
    mkdirSync(join(REPO, ".tmp"), { recursive: true });
    pkgDir = mkdtempSync(join(REPO, ".tmp", "coverage-package-"));
    workDir = mkdtempSync(join(tmpdir(), "kalguard-coverage-"));
    measured = await measureWorkload(buildPackage(REPO, pkgDir), workDir, "if-possible");
  }, 300_000);
  afterAll(() => {
    for (const dir of [pkgDir, workDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("holds every syscall a check-only sidecar made", () => {
    expect(missing(measured.service.syscalls, inventorySyscalls(INVENTORY, "none"))).toEqual([]);
  });

  it("holds every syscall made while tools ran as processes, in the with-tools set", () => {
    expect(missing(measured.tools.syscalls, inventorySyscalls(INVENTORY, "process"))).toEqual([]);
  });

  it("holds every syscall made while tools ran under bubblewrap, in the with-namespaces set", () => {
    expect(missing(measured.namespaces.syscalls, inventorySyscalls(INVENTORY, "namespaces"))).toEqual([]);
  });

  it("allows every socket family used", () => {
    expect(missing(measured.service.socketFamilies, inventoryFamilies(INVENTORY, "none"))).toEqual([]);
    expect(missing(measured.tools.socketFamilies, inventoryFamilies(INVENTORY, "process"))).toEqual([]);
    expect(missing(measured.namespaces.socketFamilies, inventoryFamilies(INVENTORY, "namespaces"))).toEqual([]);
  });

  it("starts processes and namespaces only where the inventory says so", () => {
    const levels = [["none", measured.service], ["process", measured.tools], ["namespaces", measured.namespaces]] as const;
    for (const [level, summary] of levels) {
      if (summary.forks) expect(inventoryForks(INVENTORY, level), level).toBe(true);
      if (summary.namespaces) expect(inventoryNeedsNamespaces(INVENTORY, level), level).toBe(true);
    }
  });
});
