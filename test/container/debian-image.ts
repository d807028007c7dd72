import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GenericContainer, Wait } from "testcontainers";

/**
 * No image can be pulled here, so the Debian images the package tests need are made locally: a debootstrapped
 * bookworm minbase imported with `docker import`, and FROM it an image that boots systemd as PID 1. Tags carry
 * a hash of their recipe, so an existing image is reused and a changed recipe builds a new one.
 */
const SUITE = "bookworm";
const DEFAULT_MIRROR = "http://deb.debian.org/debian";

/** Packages the systemd image adds; everything the .deb itself depends on is among them, so no network is needed to install it. */
const SYSTEMD_IMAGE_PACKAGES = ["systemd", "systemd-sysv", "dbus", "procps", "curl", "bubblewrap"];

function imageExists(tag: string): boolean {
  return spawnSync("docker", ["image", "inspect", tag], { stdio: "ignore" }).status === 0;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** The Debian mirror apt on this machine already uses (a deb822 `URIs:` or a one-line `deb` entry). */
export function debianMirror(): string {
  const candidates = ["/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"];
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const deb822 = /^URIs:\s*(\S+)/m.exec(text);
    if (deb822?.[1] && !deb822[1].includes("security")) return deb822[1];
    const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(text);
    if (oneLine?.[1]) return oneLine[1];
  }
  return DEFAULT_MIRROR;
}

export function ensureDebianBase(): string {
  const mirror = debianMirror();
  const tag = `kalguard-debian-${SUITE}-minbase:${shortHash(`${SUITE} ${mirror}`)}`;
  if (imageExists(tag)) return tag;
  const root = mkdtempSync(join(tmpdir(), "kalguard-debootstrap-"));
  try {
    execFileSync("debootstrap", ["--variant=minbase", SUITE, root, mirror], { stdio: ["ignore", "ignore", "inherit"] });
    // Downloaded .debs are not part of the image; the apt lists are needed for `apt-get install` in layers above.
    rmSync(join(root, "var/cache/apt/archives"), { recursive: true, force: true });
    const tar = spawnSync("tar", ["-C", root, "--numeric-owner", "-c", "."], { maxBuffer: 2 * 1024 ** 3 });
    if (tar.status !== 0) throw new Error(`tar of the debootstrapped root failed: ${tar.stderr.toString()}`);
    execFileSync("docker", ["import", "--change", 'CMD ["/bin/bash"]', "-", tag], {
      input: tar.stdout,
      stdio: ["pipe", "ignore", "inherit"],
      maxBuffer: 2 * 1024 ** 3,
    });
    return tag;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A container that boots systemd as PID 1 from the image below, with the run flags shared/ci-environment.md
 * gives (CAP_SYS_ADMIN, tmpfs /run and /run/lock, the cgroup tree), plus what `--security-opt
 * seccomp=unconfined` and `systempaths=unconfined` do, so the container behaves like a host rather than a
 * Docker container: Docker's default seccomp profile refuses pivot_root() even with CAP_SYS_ADMIN, and its
 * masked /proc paths make the kernel refuse a fresh /proc mount in a user namespace; either alone stops
 * bubblewrap. Without Docker's filter, a seccomp filter seen on a service is also provably the unit's own.
 */
export class SystemdContainer extends GenericContainer {
  constructor(image: string) {
    super(image);
    this.withAddedCapabilities("SYS_ADMIN")
      .withSecurityOpt("seccomp=unconfined")
      .withTmpFs({ "/run": "rw,nosuid,nodev", "/run/lock": "rw,nosuid,nodev" })
      .withBindMounts([{ source: "/sys/fs/cgroup", target: "/sys/fs/cgroup", mode: "rw" }])
      .withWaitStrategy(Wait.forSuccessfulCommand("systemctl is-system-running --wait | grep -Eq '^(running|degraded)$'"))
      .withStartupTimeout(60_000);
    // The Docker CLI turns systempaths=unconfined into these two empty lists; the API takes them directly.
    this.hostConfig.MaskedPaths = [];
    this.hostConfig.ReadonlyPaths = [];
  }
}

export function ensureSystemdImage(): string {
  const base = ensureDebianBase();
  const dockerfile = [
    `FROM ${base}`,
    "ENV DEBIAN_FRONTEND=noninteractive container=docker",
    `RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends ${SYSTEMD_IMAGE_PACKAGES.join(" ")} >/dev/null && apt-get clean`,
    // Units that cannot work in a container would only make the boot "degraded" and slow.
    "RUN systemctl mask systemd-firstboot.service systemd-udevd.service systemd-udev-trigger.service getty.target console-getty.service systemd-logind.service systemd-remount-fs.service",
    "STOPSIGNAL SIGRTMIN+3",
    'CMD ["/sbin/init"]',
    "",
  ].join("\n");
  const tag = `kalguard-debian-${SUITE}-systemd:${shortHash(dockerfile)}`;
  if (imageExists(tag)) return tag;
  execFileSync("docker", ["build", "-q", "-t", tag, "-"], { input: dockerfile, stdio: ["pipe", "ignore", "inherit"] });
  return tag;
}
