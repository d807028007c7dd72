import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppArmorTool } from "../../os/profiles/apparmor.js";
import { findHostTools, findSystemProgram } from "../../sandbox/host-tools.js";
import { loadConfig } from "../config/env.js";
import { PolicySchema } from "../policy/schema.js";
import { parseCommandArgs, UsageError } from "./args.js";

export const SECCOMP_PROFILE_HELP = `Usage: kalguard-sidecar seccomp-profile [OUT.json] [--with-tools] [--with-namespaces]

Writes the OCI / Docker seccomp profile generated from the measured syscall inventory (stdout without OUT).
Everything outside the inventory fails with EPERM. Use it with --security-opt no-new-privileges.

  (neither)          the sidecar only checks: threads but no processes; /v1/tool/execute fails closed
  --with-tools       tools run as plain processes (resource limits, own session); no namespaces
  --with-namespaces  tools run under bubblewrap: adds namespaces, mounts and pivot_root (implies --with-tools)
`;

export const APPARMOR_PROFILE_HELP = `Usage: kalguard-sidecar apparmor-profile [OUT] [options]

Writes an AppArmor profile: read the node binary, the install tree and the policy directory, write only the
audit directory, TCP networking. Paths default to this installation and the KALGUARD_* configuration.

  --name NAME         profile name (default kalguard-sidecar)
  --policy FILE       policy file (default KALGUARD_POLICY_PATH)
  --audit-dir DIR     audit directory (default the directory of KALGUARD_AUDIT_LOG_PATH)
  --install-dir DIR   package install tree (default this installation)
  --node PATH         node binary (default the running one)
  --with-tools        run the policy's tool commands (and bubblewrap) in a confined child profile
  --tmp-dir DIR       tool scratch root with --with-tools (default the system temp directory)
`;

export const SANDBOX_PROFILE_HELP = `Usage: kalguard-sidecar sandbox-profile --platform darwin [OUT.sb] [options]

Writes a macOS sandbox-exec profile for the service: deny by default; read node, the install tree and the
policy; write only the audit directory; listen on KALGUARD_PORT; no outbound network; no fork. The tool sandbox
runs on Linux only, so on macOS the sidecar only checks. Run the service with
\`sandbox-exec -f OUT.sb node <install dir>/dist/src/cli/main.js\`.

  --platform darwin   the only platform with sandbox-exec (Linux uses the seccomp and AppArmor profiles)
  --policy FILE       policy file (default KALGUARD_POLICY_PATH)
  --audit-dir DIR     audit directory (default the directory of KALGUARD_AUDIT_LOG_PATH)
  --install-dir DIR   package install tree (default this installation)
  --node PATH         node binary (default the running one)
`;

/** The package root: the nearest directory above this module holding package.json. */
function installDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find the package's install directory");
}

/** Loaded on use, so the service's own start never depends on the inventory data. */
async function generators() {
  const [{ INVENTORY }, { appArmorProfile }, { ociSeccompProfile }, { darwinServiceProfile }] = await Promise.all([
    import("../../os/inventory/inventory.js"),
    import("../../os/profiles/apparmor.js"),
    import("../../os/profiles/seccomp-oci.js"),
    import("../../os/profiles/darwin.js"),
  ]);
  return { INVENTORY, appArmorProfile, ociSeccompProfile, darwinServiceProfile };
}

/** Paths shared by the AppArmor and sandbox-exec commands, from flags or the KALGUARD_* configuration. */
function servicePaths(values: { policy?: string; "audit-dir"?: string; "install-dir"?: string; node?: string }) {
  const config = loadConfig();
  const policyPath = values.policy ?? config.KALGUARD_POLICY_PATH;
  const auditLog = config.KALGUARD_AUDIT_LOG_PATH;
  const auditDir = values["audit-dir"] ?? (auditLog ? dirname(resolve(auditLog)) : undefined);
  if (!auditDir) throw new UsageError("the audit directory is unknown: pass --audit-dir or set KALGUARD_AUDIT_LOG_PATH");
  return {
    config,
    policyPath: policyPath ? resolve(policyPath) : undefined,
    auditDir: resolve(auditDir),
    installDir: resolve(values["install-dir"] ?? installDir()),
    nodePath: values.node ?? realpathSync(process.execPath),
  };
}

