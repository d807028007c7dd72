import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  /** Resident set size in KiB from /proc/PID/status (VmRSS); undefined where /proc is not available. */
  rssKiB(): number | undefined;
  /** User plus system CPU seconds the process has used so far (/proc/PID/stat); undefined without /proc. */
  cpuSeconds(): number | undefined;
  /** SIGTERM, then SIGKILL after the grace period; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

export function readRssKiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return clockTicks;
}

export function readCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
  } catch {
    return undefined;
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/**
 * Starts a server as its own process and waits for the JSON log line `{"msg":"listening","url":…}` on stdout
 * (the sidecar's pino line; the ceiling server prints the same shape). A process that exits or stays silent
 * fails the start, with its stderr in the error.
 */
export function startServerProcess(name: string, args: string[], env: NodeJS.ProcessEnv, readyTimeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-8192);
  });
  const fail = (why: string): Error => new Error(`${name} server ${why}${stderr ? `:\n${stderr}` : ""}`);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(fail(`did not report "listening" within ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(fail(`exited (code ${code}, signal ${signal}) before listening`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      let entry: { msg?: unknown; url?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        return;
      }
      if (entry.msg !== "listening" || typeof entry.url !== "string") return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      const pid = child.pid as number;
      const url = entry.url;
      resolve({
        name,
        pid,
        url,
        rssKiB: () => readRssKiB(pid),
        cpuSeconds: () => readCpuSeconds(pid),
        async stop(graceMs = 20_000) {
          const done = exited(child);
          child.kill("SIGTERM");
          const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
          const code = await done;
          clearTimeout(killer);
          lines.close();
          return code;
        },
      });
    });
  });
}
