/**
 * A generator for macOS sandbox-exec (SBPL) profiles: deny by default, then only what a spec lists. One generator
 * serves both the per-tool-run profile (sandbox/) and the sidecar service's own profile, so escaping and the
 * shape of every rule live in one place.
 */

export type NetworkAccess =
  | { kind: "none" }
  /** Outbound connections to anywhere, plus DNS resolution through mDNSResponder. */
  | { kind: "outbound" }
  /** A server: listen on these local TCP ports, accept on them, and make outbound connections if `outbound`. */
  | { kind: "server"; listenPorts: readonly number[]; outbound: boolean };

export interface SandboxProfileSpec {
  /** Comment lines written at the top (who generated the profile and for what). */
  comments: readonly string[];
  /** Directories (whole subtrees) and files readable. */
  readPaths: readonly string[];
  /** Directories (whole subtrees) and files readable and writable. */
  writePaths: readonly string[];
  /** Programs (or whole directories of them) that may be executed. */
  execPaths: readonly string[];
  /** Whether the process may fork children. */
  fork: boolean;
  network: NetworkAccess;
  /** Mach services the process may look up (e.g. com.apple.system.logger). */
  machServices: readonly string[];
}

/** Paths every dynamically linked macOS program reads to start: the dyld cache, system frameworks and libraries. */
export const DARWIN_RUNTIME_READ_PATHS = Object.freeze([
  "/System/Library",
  "/System/Volumes/Preboot/Cryptexes",
  "/usr/lib",
  "/usr/share/icu",
  "/usr/share/zoneinfo",
  "/private/var/db/dyld",
  "/private/var/db/timezone",
  "/private/etc/localtime",
  "/dev/null",
  "/dev/random",
  "/dev/urandom",
]);

export class ProfileSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProfileSpecError";
  }
}

export function renderSandboxProfile(spec: SandboxProfileSpec): string {
  const lines: string[] = [];
  for (const c of spec.comments) lines.push(`;; ${oneLine(c)}`);
  lines.push("(version 1)", "(deny default)");
  // Reading metadata (stat) of any path lets programs resolve paths; contents stay denied outside the lists.
  lines.push("(allow file-read-metadata)");
  lines.push("(allow sysctl-read)");
  lines.push("(allow signal (target same-sandbox))");
  lines.push("(allow process-info* (target self))");
  if (spec.fork) lines.push("(allow process-fork)");
  if (spec.execPaths.length > 0) lines.push(rule("allow process-exec", spec.execPaths.map(subpath)));
  if (spec.readPaths.length > 0) lines.push(rule("allow file-read*", spec.readPaths.map(subpath)));
  if (spec.writePaths.length > 0) lines.push(rule("allow file-read* file-write*", spec.writePaths.map(subpath)));
  lines.push(rule("allow file-write-data", [literal("/dev/null")]));
  if (spec.machServices.length > 0) lines.push(rule("allow mach-lookup", spec.machServices.map((s) => `(global-name ${quote(s)})`)));
  lines.push(...networkRules(spec.network));
  return `${lines.join("\n")}\n`;
}

function networkRules(network: NetworkAccess): string[] {
  if (network.kind === "none") return [];
  const dns = rule("allow mach-lookup", ['(global-name "com.apple.dnssd.service")', '(global-name "com.apple.mDNSResponder")']);
  if (network.kind === "outbound") return ["(allow system-socket)", "(allow network-outbound)", dns];
  const out = ["(allow system-socket)"];
  for (const port of network.listenPorts) {
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ProfileSpecError(`not a port: ${port}`);
    out.push(`(allow network-bind network-inbound (local tcp ${quote(`*:${port}`)}))`);
  }
  if (network.outbound) out.push("(allow network-outbound)", dns);
  return out;
}

function rule(head: string, filters: readonly string[]): string {
  return `(${head}\n${filters.map((f) => `  ${f}`).join("\n")})`;
}

const subpath = (path: string) => `(subpath ${quote(absolute(path))})`;
const literal = (path: string) => `(literal ${quote(absolute(path))})`;

function absolute(path: string): string {
  if (!path.startsWith("/")) throw new ProfileSpecError(`not an absolute path: ${path}`);
  if (path.split("/").includes("..")) throw new ProfileSpecError(`path with "..": ${path}`);
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

/** An SBPL string literal; control characters are refused rather than escaped, as no real path needs them. */
export function quote(value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ProfileSpecError(`control character in ${JSON.stringify(value)}`);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
