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
