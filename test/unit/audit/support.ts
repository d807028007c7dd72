import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FileAuditSink, type FileSinkOptions } from "../../../src/audit/file-sink.js";
import type { ChainedRecord } from "../../../src/audit/chain.js";

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

/** Runs `audit <args>` from source in a child process, as an operator would. */
export function runAuditCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const script = `import { run } from ${JSON.stringify(join(REPO, "src/cli/audit.ts"))}; process.exitCode = await run(process.argv.slice(1));`;
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("KALGUARD_")));
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, "--", ...args],
      { cwd: REPO, env: { ...cleanEnv, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}
