import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { constants } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToolRunner, type SandboxToolRunner } from "../../../sandbox/index.js";
import { SECCOMP_ARCHES, SYSCALL_TABLES, compileSeccompFilter, encodeProgram, hostSeccompArch, toolRuleSet } from "../../../os/seccomp/index.js";
import { bwrapInstalled, namespaceRunnerWithFilter, processesWith, sandboxConfig, runTool, runnerAt, uniqueMarker } from "./helpers.js";

const available = bwrapInstalled("namespace sandbox");
const arch = hostSeccompArch();
const table = arch ? SYSCALL_TABLES[arch] : {};
const nr = (name: string): number => {
  const n = table[name];
  if (n === undefined) throw new Error(`no ${name} on ${arch}`);
  return n;
};

const CLONE_NEWNS = 0x0002_0000;
const CLONE_NEWUSER = 0x1000_0000;
const SIGCHLD = 17;

/** Calls raw syscalls through ctypes and prints `name:ok` or `name:ERRNO` for each, so errno comes from the kernel. */
const PROBE_PRELUDE = [
  "import ctypes, errno, os, sys",
  "libc = ctypes.CDLL(None, use_errno=True)",
  "libc.syscall.restype = ctypes.c_long",
  "def call(label, nr, *args):",
  "    r = libc.syscall(ctypes.c_long(nr), *[a if isinstance(a, bytes) else ctypes.c_long(a) for a in args])",
  "    print(label + ':' + ('ok' if r >= 0 else errno.errorcode[ctypes.get_errno()]), flush=True)",
  "    return r",
].join("\n");

const probes = {
  unshare: () => `call('unshare', ${nr("unshare")}, ${CLONE_NEWUSER})`,
  ptrace: () => `call('ptrace', ${nr("ptrace")}, 0, 0, 0, 0)`, // PTRACE_TRACEME
  // Fork-like clone (no new stack) into a new user namespace; only the parent reports.
  clone: () =>
    [
      `r = libc.syscall(ctypes.c_long(${nr("clone")}), ctypes.c_long(${CLONE_NEWUSER | SIGCHLD}), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0))`,
      "if r == 0: os._exit(0)",
      "print('clone:' + ('ok' if r > 0 else errno.errorcode[ctypes.get_errno()]), flush=True)",
      "if r > 0: os.waitpid(r, 0)",
    ].join("\n"),
  // Mounting needs privilege, which a fresh user namespace gives; then the mount itself is what is tried.
  mount: () => [`call('unshare', ${nr("unshare")}, ${CLONE_NEWUSER | CLONE_NEWNS})`, `call('mount', ${nr("mount")}, b'none', b'/tmp', b'tmpfs', 0, 0)`].join("\n"),
};

async function probe(runner: SandboxToolRunner, body: string): Promise<string> {
  const result = await runTool(runner, { command: "/usr/bin/python3", args: ["-c", `${PROBE_PRELUDE}\n${body}`], timeoutMs: 10_000 });
  if (result.exitCode !== 0) throw new Error(`probe failed (${result.exitCode ?? result.signal}): ${result.stderr}`);
  return result.stdout.trim();
}

