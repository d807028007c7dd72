import { execFileSync } from "node:child_process";

/**
 * Whether a Docker engine answers. Without one, container tests skip with one clear line on a developer's
 * machine, and fail in CI (CI=true) so that they cannot silently not run there.
 */
export function dockerAvailable(suite: string): boolean {
  let ok = false;
  try {
    execFileSync("docker", ["info", "--format", "{{.ServerVersion}}"], { stdio: "ignore", timeout: 15_000 });
    ok = true;
  } catch {
    ok = false;
  }
  if (!ok) {
    if (process.env.CI) throw new Error(`${suite}: no Docker engine answers, and CI requires container tests to run`);
    console.warn(`SKIPPED container tests (${suite}): no Docker engine answers on this machine; CI runs them.`);
  }
  return ok;
}
