import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GenericContainer, Wait, type StartedTestContainer } from "testcontainers";

/** testcontainers has no read-only-root option; the engine's HostConfig has. */
class ReadOnlyRootContainer extends GenericContainer {
  withReadOnlyRootFilesystem(): this {
    this.hostConfig.ReadonlyRootfs = true;
    return this;
  }
}

export const SECRET = "container-test-secret-0123456789abcdef0123";
export const SERVICE_UID = 1000;
/** The image's node, also registered as a tool: the one program every Node base image has. */
const NODE = "/usr/local/bin/node";

export const POLICY = {
  version: "1.0",
  defaultDecision: "deny",
  defaultReason: "no matching rule",
  rules: [
    { id: "prompts", match: { actions: ["prompt:check"] }, decision: "allow" },
    { id: "echo-tools", match: { actions: ["tool:execute"], tools: ["node_echo"] }, decision: "allow" },
  ],
  tools: {
    node_echo: {
      schema: { type: "object", properties: { text: { type: "string", maxLength: 64 } }, required: ["text"], additionalProperties: false },
      exec: { command: NODE, args: ["-e", "process.stdout.write(process.argv[1])", "{{text}}"], limits: { memoryBytes: 8 * 1024 ** 3 } },
    },
  },
};

export interface Hardened {
  container: StartedTestContainer;
  url: string;
  /** The host directory holding the policy, the audit volume and the profile file. */
  root: string;
  auditDir: string;
  profileFile: string;
}

/** Host directories the container user (uid 1000) reads the policy from and writes the audit log to; remove `root` after. */
/** Stops and removes the container (a test may have stopped it already) and its host directories. */
export async function removeHardened(h: Hardened | undefined): Promise<void> {
  if (!h) return;
  await h.container.stop({ timeout: 1000 }).catch(() => undefined);
  spawnSync("docker", ["rm", "-f", h.container.getId()], { stdio: "ignore" });
  rmSync(h.root, { recursive: true, force: true });
}

export function hostDirs(): { root: string; policyDir: string; auditDir: string } {
  const root = mkdtempSync(join(tmpdir(), "kalguard-container-"));
  chmodSync(root, 0o755);
  const policyDir = join(root, "policy");
  const auditDir = join(root, "audit");
  for (const dir of [policyDir, auditDir]) mkdirSync(dir, { mode: 0o755 });
  writeFileSync(join(policyDir, "policy.json"), JSON.stringify(POLICY), { mode: 0o644 });
  chownSync(auditDir, SERVICE_UID, SERVICE_UID);
  return { root, policyDir, auditDir };
}

/**
 * The image as the README's hardened `docker run` starts it: read-only root, /tmp a tmpfs, every capability
 * dropped, no-new-privileges, the given seccomp profile, the policy read-only, the audit directory a volume.
 */
export async function startHardened(image: string, profileJson: string, opts: { root: string; policyDir: string; auditDir: string }): Promise<Hardened> {
  const profileFile = join(opts.root, "seccomp.json");
  writeFileSync(profileFile, profileJson);
  const container = await new ReadOnlyRootContainer(image)
    .withReadOnlyRootFilesystem()
    .withTmpFs({ "/tmp": "rw,nosuid,nodev,size=64m" })
    .withDroppedCapabilities("ALL")
    .withSecurityOpt("no-new-privileges", `seccomp=${profileJson}`)
    .withBindMounts([
      { source: opts.policyDir, target: "/etc/kalguard", mode: "ro" },
      { source: opts.auditDir, target: "/var/log/kalguard", mode: "rw" },
    ])
    .withEnvironment({ KALGUARD_TOKEN_SECRET: SECRET, KALGUARD_POLICY_PATH: "/etc/kalguard/policy.json" })
    .withExposedPorts(9292)
    .withWaitStrategy(Wait.forHttp("/health", 9292).forStatusCode(200))
    .withStartupTimeout(60_000)
    .start();
  return { container, url: `http://${container.getHost()}:${container.getMappedPort(9292)}`, root: opts.root, auditDir: opts.auditDir, profileFile };
}

/** Runs node code inside the running container (docker exec inherits its seccomp filter and privileges). */
export async function nodeInContainer(container: StartedTestContainer, code: string): Promise<{ exitCode: number; output: string }> {
  const r = await container.exec([NODE, "-e", code]);
  return { exitCode: r.exitCode, output: r.output };
}

/** A one-shot `docker run` of the image with the same hardening, for commands that outlive the service. */
export function runOnce(image: string, args: { seccomp: string; volumes: string[]; command: string[]; entrypoint?: string }): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    "docker",
    [
      "run", "--rm", "--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
      "--security-opt", `seccomp=${args.seccomp}`,
      ...args.volumes.flatMap((v) => ["-v", v]),
      ...(args.entrypoint ? ["--entrypoint", args.entrypoint] : []),
      image, ...args.command,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function inspect(id: string, format: string): string {
  const r = spawnSync("docker", ["inspect", "--format", format, id], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`docker inspect failed: ${r.stderr}`);
  return r.stdout.trim();
}
