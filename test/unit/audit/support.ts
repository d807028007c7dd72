import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync, rmSync } from "node:fs";
import { request, type Agent } from "node:http";
import { createInterface } from "node:readline";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FileAuditSink, type FileSinkOptions } from "../../../src/audit/file-sink.js";
import type { ChainedRecord } from "../../../src/audit/chain.js";
import { run } from "../../../src/cli/audit.js";

export const REPO = resolve(import.meta.dirname, "../../..");

export async function tempDir(prefix = "kalguard-audit-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function sinkOptions(path: string, overrides: Partial<FileSinkOptions> = {}): FileSinkOptions {
  return {
    path,
    maxSize: "10m",
    frequency: "daily",
    maxFiles: 1000,
    flush: "every",
    flushIntervalMs: 50,
    retryIntervalMs: 50,
    storePrompts: false,
    ...overrides,
  };
}

export function openSink(path: string, overrides: Partial<FileSinkOptions> = {}): Promise<FileAuditSink> {
  return FileAuditSink.open(sinkOptions(path, overrides));
}

/** The numbered log files in `dir`, in pino-roll's numbering order. */
export async function logFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /^audit\.\d+\.jsonl$/.test(name));
  return names.sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1])).map((name) => join(dir, name));
}

/** Every complete record across the files, in order. */
export async function readRecords(dir: string): Promise<ChainedRecord[]> {
  const records: ChainedRecord[] = [];
  for (const file of await logFiles(dir)) {
    const text = await readFile(file, "utf8");
    for (const line of text.split("\n").slice(0, -1)) records.push(JSON.parse(line) as ChainedRecord);
  }
  return records;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kalguard-sidecar audit <args>` from source in a child process, as an operator would. */
export function runAuditCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("KALGUARD_")));
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(REPO, "src/cli/main.ts"), "audit", ...args],
      { cwd: REPO, env: { ...cleanEnv, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

/**
 * The same command in this process (no child start-up cost), capturing what it prints. Not for concurrent
 * use: it swaps console.log/error and KALGUARD_AUDIT_HMAC_KEY while it runs.
 */
export async function runAuditInProcess(args: string[], env: { KALGUARD_AUDIT_HMAC_KEY?: string } = {}): Promise<CliResult> {
  const saved = { log: console.log, error: console.error, key: process.env.KALGUARD_AUDIT_HMAC_KEY };
  let stdout = "";
  let stderr = "";
  console.log = (...parts: unknown[]) => void (stdout += `${parts.join(" ")}\n`);
  console.error = (...parts: unknown[]) => void (stderr += `${parts.join(" ")}\n`);
  if (env.KALGUARD_AUDIT_HMAC_KEY === undefined) delete process.env.KALGUARD_AUDIT_HMAC_KEY;
  else process.env.KALGUARD_AUDIT_HMAC_KEY = env.KALGUARD_AUDIT_HMAC_KEY;
  try {
    return { code: await run(args), stdout, stderr };
  } finally {
    console.log = saved.log;
    console.error = saved.error;
    if (saved.key === undefined) delete process.env.KALGUARD_AUDIT_HMAC_KEY;
    else process.env.KALGUARD_AUDIT_HMAC_KEY = saved.key;
  }
}

export const WEATHER_POLICY = {
  version: "1.0",
  defaultDecision: "deny",
  defaultReason: "no matching rule",
  rules: [
    {
      id: "allow-weather",
      match: { agentIds: ["agent-1"], actions: ["tool:execute"], tools: ["get_weather"] },
      decision: "allow",
      reason: "weather lookups are fine",
    },
  ],
};

export interface Answer {
  status: number;
  body: { requestId?: string; decision?: string; errorCode?: string; [key: string]: unknown };
}

/** POSTs JSON over a keep-alive agent; resolves with the parsed answer, rejects on a transport error. */
export function postJson(agent: Agent, url: string, token: string, body: unknown): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = request(url, {
      method: "POST",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), authorization: `Bearer ${token}` },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        try {
          resolvePromise({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Answer["body"] });
        } catch (error) {
          reject(error as Error);
        }
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/**
 * Runs `lanes` sequential request loops side by side until `total` requests were sent or `stop()` says so;
 * returns each lane's answers in the order that lane received them.
 */
export async function concurrentLoad(
  lanes: number,
  total: number,
  send: (index: number) => Promise<Answer>,
  stop: () => boolean = () => false,
): Promise<{ answers: Answer[][]; errors: number }> {
  let next = 0;
  let errors = 0;
  const answers: Answer[][] = Array.from({ length: lanes }, () => []);
  await Promise.all(
    answers.map(async (lane) => {
      while (next < total && !stop()) {
        const index = next++;
        try {
          lane.push(await send(index));
        } catch {
          errors++;
        }
      }
    }),
  );
  return { answers, errors };
}

export interface ChildServer {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Starts the real CLI (`node --import tsx src/cli/main.ts`) and waits for its `listening` log line. */
export function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("KALGUARD_")));
  const child = spawn(process.execPath, ["--import", "tsx", join(REPO, "src/cli/main.ts")], {
    cwd: REPO,
    env: { ...cleanEnv, KALGUARD_HOST: "127.0.0.1", KALGUARD_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolvePromise) => child.once("exit", (code) => resolvePromise(code)));
  return new Promise((resolvePromise, reject) => {
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === "listening" && entry.url) resolvePromise({ child, url: entry.url, exited });
      } catch {
        // Not a log line.
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
}

/** Whether this machine lets the tests mount a tmpfs (root, with mount rights): the full-disk tests need it. */
export function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = join(tmpdir(), `kalguard-probe-${process.pid}`);
  try {
    mkdirSync(probe, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** A fresh 64 KiB tmpfs: a filesystem the tests can fill and empty again. */
export async function mountTinyTmpfs(): Promise<string> {
  const mountPoint = await tempDir("kalguard-full-");
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", mountPoint]);
  return mountPoint;
}

export async function unmountTmpfs(mountPoint: string): Promise<void> {
  execFileSync("umount", [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
}

/** Fills the filesystem at `dir` with one file until it reports ENOSPC; returns the file, whose removal frees the space. */
export function fillFilesystem(dir: string): string {
  const filler = join(dir, "filler");
  try {
    for (;;) appendFileSync(filler, Buffer.alloc(4096, 0x41));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  }
  return filler;
}
