import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KalGuardError } from "../../../src/errors.js";
import type { SandboxToolRunner } from "../../../sandbox/index.js";
import type { IsolationLevel } from "../../../sandbox/types.js";
import { bwrapInstalled, isRoot, processesWith, runTool, runnerAt, uniqueMarker } from "./helpers.js";

const levels: IsolationLevel[] = bwrapInstalled("sandbox protections") ? ["process", "namespaces"] : ["process"];
const SECRET = `kalguard-secret-${Math.random().toString(36).slice(2)}-0123456789abcdef`;

describe.each(levels)("tool sandbox at isolation %s", (level) => {
  let runner: SandboxToolRunner;
  const saved = { ...process.env };

  beforeAll(async () => {
    // The sidecar's own environment, as the runner sees it in production.
    process.env.KALGUARD_TOKEN_SECRET = SECRET;
    process.env.KALGUARD_AUDIT_HMAC_KEY = SECRET;
    process.env.UNLISTED_SECRET = SECRET;
    process.env.LISTED_VAR = "listed-value";
    runner = await runnerAt(level);
  });
  afterAll(() => {
    process.env = saved;
  });

  it("reports the isolation level and protections in force", async () => {
    const result = await runTool(runner, { command: "/bin/true" });
    expect(result.isolation).toEqual(
      level === "namespaces" ? { level, seccomp: true, network: false, rlimits: true } : { level, seccomp: false, network: true, rlimits: true },
    );
  });

  it("gives a tool that prints its environment only the allowlisted variables and no KALGUARD_*", async () => {
    const result = await runTool(runner, { command: "/usr/bin/env", env: ["LISTED_VAR", "KALGUARD_TOKEN_SECRET"] });
    const names = result.stdout.trim().split("\n").map((line) => line.slice(0, line.indexOf("=")));
    expect(names.sort()).toEqual(["HOME", "LANG", "LISTED_VAR", "PATH", "PWD", "TMPDIR"]);
    expect(result.stdout).toContain("LISTED_VAR=listed-value\n");
    expect(result.stdout).not.toContain(SECRET);
    expect(result.stdout).not.toContain("KALGUARD_");
  });

  it("passes shell syntax in arguments to /bin/echo verbatim and runs none of it", async () => {
    const canary = `/tmp/${uniqueMarker()}`;
    const values = { a: "; rm -rf ~", b: "$(id)", c: "`id`", d: "|| true", e: `; touch ${canary}` };
    const result = await runTool(runner, { command: "/bin/echo", args: ["{{a}}", "{{b}}", "{{c}}", "{{d}}", "{{e}}"] }, values);
    expect(result.stdout).toBe(`; rm -rf ~ $(id) \`id\` || true ; touch ${canary}\n`);
    expect(result.exitCode).toBe(0);
    expect(existsSync(canary)).toBe(false);
  });

  it("hands each argument over as exactly one argv entry", async () => {
    const result = await runTool(runner, { command: "/usr/bin/printf", args: ["[%s]\\n", "{{a}}", "{{b}}"] }, { a: "two words", b: "--flag=x y" });
    expect(result.stdout).toBe("[two words]\n[--flag=x y]\n");
  });

  it("refuses a run whose template needs an argument that is missing", async () => {
    await expect(runTool(runner, { command: "/bin/echo", args: ["{{city}}"] }, {})).rejects.toMatchObject({ code: "TOOL_DENIED", reason: "sandbox.argv_template" });
  });

  it("kills a timed-out tool's whole process group, leaving no grandchild sleeping in /proc", async () => {
    const marker = uniqueMarker();
    const seen: number[][] = [];
    const watcher = setInterval(() => seen.push(processesWith(marker)), 50);
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", `sleep 3600 & sleep 3600; : ${marker}`, marker], timeoutMs: 600 });
    clearInterval(watcher);
    expect(result.timedOut).toBe(true);
    expect(Math.max(...seen.map((s) => s.length))).toBeGreaterThanOrEqual(1); // the tool really was running
    expect(processesWith("sleep 3600").filter((pid) => seen.flat().includes(pid))).toEqual([]);
    expect(processesWith(marker)).toEqual([]);
  });

  it.skipIf(!isRoot)("leaves no process behind when a tool daemonizes with setsid and exits", async () => {
    const marker = uniqueMarker();
    // The pause lets the daemon really leave the run's session and process group before the tool exits.
    const script = [
      `setsid /bin/sh -c 'sleep 3600; : ${marker}' </dev/null >/dev/null 2>&1 & daemon=$!`,
      "sleep 0.5",
      '[ "$(ps -o sid= -p $daemon)" != "$(ps -o sid= -p $$)" ] && echo left-session',
    ].join("\n");
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", script] });
    expect(result.stdout).toMatch(/left-session\n$/);
    expect(processesWith(marker)).toEqual([]);
  });

  it("gives every run a fresh 0700 work dir as HOME and removes it afterwards", async () => {
    const first = await runTool(runner, { command: "/bin/sh", args: ["-c", 'echo "$HOME"; stat -c %a "$HOME"; pwd'] });
    const second = await runTool(runner, { command: "/bin/sh", args: ["-c", 'echo "$HOME"'] });
    const [home, mode, cwd] = first.stdout.trim().split("\n");
    expect(mode).toBe("700");
    expect(cwd).toBe(home);
    expect(second.stdout.trim()).not.toBe(home);
    expect(existsSync(home ?? "")).toBe(false);
  });

  it("removes the work dir after a timeout and after a crash", async () => {
    const timedOut = await runTool(runner, { command: "/bin/sh", args: ["-c", 'echo "$HOME"; touch "$HOME/f"; sleep 60'], timeoutMs: 500 });
    const crashed = await runTool(runner, { command: "/bin/sh", args: ["-c", 'echo "$HOME"; mkdir "$HOME/d"; chmod 000 "$HOME/d"; kill -SEGV $$'] });
    expect(timedOut.timedOut).toBe(true);
    expect(crashed.signal ?? crashed.exitCode).toEqual(level === "process" ? "SIGSEGV" : 128 + 11);
    for (const r of [timedOut, crashed]) {
      const dir = r.stdout.trim();
      expect(dir).toMatch(/kalguard-run-/);
      expect(existsSync(dir)).toBe(false);
    }
  });

  it("closes stdin: a tool reading it sees end of input at once", async () => {
    const result = await runTool(runner, { command: "/bin/cat", timeoutMs: 5000 });
    expect([result.timedOut, result.exitCode, result.stdout]).toEqual([false, 0, ""]);
  });

  it("caps stdout and stderr while streaming and reports truncated", async () => {
    // The first writer's own complaint when its stdout is closed at the cap ("tr: write error: Broken pipe", printed
    // when SIGPIPE reaches it blocked) would land in stderr before the e's: it goes to /dev/null, since the caps are
    // what is checked here.
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", "head -c 100000 /dev/zero | tr '\\0' o 2>/dev/null; head -c 100000 /dev/zero | tr '\\0' e >&2"], maxOutputBytes: 1000 });
    expect([result.stdout, result.stderr, result.truncated]).toEqual(["o".repeat(1000), "e".repeat(1000), true]);
  });

  it("does not report truncated output at exactly the cap", async () => {
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", "head -c 1000 /dev/zero | tr '\\0' o"], maxOutputBytes: 1000 });
    expect([result.stdout.length, result.truncated, result.exitCode]).toEqual([1000, false, 0]);
  });

  it("sets CPU, address space, open files, processes and file size limits before exec", async () => {
    const limits = { cpuSeconds: 7, memoryBytes: 300 * 1024 * 1024, openFiles: 99, processes: 33, fileSizeBytes: 5 * 1024 * 1024 };
    const result = await runTool(runner, { command: "/bin/cat", args: ["/proc/self/limits"], limits });
    const soft = (name: string) => new RegExp(`^${name}\\s+(\\S+)`, "m").exec(result.stdout)?.[1];
    expect({
      cpu: soft("Max cpu time"),
      as: soft("Max address space"),
      nofile: soft("Max open files"),
      nproc: soft("Max processes"),
      fsize: soft("Max file size"),
    }).toEqual({ cpu: "7", as: String(limits.memoryBytes), nofile: "99", nproc: "33", fsize: String(limits.fileSizeBytes) });
  });

  it("stops a write past the file size limit", async () => {
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", 'head -c 3000000 /dev/zero > "$HOME/big"; echo rc=$?; stat -c %s "$HOME/big"'], limits: { fileSizeBytes: 1024 * 1024 } });
    expect(result.stdout).toMatch(/rc=[1-9]\d*\n1048576\n/);
  });

  it.skipIf(!isRoot)("runs the tool as an unprivileged uid with no capabilities and no_new_privs", async () => {
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", "id -u; grep -E '^(CapEff|CapBnd|NoNewPrivs)' /proc/self/status"] });
    const [uid, ...rest] = result.stdout.trim().split("\n");
    expect(Number(uid)).toBeGreaterThan(0);
    expect(rest.map((l) => l.replace(/\s+/g, " "))).toEqual(["CapEff: 0000000000000000", "CapBnd: 0000000000000000", "NoNewPrivs: 1"]);
  });

  it.skipIf(!isRoot)("stops a fork bomb at the process limit while other runs keep working", async () => {
    const marker = uniqueMarker();
    const limit = 24;
    let peak = 0;
    const watcher = setInterval(() => (peak = Math.max(peak, processesWith(marker).length)), 20);
    // Every process, children included, forks in a loop; one whose fork fails says so and waits to be killed.
    const script = [
      "import errno, os, time",
      "while True:",
      "    try:",
      "        os.fork()",
      "    except OSError as e:",
      "        print(errno.errorcode[e.errno], flush=True)",
      "        time.sleep(3600)",
    ].join("\n");
    const bomb = runTool(runner, { command: "/usr/bin/python3", args: ["-c", `${script}\n# ${marker}`], timeoutMs: 3000, maxOutputBytes: 4096, limits: { processes: limit } });
    await new Promise((r) => setTimeout(r, 1500));
    const meanwhile = await runTool(runner, { command: "/bin/echo", args: ["still answering"] });
    const result = await bomb;
    clearInterval(watcher);
    expect(meanwhile.stdout).toBe("still answering\n");
    expect(result.timedOut).toBe(true);
    expect(result.stdout).toMatch(/^EAGAIN\n/);
    expect(peak).toBeGreaterThanOrEqual(limit - 4); // the bomb really filled its budget
    expect(peak).toBeLessThanOrEqual(limit);
    expect(processesWith(marker)).toEqual([]);
  });
});

describe("isolation requirements", () => {
  it("refuses a tool that requires namespaces on a process-level runner", async () => {
    const runner = await runnerAt("process");
    const run = runTool(runner, { command: "/bin/true", isolation: "namespaces" });
    await expect(run).rejects.toBeInstanceOf(KalGuardError);
    await expect(run).rejects.toMatchObject({ code: "TOOL_DENIED", reason: "sandbox.namespaces_unavailable" });
  });

  it("refuses a command that does not exist", async () => {
    const runner = await runnerAt("process");
    await expect(runTool(runner, { command: "/nonexistent/tool" })).rejects.toMatchObject({ code: "TOOL_DENIED", reason: "sandbox.command_missing" });
  });
});

