import { accessSync, constants } from "node:fs";
import type { HostTools } from "./command-chain.js";

/** Fixed system directories, never the sidecar's PATH: where a program is found must not be steerable. */
const SYSTEM_BIN_DIRS = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"];

export function findSystemProgram(name: string): string | undefined {
  for (const dir of SYSTEM_BIN_DIRS) {
    const path = `${dir}/${name}`;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** util-linux's prlimit and setpriv set the resource limits and privileges before the tool execs. */
export function findHostTools(): HostTools {
  const prlimit = findSystemProgram("prlimit");
  const setpriv = findSystemProgram("setpriv");
  if (!prlimit || !setpriv) {
    throw new Error(`the tool sandbox needs util-linux's prlimit and setpriv in ${SYSTEM_BIN_DIRS.join(", ")}; missing: ${[!prlimit && "prlimit", !setpriv && "setpriv"].filter(Boolean).join(", ")}`);
  }
  return { prlimit, setpriv };
}
