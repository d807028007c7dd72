import { chmod, chown, lstat, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { RunIdentity } from "./command-chain.js";

/** A fresh private directory per run (0700, owned by whoever the tool runs as), with a `tmp` inside for TMPDIR. */
export async function createWorkDir(root: string, identity: RunIdentity): Promise<{ dir: string; tmp: string }> {
  const dir = await mkdtemp(join(root, "kalguard-run-"));
  const tmp = join(dir, "tmp");
  try {
    await chmod(dir, 0o700);
    await mkdir(tmp, { mode: 0o700 });
    if (identity.drop) {
      await chown(dir, identity.uid, identity.gid);
      await chown(tmp, identity.uid, identity.gid);
    }
  } catch (err) {
    await removeWorkDir(dir);
    throw err;
  }
  return { dir, tmp };
}

/**
 * Removes a work dir whatever the tool did to it. A tool running as the sidecar's own uid can chmod its
 * directories to 000, which stops a plain recursive remove, so permissions are restored and the remove retried.
 */
export async function removeWorkDir(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
    return;
  } catch {
    await restoreOwnerAccess(dir);
  }
  await rm(dir, { recursive: true, force: true });
}

async function restoreOwnerAccess(dir: string): Promise<void> {
  await chmod(dir, 0o700).catch(() => undefined);
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const name of entries) {
    const path = join(dir, name);
    const st = await lstat(path).catch(() => undefined);
    if (st?.isDirectory()) await restoreOwnerAccess(path);
  }
}

const INSTANCE_PREFIX = "kalguard-sandbox-";

/**
 * A directory of this runner's own under the work root, named after the sidecar's pid, in which every run's work
 * dir is made. Runs in flight when a sidecar is killed leave their work dirs behind; the next start removes the
 * directories of sidecars (of the same uid) whose pid no longer exists. Mode 0711: run uids can reach their own dir, nobody can list.
 */
export async function prepareInstanceRoot(workRoot: string): Promise<string> {
  for (const name of await readdir(workRoot)) {
    const m = new RegExp(`^${INSTANCE_PREFIX}(\\d+)-`).exec(name);
    if (!m?.[1] || processExists(Number(m[1]))) continue;
    const path = join(workRoot, name);
    // Only our own uid's leftovers, and best effort: another user's, or one we cannot remove, is not ours to fix.
    const st = await lstat(path).catch(() => undefined);
    if (st?.isDirectory() && st.uid === process.getuid?.()) await removeWorkDir(path).catch(() => undefined);
  }
  const root = await mkdtemp(join(workRoot, `${INSTANCE_PREFIX}${process.pid}-`));
  await chmod(root, 0o711);
  return root;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