const PATH_OPTIONS = {
  policy: { type: "string" },
  "audit-dir": { type: "string" },
  "install-dir": { type: "string" },
  node: { type: "string" },
  "with-tools": { type: "boolean" },
  "tmp-dir": { type: "string" },
} as const;

function output(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text, { mode: 0o644 });
  else process.stdout.write(text);
}

export async function runSeccompProfile(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { "with-tools": { type: "boolean" }, "with-namespaces": { type: "boolean" } }, { min: 0, max: 1 });
  if (values.help) {
    process.stdout.write(SECCOMP_PROFILE_HELP);
    return 0;
  }
  const tools = values["with-namespaces"] ? "namespaces" : values["with-tools"] ? "process" : "none";
  const { INVENTORY, ociSeccompProfile } = await generators();
  output(`${JSON.stringify(ociSeccompProfile(INVENTORY, { tools }), null, 2)}\n`, positionals[0]);
  return 0;
}

function policyTools(policyPath: string): AppArmorTool[] {
  let text: string;
  try {
    text = readFileSync(policyPath, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the policy ${policyPath}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`the policy ${policyPath} is not valid JSON; run \`kalguard-sidecar policy check ${policyPath}\``);
  }
  const parsed = PolicySchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`the policy ${policyPath} is not valid; run \`kalguard-sidecar policy check ${policyPath}\``);
  return Object.entries(parsed.data.tools).flatMap(([name, tool]) =>
    tool.exec ? [{ name, command: tool.exec.command, network: tool.exec.network, readOnlyPaths: tool.exec.readOnlyPaths }] : [],
  );
}

/** What the tool runner executes before a tool: its helpers as this host has them, and bubblewrap. */
function runnerPrograms(bwrap: string): string[] {
  const { prlimit, setpriv } = findHostTools();
  const probe = findSystemProgram("true");
  return [prlimit, setpriv, ...(probe ? [probe] : []), bwrap];
}

export async function runApparmorProfile(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...PATH_OPTIONS, name: { type: "string" } }, { min: 0, max: 1 });
  if (values.help) {
    process.stdout.write(APPARMOR_PROFILE_HELP);
    return 0;
  }
  const paths = servicePaths(values);
  if (values["with-tools"] && !paths.policyPath) throw new UsageError("--with-tools reads the tool commands from the policy: pass --policy or set KALGUARD_POLICY_PATH");
  const { INVENTORY, appArmorProfile } = await generators();
  const profile = appArmorProfile(INVENTORY, {
    name: values.name ?? "kalguard-sidecar",
    nodePath: paths.nodePath,
    installDir: paths.installDir,
    policyPath: paths.policyPath,
    auditDir: paths.auditDir,
    ...(values["with-tools"] && paths.policyPath
      ? { tools: { tmpDir: resolve(values["tmp-dir"] ?? tmpdir()), runnerPrograms: runnerPrograms(paths.config.KALGUARD_SANDBOX_BWRAP_PATH), commands: policyTools(paths.policyPath) } }
      : {}),
  });
  output(profile, positionals[0]);
  return 0;
}

export async function runSandboxProfile(argv: string[]): Promise<number> {
  const { policy, "audit-dir": auditDir, "install-dir": install, node } = PATH_OPTIONS;
  const { values, positionals } = parseCommandArgs(argv, { policy, "audit-dir": auditDir, "install-dir": install, node, platform: { type: "string" } }, { min: 0, max: 1 });
  if (values.help) {
    process.stdout.write(SANDBOX_PROFILE_HELP);
    return 0;
  }
  if (values.platform !== "darwin") throw new UsageError("--platform darwin is required: sandbox-exec profiles exist for macOS only");
  const paths = servicePaths(values);
  const { darwinServiceProfile } = await generators();
  const profile = darwinServiceProfile({
    nodePath: paths.nodePath,
    installDir: paths.installDir,
    policyPath: paths.policyPath,
    auditDir: paths.auditDir,
    port: paths.config.KALGUARD_PORT,
  });
  output(profile, positionals[0]);
  return 0;
}
