import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Distribution } from "./stats.js";

/** One autocannon run, described so that it can cross a process boundary. */
export interface LoadSpec {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds of load that are thrown away before the measured run (JIT, caches, connection set-up). */
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds, over every response whatever its status. */
  latencyMs: Distribution;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

const WORKER = fileURLToPath(new URL("./load-worker.ts", import.meta.url));

/**
 * Runs autocannon in a child process, so the load generator never shares an event loop (or a CPU slice it
 * could steal unnoticed) with the process that starts and watches the servers. `onTick` is called about once
 * a second of the measured run, and once at its start (used to sample the server's memory under load).
 */
export function runLoad(spec: LoadSpec, onTick?: (elapsedSeconds: number) => void): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: LoadResult | undefined;
    let ticker: NodeJS.Timeout | undefined;
    child.on("message", (message: { type: "measuring" } | { type: "result"; result: LoadResult }) => {
      if (message.type === "measuring" && onTick) {
        const started = Date.now();
        onTick(0);
        ticker = setInterval(() => onTick((Date.now() - started) / 1000), 1000);
      } else if (message.type === "result") {
        result = message.result;
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(ticker);
      if (result && code === 0) resolve(result);
      else reject(new Error(`load generator exited with code ${code} before reporting a result`));
    });
    child.send(spec);
  });
}
