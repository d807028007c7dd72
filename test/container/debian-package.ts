import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, "../..");

/** Runs `npm run package:deb` (the operator's command) into a fresh directory; resolves to the .deb path. */
export async function buildDebPackage(opts: { outDir: string; lintian: boolean }): Promise<string> {
  const env = { ...process.env, DEB_OUT_DIR: opts.outDir, DEB_COMPRESSION: "gzip", DEB_LINTIAN: opts.lintian ? "yes" : "no" };
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn("npm", ["run", "--silent", "package:deb"], { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (b: Buffer) => output.push(b));
    child.stderr.on("data", (b: Buffer) => output.push(b));
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`npm run package:deb exited ${code}:\n${Buffer.concat(output).toString()}`);
  const debs = readdirSync(opts.outDir).filter((f) => f.endsWith(".deb"));
  if (debs.length !== 1) throw new Error(`expected one .deb in ${opts.outDir}, found ${debs.join(", ") || "none"}`);
  return join(opts.outDir, debs[0] as string);
}

/**
 * The same package rebuilt at another version, as a later release would be: unpacked, its control Version
 * changed, packed again with dpkg-deb. Cheaper than a second full build and identical in what dpkg sees.
 */
export async function rebuildWithVersion(deb: string, version: string, outDir: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "kalguard-repack-"));
  try {
    await run("dpkg-deb", ["-R", deb, work]);
    const controlFile = join(work, "DEBIAN/control");
    const control = readFileSync(controlFile, "utf8");
    if (!/^Version: .+$/m.test(control)) throw new Error("control file has no Version field");
    writeFileSync(controlFile, control.replace(/^Version: .+$/m, `Version: ${version}`));
    const arch = /^Architecture: (.+)$/m.exec(control)?.[1] ?? "all";
    const out = join(outDir, `kalguard-sidecar_${version}_${arch}.deb`);
    await run("dpkg-deb", ["--root-owner-group", "-Zgzip", "--build", work, out], { maxBuffer: 16 * 1024 * 1024 });
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** lintian's tags of severity error or warning, one per line (empty: clean). */
export async function lintianFindings(deb: string): Promise<string[]> {
  const { stdout } = await run("lintian", ["--fail-on", "none", "--tag-display-limit", "0", deb], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\n").filter((l) => /^(E|W): /.test(l));
}
