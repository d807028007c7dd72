import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Builds the package into `dir` laid out as it installs (dist/ plus the other "files" of package.json), so a
 * measurement runs exactly the code users run, without touching the working tree's dist/. `dir` must sit under
 * the repository so the compiled code resolves the repository's node_modules.
 */
export function buildPackage(repoRoot: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  // Readable by all, as an installed package is: unprivileged measurement runs load it too.
  chmodSync(dir, 0o755);
  execFileSync(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", join(repoRoot, "tsconfig.build.json"), "--outDir", join(dir, "dist")], {
    cwd: repoRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { files?: string[] };
  cpSync(join(repoRoot, "package.json"), join(dir, "package.json"));
  for (const entry of pkg.files ?? []) {
    if (entry.replace(/\/$/, "") === "dist" || !existsSync(join(repoRoot, entry))) continue;
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  }
  return join(dir, "dist/src/cli/main.js");
}