describe.skipIf(!available)("namespace sandbox (bubblewrap)", () => {
  let runner: SandboxToolRunner;
  beforeAll(async () => {
    runner = await runnerAt("namespaces");
  });

  it("refuses writes outside the work dir, and keeps /tmp private to the run", async () => {
    const marker = uniqueMarker();
    const targets = [`/${marker}`, `/usr/${marker}`, `/etc/${marker}`, `/var/${marker}`, `/root/${marker}`, `/proc/${marker}`, `/dev/${marker}`];
    const script = [...targets.map((t) => `if echo x > ${t}; then echo "${t}:written"; else echo "${t}:refused"; fi`), `echo x > /tmp/${marker} && echo tmp:written`, "echo x > /dev/null && echo devnull:written", `echo x > "$HOME/f" && echo home:written`].join("\n");
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", script] });
    expect(result.stdout.trim().split("\n")).toEqual([...targets.map((t) => `${t}:refused`), "tmp:written", "devnull:written", "home:written"]);
    for (const t of [...targets, `/tmp/${marker}`]) expect(existsSync(t), t).toBe(false);
  });

  describe("network", () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      server = createServer((socket) => socket.end("hello from the host\n"));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const connect = () => [
      "import socket",
      "try:",
      `    print(socket.create_connection(('127.0.0.1', ${port}), timeout=3).recv(100).decode().strip())`,
      "except OSError as e:",
      "    print('unreachable', e.errno)",
    ].join("\n");

    it("is unreachable without network: true", async () => {
      const result = await runTool(runner, { command: "/usr/bin/python3", args: ["-c", connect()] });
      expect(result.stdout).toMatch(/^unreachable/);
      expect(result.isolation.network).toBe(false);
    });

    it("is reachable with network: true, the same probe", async () => {
      const result = await runTool(runner, { command: "/usr/bin/python3", args: ["-c", connect()], network: true });
      expect(result.stdout.trim()).toBe("hello from the host");
      expect(result.isolation.network).toBe(true);
    });
  });

  describe.skipIf(!arch)("seccomp filter compiled in TypeScript", () => {
    const unfiltered = () => namespaceRunnerWithFilter(null);

    it.each(["unshare", "ptrace", "clone"] as const)("%s gets EPERM under the tool filter", async (name) => {
      expect(await probe(runner, probes[name]())).toBe(`${name}:EPERM`);
    });

    it.each(["unshare", "ptrace", "clone"] as const)("%s succeeds in the same sandbox without the filter", async (name) => {
      expect(await probe(unfiltered(), probes[name]())).toBe(`${name}:ok`);
    });

    it("mount gets EPERM from the filter even where the process holds the privilege to mount", async () => {
      // The tool filter minus its namespace rules, so the probe can gain CAP_SYS_ADMIN in a new user namespace.
      const rules = toolRuleSet();
      const mountOnly = encodeProgram(compileSeccompFilter(arch ?? "x86_64", { deny: rules.deny.filter((n) => n !== "unshare") }).program);
      expect(await probe(namespaceRunnerWithFilter(mountOnly), probes.mount())).toBe("unshare:ok\nmount:EPERM");
      expect(await probe(unfiltered(), probes.mount())).toBe("unshare:ok\nmount:ok");
      expect(await probe(runner, probes.mount())).toBe("unshare:EPERM\nmount:EPERM");
    });

    it("kills the tool when the filter was compiled for a foreign architecture", async () => {
      const foreign = SECCOMP_ARCHES.find((a) => a !== arch) ?? "aarch64";
      const killer = namespaceRunnerWithFilter(encodeProgram(compileSeccompFilter(foreign, toolRuleSet()).program));
      const own = namespaceRunnerWithFilter(encodeProgram(compileSeccompFilter(arch ?? "x86_64", toolRuleSet()).program));
      expect((await runTool(own, { command: "/bin/true" })).exitCode).toBe(0);
      // bubblewrap reports a child killed by signal N as exit status 128 + N.
      expect((await runTool(killer, { command: "/bin/true" })).exitCode).toBe(128 + constants.signals.SIGSYS);
    });

    it.skipIf(arch !== "x86_64")("kills a syscall made through the x32 ABI, which without the filter reaches the kernel", async () => {
      const body = `call('x32', ${0x4000_0000 + nr("getpid")})`;
      expect(await probe(unfiltered(), body)).toMatch(/^x32:(ok|ENOSYS)$/);
      const result = await runTool(runner, { command: "/usr/bin/python3", args: ["-c", `${PROBE_PRELUDE}\n${body}`] });
      expect([result.exitCode, result.stdout]).toEqual([128 + constants.signals.SIGSYS, ""]);
    });

    it("denies the extra syscalls a policy lists for one tool", async () => {
      const body = `call('getpid', ${nr("getpid")})`;
      expect(await probe(runner, body)).toBe("getpid:ok");
      const result = await runTool(runner, { command: "/usr/bin/python3", args: ["-c", `${PROBE_PRELUDE}\n${body}`], seccompDeny: ["getpid"] });
      expect(result.stdout.trim()).toBe("getpid:EPERM");
    });

    it("refuses a tool whose policy names a syscall that does not exist", async () => {
      await expect(runTool(runner, { command: "/bin/true", seccompDeny: ["no_such_syscall"] })).rejects.toMatchObject({ code: "TOOL_DENIED", reason: "sandbox.seccomp_rules" });
    });
  });

  it("kills a process that left the session inside the sandbox, found by its pid namespace", async () => {
    const marker = uniqueMarker();
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", `setsid /bin/sh -c 'sleep 3600; : ${marker}' & sleep 3600`], timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(processesWith(marker)).toEqual([]);
  });
});

describe.skipIf(!available)("isolation detection", () => {
  it("reports namespaces when bubblewrap really works", async () => {
    const runner = await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "auto" }));
    expect(runner.isolationLevel).toBe("namespaces");
  });
});

describe("isolation detection without bubblewrap", () => {
  const missing = "/nonexistent/bwrap";

  it("falls back to process isolation in auto mode and says why", async () => {
    const runner = await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "auto", KALGUARD_SANDBOX_BWRAP_PATH: missing }));
    expect(runner.isolationLevel).toBe("process");
    expect(runner.isolationReason).toContain(missing);
  });

  it("refuses to start when namespaces are required", async () => {
    await expect(createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "namespaces", KALGUARD_SANDBOX_BWRAP_PATH: missing }))).rejects.toThrow(/namespace isolation is unavailable/);
  });

  it("refuses to start when the work root does not exist", async () => {
    await expect(createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "process", KALGUARD_SANDBOX_WORK_ROOT: "/nonexistent/work-root" }))).rejects.toThrow(/ENOENT/);
  });

  it("refuses to start when bubblewrap exists but cannot build the sandbox", async () => {
    await expect(createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "namespaces", KALGUARD_SANDBOX_BWRAP_PATH: "/bin/false" }))).rejects.toThrow(/probe run exited 1/);
  });
});
