import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureHandover } from "../../os/inventory/handover.js";
import { handoverSyscalls, INVENTORY, inventorySyscalls } from "../../os/inventory/inventory.js";
import { ensureBaseImage } from "./base-image.js";
import { dockerAvailable } from "./docker.js";

const docker = dockerAvailable("container runtime hand-over");
const canTrace = spawnSync("strace", ["-V"], { stdio: "ignore" }).status === 0 && process.getuid?.() === 0;
if (docker && !canTrace) {
  if (process.env.CI) throw new Error("tracing containerd needs strace and root, which CI has");
  console.warn("SKIPPED container runtime hand-over measurement: needs strace and root to trace containerd.");
}

describe.runIf(docker && canTrace)("container runtime hand-over under no-new-privileges", () => {
  it("makes only calls the generated profiles allow between loading the filter and exec'ing the entrypoint", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kalguard-handover-"));
    try {
      const measured = await measureHandover(ensureBaseImage(), dir);
      const allowed = new Set([...handoverSyscalls(INVENTORY), ...inventorySyscalls(INVENTORY, "none")]);
      expect([...measured].filter((n) => !allowed.has(n)).sort()).toEqual([]);
      expect(measured.has("execve")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
