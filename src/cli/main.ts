#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../config/env.js";
import { AuditLogCorruptError } from "../audit/chain-tail.js";
import { PolicyLoadError } from "../policy/compile.js";
import { UsageError } from "./args.js";
import * as audit from "./audit.js";
import * as dev from "./dev.js";
import * as healthcheck from "./healthcheck.js";
import * as policy from "./policy-check.js";
import { runApparmorProfile, runSandboxProfile, runSeccompProfile } from "./profiles.js";
import * as serve from "./serve.js";
import * as token from "./token.js";

type Command = { summary: string; run: (argv: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  serve: { summary: "serve the HTTP API with KALGUARD_* configuration (the default)", run: serve.run },
  dev: { summary: "local trial server: ephemeral secret, demo policy, loopback, prints a token", run: dev.run },
  token: { summary: "mint an agent token with the configured key", run: token.run },
  policy: { summary: "policy check FILE: validate a policy file; policy await FILE: wait until the service serves it", run: policy.run },
  audit: { summary: "audit verify FILE|DIR: check the audit log's hash chain", run: audit.run },
  healthcheck: { summary: "exit 0 when the local service reports healthy (container HEALTHCHECK)", run: healthcheck.run },
  "seccomp-profile": { summary: "write the OCI/Docker seccomp profile [OUT.json] [--with-tools] [--with-namespaces]", run: runSeccompProfile },
  "apparmor-profile": { summary: "write the AppArmor profile for this installation", run: runApparmorProfile },
  "sandbox-profile": { summary: "write the macOS sandbox-exec profile: --platform darwin [OUT.sb]", run: runSandboxProfile },
};

function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    dir = dirname(dir);
  }
  return "unknown";
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `Usage: kalguard-sidecar [command] [options]

KalGuard sidecar: prompt firewall, tool mediation, sandboxed tools and tamper-evident audit for AI agents.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join("\n")}

Run \`kalguard-sidecar <command> --help\` for a command's options. --version prints the version.
`;
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(help());
    return 0;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === undefined || first.startsWith("-")) return COMMANDS.serve!.run(argv);
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw new UsageError(`unknown command "${first}"`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`kalguard-sidecar: ${err.message}\nRun \`kalguard-sidecar --help\` for usage.\n`);
      process.exitCode = 2;
    } else if (err instanceof ConfigError || err instanceof PolicyLoadError || err instanceof AuditLogCorruptError) {
      process.stderr.write(`kalguard-sidecar: refusing to start: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`kalguard-sidecar: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
