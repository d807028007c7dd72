import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { seccompArchForDebian, unitConfinement } from "./confinement.js";
import { replaceGeneratedBlock } from "./generated-block.js";

/**
 * Keeps the generated confinement block of the unit and of the namespaces drop-in in step with the inventory.
 *   (no options)          rewrite the committed x86_64 files in systemd/
 *   --check               exit 1 when the committed files differ from what the inventory gives
 *   --arch DEB --out DIR  write both files for a Debian architecture into DIR (the package build)
 */
const here = dirname(fileURLToPath(import.meta.url));
export const UNIT_FILE = join(here, "kalguard-sidecar.service");
export const DROP_IN_FILE = join(here, "tool-namespaces.conf");
const COMMITTED_ARCH = "amd64";

export function renderFiles(debianArch: string): { unit: string; dropIn: string } {
  const confinement = unitConfinement(seccompArchForDebian(debianArch));
  return {
    unit: replaceGeneratedBlock(readFileSync(UNIT_FILE, "utf8"), confinement.unit),
    dropIn: replaceGeneratedBlock(readFileSync(DROP_IN_FILE, "utf8"), confinement.namespacesDropIn),
  };
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: "boolean" }, arch: { type: "string" }, out: { type: "string" } } });
  if (values.check) {
    const { unit, dropIn } = renderFiles(COMMITTED_ARCH);
    const stale = [
      ...(unit === readFileSync(UNIT_FILE, "utf8") ? [] : [UNIT_FILE]),
      ...(dropIn === readFileSync(DROP_IN_FILE, "utf8") ? [] : [DROP_IN_FILE]),
    ];
    for (const file of stale) console.error(`${file}: generated confinement block is stale; run: node --import tsx systemd/sync-unit.ts`);
    return stale.length === 0 ? 0 : 1;
  }
  if (values.arch !== undefined || values.out !== undefined) {
    if (values.arch === undefined || values.out === undefined) {
      console.error("sync-unit: --arch and --out go together");
      return 2;
    }
    const { unit, dropIn } = renderFiles(values.arch);
    writeFileSync(join(values.out, "kalguard-sidecar.service"), unit);
    writeFileSync(join(values.out, "tool-namespaces.conf"), dropIn);
    return 0;
  }
  const { unit, dropIn } = renderFiles(COMMITTED_ARCH);
  writeFileSync(UNIT_FILE, unit);
  writeFileSync(DROP_IN_FILE, dropIn);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
