// Runs in the Dockerfile's build stage, without a shell: copies exactly the files `npm pack` would publish
// (package.json "files" is the one list of what ships) into the staging directory the runtime stage takes.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error("usage: node stage.mjs <package dir> <staging dir>");
  process.exit(2);
}
const npmCli = join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
const packed = JSON.parse(execFileSync(process.execPath, [npmCli, "pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: source, encoding: "utf8" }));
const files = packed[0]?.files;
if (!Array.isArray(files) || files.length === 0) throw new Error("npm pack listed no files");
for (const { path } of files) {
  mkdirSync(dirname(join(target, path)), { recursive: true });
  cpSync(join(source, path), join(target, path));
}
cpSync(join(source, "package-lock.json"), join(target, "package-lock.json"));
// The audit directory must exist, owned by the runtime user, for an anonymous volume to inherit that owner.
mkdirSync("/staged-audit", { recursive: true });
console.log(`staged ${files.length} files`);
