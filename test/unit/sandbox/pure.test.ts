import { describe, expect, it } from "vitest";
import { ArgvTemplateError, renderArgv } from "../../../sandbox/argv.js";
import { buildBwrapArgs } from "../../../sandbox/bwrap-args.js";
import { buildToolEnv, TOOL_PATH } from "../../../sandbox/environment.js";
import { CappedOutput } from "../../../sandbox/output.js";
import { parseProcStat } from "../../../sandbox/process-tree.js";
import { parsePidNamespace } from "../../../sandbox/supervise.js";
import { UidPool } from "../../../sandbox/uid-pool.js";

describe("argv template", () => {
  it("puts each placeholder's value in as one whole argv entry, spaces and shell syntax included", () => {
    expect(renderArgv(["--city", "{{location}}", "{{q}}"], { location: "New York; rm -rf ~", q: "$(id)" })).toEqual(["--city", "New York; rm -rf ~", "$(id)"]);
  });

  it("turns numbers and booleans into String() and objects, arrays and null into JSON", () => {
    expect(renderArgv(["{{n}}", "{{b}}", "{{o}}", "{{a}}", "{{z}}"], { n: 2.5, b: false, o: { k: "v" }, a: [1, "x"], z: null })).toEqual([
      "2.5",
      "false",
      '{"k":"v"}',
      '[1,"x"]',
      "null",
    ]);
  });

  it("refuses a template that references a missing argument", () => {
    expect(() => renderArgv(["{{missing}}"], { other: "x" })).toThrow(ArgvTemplateError);
  });

  it("refuses a placeholder spliced into a larger entry instead of treating it as a literal", () => {
    expect(() => renderArgv(["--city={{location}}"], { location: "x" })).toThrow(ArgvTemplateError);
  });

  it("refuses a value with a NUL byte", () => {
    expect(() => renderArgv(["{{v}}"], { v: "a\0b" })).toThrow(ArgvTemplateError);
  });

  it("does not take names from the prototype chain", () => {
    expect(() => renderArgv(["{{toString}}"], {})).toThrow(ArgvTemplateError);
  });
});

describe("tool environment", () => {
  const source = { SAFE: "1", SECRET: "s", KALGUARD_TOKEN_SECRET: "t".repeat(40), PATH: "/evil", HOME: "/root", LANG: "de_DE.UTF-8", TMPDIR: "/evil" };

  it("holds only allowlisted variables plus PATH, HOME, PWD, TMPDIR and LANG", () => {
    expect(buildToolEnv({ allow: ["SAFE"], source, home: "/w", tmpDir: "/w/tmp" })).toEqual({ SAFE: "1", PATH: TOOL_PATH, HOME: "/w", PWD: "/w", TMPDIR: "/w/tmp", LANG: "C.UTF-8" });
  });

  it("never passes a KALGUARD_ variable, even when allowlisted", () => {
    expect(buildToolEnv({ allow: ["KALGUARD_TOKEN_SECRET"], source, home: "/w", tmpDir: "/t" })).not.toHaveProperty("KALGUARD_TOKEN_SECRET");
  });

  it("keeps the fixed PATH, HOME and TMPDIR even when the allowlist names them", () => {
    const env = buildToolEnv({ allow: ["PATH", "HOME", "TMPDIR"], source, home: "/w", tmpDir: "/t" });
    expect([env.PATH, env.HOME, env.TMPDIR]).toEqual([TOOL_PATH, "/w", "/t"]);
  });

  it("passes the sidecar's LANG only when allowlisted", () => {
    expect(buildToolEnv({ allow: ["LANG"], source, home: "/w", tmpDir: "/t" }).LANG).toBe("de_DE.UTF-8");
  });
});

describe("capped output", () => {
  it("keeps the first bytes up to the cap, counts the rest and reports truncation", () => {
    const out = new CappedOutput(5);
    out.push(Buffer.from("abc"));
    out.push(Buffer.from("defgh"));
    expect([out.text(), out.truncated, out.totalBytes]).toEqual(["abcde", true, 8]);
  });

  it("is not truncated at exactly the cap", () => {
    const out = new CappedOutput(3);
    out.push(Buffer.from("abc"));
    expect(out.truncated).toBe(false);
  });
});

describe("/proc parsing", () => {
  it("reads state, pgid and session after a command name with spaces and parentheses", () => {
    expect(parseProcStat(42, "42 (a b) (c)) S 1 4242 4343 0 -1 4194560 0")).toEqual({ pid: 42, state: "S", pgid: 4242, sid: 4343 });
  });

  it("reads the pid namespace inode from bubblewrap's info JSON", () => {
    expect(parsePidNamespace('{\n "child-pid": 7,\n "pid-namespace": 4026532262\n}')).toBe(4026532262);
    expect(parsePidNamespace('{"child-pid": 7')).toBeUndefined();
  });
});

describe("bubblewrap arguments", () => {
  const plan = { systemPaths: [{ path: "/usr", kind: "dir" as const }, { path: "/bin", kind: "symlink" as const, target: "usr/bin" }], etcPaths: ["/etc/passwd"], readOnlyPaths: [], workDir: "/tmp/w", tmpSizeBytes: 1 << 20, infoFd: 4, seccompFd: 3 };

  it("unshares the network unless the tool may use it", () => {
    expect(buildBwrapArgs({ ...plan, network: false })).toContain("--unshare-net");
    expect(buildBwrapArgs({ ...plan, network: true })).not.toContain("--unshare-net");
  });

  it("binds the work dir as the only writable path, after the private /tmp", () => {
    const args = buildBwrapArgs({ ...plan, network: false });
    const writable = args.flatMap((a, i) => (a === "--bind" ? [args[i + 1]] : []));
    expect(writable).toEqual(["/tmp/w"]);
    expect(args.indexOf("--bind")).toBeGreaterThan(args.indexOf("--tmpfs"));
  });
});

describe("uid pool", () => {
  it("hands out the least recently used uid and skips one a process still has", () => {
    const busy = new Set([101]);
    const pool = new UidPool(100, 3, (uid) => busy.has(uid));
    const a = pool.acquire();
    const b = pool.acquire();
    expect([a, b]).toEqual([100, 102]);
    pool.release(100);
    busy.clear();
    expect(pool.acquire()).toBe(101);
    expect(pool.acquire()).toBe(100);
    expect(pool.acquire()).toBeUndefined();
  });

  it("never hands out a quarantined uid again", () => {
    const pool = new UidPool(100, 1, () => false);
    const uid = pool.acquire() ?? -1;
    pool.quarantine(uid);
    pool.release(uid);
    expect(pool.acquire()).toBeUndefined();
  });
});
