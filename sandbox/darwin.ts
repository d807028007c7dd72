import { renderSandboxProfile, toolRunProfileSpec } from "../os/darwin/index.js";
import { renderArgv } from "./argv.js";
import type { ToolRunRequest } from "./types.js";

export const SANDBOX_EXEC = "/usr/bin/sandbox-exec";

/**
 * On macOS a tool run is confined by sandbox-exec with a generated profile: deny by default, the work dir the
 * only writable path, the network only when the policy allows it. Returns the program and argv to spawn (no
 * shell), the same argv template rules applying as on Linux. Paths must be canonical (/private/var/…, not
 * /var/…), since SBPL matches the resolved path.
 */
export function sandboxExecCommand(request: ToolRunRequest, workDir: string): { file: string; args: string[]; profile: string } {
  const { exec } = request;
  const profile = renderSandboxProfile(
    toolRunProfileSpec({ toolName: request.toolName, command: exec.command, workDir, readOnlyPaths: exec.readOnlyPaths, network: exec.network }),
  );
  return { file: SANDBOX_EXEC, args: ["-p", profile, "--", exec.command, ...renderArgv(exec.args, request.arguments)], profile };
}
