import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ProfileSpecError, SExprSyntaxError, parseSExprs, renderSandboxProfile, toolRunProfileSpec, type SExpr, type SandboxProfileSpec } from "../../../os/darwin/index.js";
import { ExecSchema } from "../../../src/policy/schema.js";
import { sandboxExecCommand } from "../../../sandbox/darwin.js";

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/** Compares with the committed file; UPDATE_GOLDEN=1 rewrites it (then review the diff by eye before committing). */
function expectGolden(name: string, text: string): void {
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden(name), text);
  expect(text).toBe(readFileSync(golden(name), "utf8"));
}

const toolSpec = (network: boolean) =>
  toolRunProfileSpec({ toolName: "get_weather", command: "/usr/local/bin/weather", workDir: "/private/var/folders/xy/T/kalguard-run-abc123", readOnlyPaths: ["/opt/weather/data"], network });

const serviceSpec: SandboxProfileSpec = {
  comments: ["example service profile"],
  readPaths: ["/usr/local/lib/node_modules/kalguard-sidecar", "/etc/kalguard"],
  writePaths: ["/usr/local/var/log/kalguard"],
  execPaths: ["/usr/local/bin/node"],
  fork: false,
  network: { kind: "server", listenPorts: [9292], outbound: false },
  machServices: ["com.apple.system.logger"],
};

const OPERATIONS = new Set([
  "default", "file-read*", "file-write*", "file-read-metadata", "file-write-data", "process-exec", "process-fork", "process-info*",
  "sysctl-read", "signal", "mach-lookup", "system-socket", "network-outbound", "network-inbound", "network-bind",
]);
const FILTERS = new Set(["subpath", "literal", "global-name", "target", "local"]);

/** Structure SBPL accepts: (version 1), (deny default), then (allow|deny operation… filter…) forms only. */
function checkProfileShape(text: string): void {
  const forms = parseSExprs(text);
  const head = (f: SExpr) => (f.type === "list" && f.items[0]?.type === "atom" ? f.items[0].value : undefined);
  expect(forms.slice(0, 2).map((f) => JSON.stringify(f))).toEqual([
    JSON.stringify({ type: "list", items: [{ type: "atom", value: "version" }, { type: "atom", value: "1" }] }),
    JSON.stringify({ type: "list", items: [{ type: "atom", value: "deny" }, { type: "atom", value: "default" }] }),
  ]);
  for (const form of forms.slice(2)) {
    expect(["allow", "deny"]).toContain(head(form));
    if (form.type !== "list") continue;
    for (const item of form.items.slice(1)) {
      if (item.type === "atom") expect(OPERATIONS, `operation ${item.value}`).toContain(item.value);
      else if (item.type === "list") expect(FILTERS, `filter ${head(item)}`).toContain(head(item));
      else throw new Error(`bare string in ${text}`);
    }
  }
}

describe("sandbox-exec profile generator", () => {
  it("generates the tool-run profile without network exactly as the golden file", () => {
    expectGolden("tool-run-offline.sb", renderSandboxProfile(toolSpec(false)));
  });

  it("generates the tool-run profile with network exactly as the golden file", () => {
    expectGolden("tool-run-network.sb", renderSandboxProfile(toolSpec(true)));
  });

  it("generates a service profile from the same generator", () => {
    expectGolden("service-example.sb", renderSandboxProfile(serviceSpec));
  });

  it.each([
    ["tool run, offline", renderSandboxProfile(toolSpec(false))],
    ["tool run, network", renderSandboxProfile(toolSpec(true))],
    ["service", renderSandboxProfile(serviceSpec)],
  ])("%s: parentheses balance, strings terminate, and every form is a known SBPL rule", (_name, text) => {
    checkProfileShape(text);
  });

  it("grants no network operation unless the tool is allowed the network", () => {
    expect(renderSandboxProfile(toolSpec(false))).not.toMatch(/network|system-socket/);
    expect(renderSandboxProfile(toolSpec(true))).toContain("(allow network-outbound)");
  });

  it("makes only the work dir writable", () => {
    const forms = parseSExprs(renderSandboxProfile(toolSpec(false)));
    const writable = forms.filter((f) => f.type === "list" && f.items.some((i) => i.type === "atom" && i.value === "file-write*"));
    expect(JSON.stringify(writable)).toBe(
      JSON.stringify([{ type: "list", items: [{ type: "atom", value: "allow" }, { type: "atom", value: "file-read*" }, { type: "atom", value: "file-write*" }, { type: "list", items: [{ type: "atom", value: "subpath" }, { type: "string", value: "/private/var/folders/xy/T/kalguard-run-abc123" }] }] }]),
    );
  });

  it("escapes quotes and backslashes in paths so they survive as one string", () => {
    const nasty = '/tmp/a"b\\c) (allow default';
    const text = renderSandboxProfile({ ...serviceSpec, writePaths: [nasty] });
    checkProfileShape(text);
    const strings = JSON.stringify(parseSExprs(text));
    expect(strings).toContain(JSON.stringify(nasty));
    expect(parseSExprs(text).filter((f) => f.type === "list" && f.items[1]?.type === "atom" && f.items[1].value === "default")).toHaveLength(1);
  });

  it("refuses control characters, relative paths and .. in paths", () => {
    expect(() => renderSandboxProfile({ ...serviceSpec, readPaths: ["/tmp/a\nb"] })).toThrow(ProfileSpecError);
    expect(() => renderSandboxProfile({ ...serviceSpec, readPaths: ["relative"] })).toThrow(ProfileSpecError);
    expect(() => renderSandboxProfile({ ...serviceSpec, readPaths: ["/tmp/../etc"] })).toThrow(ProfileSpecError);
  });
});

describe("S-expression checker", () => {
  it.each([["(allow (subpath \"/x\")"], ["(allow))"], ['(allow (literal "/x))'], ['(allow (literal "\\n"))']])("rejects %s", (text) => {
    expect(() => parseSExprs(text)).toThrow(SExprSyntaxError);
  });
});

describe("sandbox-exec command for a tool run", () => {
  it("runs the tool under sandbox-exec with the generated profile and the argv template filled, no shell", () => {
    const exec = ExecSchema.parse({ command: "/usr/local/bin/weather", args: ["--city", "{{city}}"] });
    const cmd = sandboxExecCommand({ requestId: "r", toolName: "get_weather", exec, arguments: { city: "$(id); x" } }, "/private/tmp/w");
    expect(cmd.file).toBe("/usr/bin/sandbox-exec");
    expect(cmd.args).toEqual(["-p", cmd.profile, "--", "/usr/local/bin/weather", "--city", "$(id); x"]);
    checkProfileShape(cmd.profile);
  });
});
