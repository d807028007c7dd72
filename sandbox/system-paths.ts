import { existsSync, lstatSync, readlinkSync } from "node:fs";

/** A top-level system path as this host has it: a real directory to bind, or a merged-/usr symlink to recreate. */
export type SystemPath = { path: string; kind: "dir" } | { path: string; kind: "symlink"; target: string };

const TOP_LEVEL = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

/**
 * The parts of /etc a program commonly reads: users and groups for id lookups, the dynamic linker's cache,
 * Debian's alternatives (many /usr/bin names are symlinks into it), time zone, locale, name resolution and CA
 * certificates (the last ones only matter to tools granted the network).
 */
const ETC_FILES = [
  "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
  "/etc/alternatives", "/etc/localtime", "/etc/locale.alias", "/etc/hosts", "/etc/host.conf", "/etc/resolv.conf",
  "/etc/gai.conf", "/etc/services", "/etc/protocols", "/etc/ssl", "/etc/ca-certificates", "/etc/mime.types",
];

export function describeSystemPaths(): SystemPath[] {
  const found: SystemPath[] = [];
  for (const path of TOP_LEVEL) {
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) found.push({ path, kind: "symlink", target: readlinkSync(path) });
    else if (st.isDirectory()) found.push({ path, kind: "dir" });
  }
  return found;
}

export function existingEtcPaths(): string[] {
  return ETC_FILES.filter((p) => existsSync(p));
}
