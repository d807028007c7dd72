/** The only PATH a tool sees: system directories, nothing the sidecar's own environment contributed. */
export const TOOL_PATH = "/usr/local/bin:/usr/bin:/bin";
export const DEFAULT_LANG = "C.UTF-8";

/** Names no allowlist can pass: the fixed variables below, and every KALGUARD_* (tokens, secrets, keys). */
const FIXED = new Set(["PATH", "HOME", "PWD", "TMPDIR", "LANG"]);
const isSidecarOwn = (name: string) => name.startsWith("KALGUARD_");

/**
 * A tool's whole environment: the allowlisted variables the sidecar has, then PATH, HOME and PWD (the work dir,
 * also the working directory; bubblewrap sets PWD itself, so it is set at every level alike), TMPDIR and LANG
 * (the sidecar's own LANG only when allowlisted).
 */
export function buildToolEnv(opts: {
  allow: readonly string[];
  source: Readonly<Record<string, string | undefined>>;
  home: string;
  tmpDir: string;
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of opts.allow) {
    const value = opts.source[name];
    if (value === undefined || FIXED.has(name) || isSidecarOwn(name)) continue;
    env[name] = value;
  }
  const lang = opts.allow.includes("LANG") ? opts.source.LANG : undefined;
  return { ...env, PATH: TOOL_PATH, HOME: opts.home, PWD: opts.home, TMPDIR: opts.tmpDir, LANG: lang ?? DEFAULT_LANG };
}
