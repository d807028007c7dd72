import { DARWIN_RUNTIME_READ_PATHS, type SandboxProfileSpec } from "./profile.js";

/**
 * The profile for one sandboxed tool run: the runtime, the system's command directories and the policy's extra
 * paths readable; the work dir the only writable place; only the tool's own command (and system commands it
 * may start) executable; the network only when the policy grants it.
 */
export function toolRunProfileSpec(opts: {
  toolName: string;
  command: string;
  workDir: string;
  readOnlyPaths: readonly string[];
  network: boolean;
}): SandboxProfileSpec {
  const systemCommands = ["/bin", "/usr/bin", "/usr/libexec"];
  return {
    comments: [`kalguard-sidecar tool run profile for "${opts.toolName}"`, "generated; deny by default"],
    readPaths: [...DARWIN_RUNTIME_READ_PATHS, ...systemCommands, opts.command, ...opts.readOnlyPaths],
    writePaths: [opts.workDir],
    execPaths: [opts.command, ...systemCommands],
    fork: true,
    network: opts.network ? { kind: "outbound" } : { kind: "none" },
    machServices: [],
  };
}
