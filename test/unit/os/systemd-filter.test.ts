import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INVENTORY, inventorySyscalls, namesForArch } from "../../../os/inventory/inventory.js";
import { systemdConfinementDirectives } from "../../../os/profiles/systemd.js";

describe("systemd confinement directives", () => {
  const strict = systemdConfinementDirectives(INVENTORY, { arch: "x86_64", withTools: false });
  const tools = systemdConfinementDirectives(INVENTORY, { arch: "x86_64", withTools: true });
  const dir = mkdtempSync(join(tmpdir(), "kalguard-systemd-filter-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("allows exactly the inventory's syscalls for the architecture", () => {
    const line = strict.find((l) => l.startsWith("SystemCallFilter="));
    expect(line?.slice("SystemCallFilter=".length).split(" ")).toEqual(namesForArch("x86_64", inventorySyscalls(INVENTORY, "none")));
    const arm = systemdConfinementDirectives(INVENTORY, { arch: "aarch64", withTools: false }).find((l) => l.startsWith("SystemCallFilter="));
    expect(arm).not.toMatch(/\b(open|stat|poll|epoll_wait)\b/);
  });

  it("fails other calls with EPERM, native ABI only", () => {
    expect(strict).toContain("SystemCallErrorNumber=EPERM");
    expect(strict).toContain("SystemCallArchitectures=native");
  });

  it("refuses namespaces unless tools run under bubblewrap", () => {
    expect(strict).toContain("RestrictNamespaces=yes");
    expect(tools.find((l) => l.startsWith("RestrictNamespaces="))).toMatch(/user/);
  });

  it("passes systemd-analyze verify without a warning", () => {
    const unit = join(dir, "kalguard-filter-check.service");
    writeFileSync(unit, ["[Unit]", "Description=filter check", "[Service]", "Type=simple", "ExecStart=/usr/bin/true", ...strict, "[Install]", "WantedBy=multi-user.target", ""].join("\n"));
    const r = spawnSync("systemd-analyze", ["verify", unit], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l.includes("kalguard-filter-check"))).toEqual([]);
  });
});
