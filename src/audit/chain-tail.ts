import { open } from "node:fs/promises";
import { contentProblem, GENESIS, headOf, parseRecord, type ChainHead, type Hasher } from "./chain.js";
import type { NumberedFile } from "./log-files.js";

export interface ChainTail {
  head: ChainHead;
  /** The file holding the last record, if any. */
  file?: string;
  /** Bytes after the last newline of the newest non-empty file: a line a crash left half written. */
  tornBytes: number;
  tornFile?: string;
}

export class AuditLogCorruptError extends Error {
  constructor(message: string) {
    super(`${message}; run \`kalguard-sidecar audit verify\` on the log`);
    this.name = "AuditLogCorruptError";
  }
}

const FIRST_WINDOW = 64 * 1024;

/** The file's last complete line (none when it holds no newline) and how many bytes follow it. */
async function lastLine(path: string): Promise<{ line?: string; tornBytes: number }> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    for (let window = FIRST_WINDOW; ; window *= 4) {
      const start = Math.max(0, size - window);
      const buffer = Buffer.alloc(size - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      const bytes = buffer.subarray(0, bytesRead);
      const end = bytes.lastIndexOf(0x0a);
      if (end < 0 && start === 0) return { tornBytes: bytes.length };
      if (end >= 0) {
        const begin = bytes.lastIndexOf(0x0a, end - 1) + 1;
        if (begin > 0 || start === 0) {
          return { line: bytes.subarray(begin, end).toString("utf8"), tornBytes: bytes.length - end - 1 };
        }
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads where the chain stands from the newest file that holds a complete record, so a restart continues it.
 * A half-written last line is skipped (its append was never acknowledged); a last complete line that is not a
 * valid record of this chain stops the start, since continuing would hide the damage.
 */
export async function readChainTail(files: readonly NumberedFile[], hasher: Hasher): Promise<ChainTail> {
  let tornBytes = 0;
  let tornFile: string | undefined;
  for (let i = files.length - 1; i >= 0; i--) {
    const file = files[i]!;
    const found = await lastLine(file.path);
    if (tornFile === undefined && found.tornBytes > 0) {
      tornBytes = found.tornBytes;
      tornFile = file.name;
    }
    if (found.line === undefined) continue;
    const parsed = parseRecord(found.line);
    if ("problem" in parsed) throw new AuditLogCorruptError(`the last line of ${file.path} is ${parsed.problem}`);
    const problem = contentProblem(parsed.record, hasher);
    if (problem) throw new AuditLogCorruptError(`the last record of ${file.path}: ${problem}`);
    return { head: headOf(parsed.record), file: file.name, tornBytes, ...(tornFile ? { tornFile } : {}) };
  }
  return { head: GENESIS, tornBytes, ...(tornFile ? { tornFile } : {}) };
}
