import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/**
 * No image can be pulled on the CI machine, so the tests make their own stand-in for `node:20-bookworm-slim`:
 * FROM scratch, this host's node binary and the shared libraries `ldd` lists, npm, and the same paths and
 * `node` user (uid 1000) as the official image, plus the few programs of Debian's essential set the tool
 * sandbox runs (util-linux's prlimit and setpriv, coreutils' true to probe it) and /bin/echo as a plain tool. No shell: whatever the
 * image needs must work without one. The host's CA bundle goes in too, because this machine reaches the npm registry only through
 * a TLS-inspecting egress proxy the host trusts. Reused when the tag already exists, so calling it is cheap
 * and idempotent.
 */
/** The tag carries the node version and a hash of this recipe, so a changed recipe builds a new image. */
export const BASE_IMAGE = `kalguard-test-base:node-${process.version}-${createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 12)}`;

const NODE = process.execPath;
const CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
/** Essential-set programs the slim image has and the tool sandbox uses, copied from this host. */
const PROGRAMS = ["/usr/bin/prlimit", "/usr/bin/setpriv", "/usr/bin/true", "/bin/echo"];
const NPM_DIR = join(dirname(realpathSync(NODE)), "..", "lib", "node_modules", "npm");

function imageExists(tag: string): boolean {
  return spawnSync("docker", ["image", "inspect", tag], { stdio: "ignore" }).status === 0;
}

/** Library paths `ldd` names for a binary, plus the dynamic loader. */
function sharedLibraries(binary: string): string[] {
  const out = execFileSync("ldd", [binary], { encoding: "utf8" });
  const libs: string[] = [];
  for (const line of out.split("\n")) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m?.[1]) libs.push(m[1]);
  }
  if (libs.length === 0) throw new Error(`ldd listed no libraries for ${binary}`);
  return libs;
}

/** Copies a file to the same path under root; when the path is a symlink, also places the link. */
function copyPreservingPath(root: string, file: string): void {
  const real = realpathSync(file);
  const target = join(root, real);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(real, target);
  chmodSync(target, 0o755);
  const link = join(root, file);
  if (real !== file && !existsSync(link)) {
    mkdirSync(dirname(link), { recursive: true });
    rmSync(link, { force: true });
    symlinkSync(real, link);
  }
}

export function ensureBaseImage(): string {
  if (imageExists(BASE_IMAGE)) return BASE_IMAGE;
  const root = mkdtempSync(join(tmpdir(), "kalguard-base-"));
  try {
    // Mirror a merged-/usr host: /bin, /lib… are links into /usr, as in Debian's own images.
    for (const dir of ["bin", "sbin", "lib", "lib32", "lib64", "libx32"]) {
      if (existsSync(`/${dir}`) && lstatSync(`/${dir}`).isSymbolicLink()) {
        mkdirSync(join(root, realpathSync(`/${dir}`)), { recursive: true });
        symlinkSync(readlinkSync(`/${dir}`), join(root, dir));
      }
    }
    mkdirSync(join(root, "usr/local/bin"), { recursive: true });
    copyFileSync(NODE, join(root, "usr/local/bin/node"));
    chmodSync(join(root, "usr/local/bin/node"), 0o755);
    for (const lib of sharedLibraries(NODE)) copyPreservingPath(root, lib);
    for (const program of PROGRAMS) {
      copyPreservingPath(root, program);
      for (const lib of sharedLibraries(program)) copyPreservingPath(root, lib);
    }
    cpSync(NPM_DIR, join(root, "usr/local/lib/node_modules/npm"), { recursive: true, dereference: true });
    mkdirSync(join(root, "etc"), { recursive: true });
    writeFileSync(join(root, "etc/passwd"), "root:x:0:0:root:/root:/nonexistent\nnode:x:1000:1000::/home/node:/nonexistent\n");
    writeFileSync(join(root, "etc/group"), "root:x:0:\nnode:x:1000:\n");
    writeFileSync(join(root, "etc/nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
    const changes = ["ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 'CMD ["node"]'];
    if (existsSync(CA_BUNDLE)) {
      mkdirSync(join(root, dirname(CA_BUNDLE)), { recursive: true });
      copyFileSync(CA_BUNDLE, join(root, CA_BUNDLE));
      changes.push(`ENV NODE_EXTRA_CA_CERTS=${CA_BUNDLE}`);
    }
    for (const dir of ["tmp", "root", "home/node"]) mkdirSync(join(root, dir), { recursive: true });
    chmodSync(join(root, "tmp"), 0o1777);
    const tar = spawnSync("tar", ["-C", root, "--numeric-owner", "--owner=0", "--group=0", "-c", "."], { maxBuffer: 1024 ** 3 });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
    execFileSync(
      "docker",
      ["import", ...changes.flatMap((c) => ["--change", c]), "-", BASE_IMAGE],
      { input: tar.stdout, stdio: ["pipe", "ignore", "inherit"], maxBuffer: 1024 ** 3 },
    );
    return BASE_IMAGE;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
