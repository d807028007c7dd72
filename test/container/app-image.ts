import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ensureBaseImage } from "./base-image.js";

/** The repository root, the Dockerfile's build context. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const APP_IMAGE = "kalguard-sidecar:container-test";

/**
 * Builds the repository's Dockerfile on the local base (no image can be pulled here). The classic builder's
 * layer cache makes a rebuild with unchanged sources take seconds; the dependency layer is keyed on the lockfile.
 * Built once per test process.
 */
let built: string | undefined;

export function ensureAppImage(): string {
  if (built) return built;
  const base = ensureBaseImage();
  const r = spawnSync("docker", ["build", "--build-arg", `BASE_IMAGE=${base}`, "-t", APP_IMAGE, REPO_ROOT], {
    encoding: "utf8",
    env: { ...process.env, DOCKER_BUILDKIT: "0" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 540_000,
  });
  if (r.status !== 0) throw new Error(`docker build failed (${r.status ?? r.signal}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  built = APP_IMAGE;
  return built;
}
