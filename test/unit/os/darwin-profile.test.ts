import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSExprs, type SExpr } from "../../../os/darwin/index.js";
import { darwinServiceProfile, type DarwinServiceOptions } from "../../../os/profiles/darwin.js";

const GOLDEN = fileURLToPath(new URL("./golden/darwin-service.sb", import.meta.url));
const OPTS: DarwinServiceOptions = {
  nodePath: "/opt/homebrew/bin/node",
  installDir: "/opt/homebrew/lib/node_modules/kalguard-sidecar",
  policyPath: "/usr/local/etc/kalguard/policy.json",
  auditDir: "/usr/local/var/log/kalguard",
  port: 9292,
};

/** A form as nested arrays of atom and string values, for comparison. */
function plain(e: SExpr): unknown {
  return e.type === "list" ? e.items.map(plain) : e.value;
}

/** The operation of each top-level `(allow OP …)` form (e.g. "process-fork"). */
function allowed(forms: SExpr[]): unknown[] {
  return forms.map(plain).flatMap((f) => (Array.isArray(f) && f[0] === "allow" ? [f[1]] : []));
}

describe("macOS sandbox-exec profile for the service", () => {
  const profile = darwinServiceProfile(OPTS);

  it("matches the reviewed golden file (UPDATE_GOLDEN=1 rewrites it)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, profile);
    expect(profile).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("is balanced S-expression syntax, version 1, deny by default", () => {
    const forms = parseSExprs(profile).map(plain);
    expect(forms[0]).toEqual(["version", "1"]);
    expect(forms[1]).toEqual(["deny", "default"]);
    expect(() => parseSExprs(profile.replace(/\)\n$/, "\n"))).toThrow();
  });

  it("writes only the audit directory and listens only on its port", () => {
    expect(profile).toMatch(/\(allow file-read\* file-write\*\n {2}\(subpath "\/usr\/local\/var\/log\/kalguard"\)\)/);
    expect(profile).toContain('(local tcp "*:9292")');
    expect(profile).not.toContain("network-outbound");
  });

  it("neither forks nor executes anything but node (tools run on Linux only)", () => {
    const forms = parseSExprs(profile);
    expect(allowed(forms)).not.toContain("process-fork");
    expect(profile).toMatch(/\(allow process-exec\n {2}\(subpath "\/opt\/homebrew\/bin\/node"\)\)/);
  });

  it.each([
    ["policy file directly in /", { policyPath: "/policy.json" }],
    ["audit directory /", { auditDir: "/" }],
    ["install directory /", { installDir: "/" }],
  ])("refuses a %s rather than open the whole system", (_, change) => {
    expect(() => darwinServiceProfile({ ...OPTS, ...change })).toThrow(/cannot be \//);
  });

});
