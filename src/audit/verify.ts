import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { contentProblem, headOf, linkProblem, parseRecord, type ChainHead, type Hasher } from "./chain.js";
import { FILE_HEADER_ACTION, findLogFileSets, listLogFiles, logFileSet, numberInName, type NumberedFile } from "./log-files.js";

export interface Place {
  file: string;
  line: number;
}

export interface VerifyReport {
  files: string[];
  records: number;
  firstSeq?: number;
  head?: ChainHead;
  /** Half-written last lines of files, left by a crash or a failed write; the chain must bridge them. */
  torn: (Place & { bytes: number })[];
  /** The first record that breaks the chain; absent when the log is intact. */
  broken?: Place & { message: string };
}

/** The pure check, fed one line at a time across all files in order. */
export class ChainVerifier {
  private previous: ChainHead | undefined;
  records = 0;
  firstSeq: number | undefined;

  constructor(private readonly hasher: Hasher) {}

  get head(): ChainHead | undefined {
    return this.previous;
  }

  /**
   * Checks the next complete line; returns what is wrong with it, if anything. `fileNumber` is given for the
   * first line of each file, which must be the header naming that number (0: a file of unknown number).
   */
  check(line: string, fileNumber?: number): string | undefined {
    const parsed = parseRecord(line);
    if ("problem" in parsed) return `line is ${parsed.problem}: edited or inserted`;
    const { record } = parsed;
    const problem = contentProblem(record, this.hasher) ?? linkProblem(this.previous, record);
    if (problem) return problem;
    if (fileNumber !== undefined) {
      const detail = record.detail as { number?: unknown } | undefined;
      if (record.type !== "lifecycle" || record.action !== FILE_HEADER_ACTION) return "the file does not start with its header record: records were cut from its start";
      if (fileNumber !== 0 && detail?.number !== fileNumber) return `the header names file number ${String(detail?.number)}: files renamed or swapped`;
    }
    this.previous = headOf(record);
    this.firstSeq ??= record.seq;
    this.records++;
    return undefined;
  }
}

const CHUNK = 1 << 20;

/** Feeds the file's lines to `onLine`; returns the line number and size of a trailing unterminated line. */
async function readLines(path: string, onLine: (line: string, number: number) => boolean): Promise<{ line: number; bytes: number } | undefined> {
  const handle = await open(path, "r");
  try {
    let carry = Buffer.alloc(0);
    let number = 0;
    const chunk = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let end = data.indexOf(0x0a); end >= 0; end = data.indexOf(0x0a, start)) {
        number++;
        if (!onLine(data.subarray(start, end).toString("utf8"), number)) return undefined;
        start = end + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
    return carry.length > 0 ? { line: number + 1, bytes: carry.length } : undefined;
  } finally {
    await handle.close();
  }
}

/** Verifies files as one chain, oldest first, stopping at the first broken record. */
export async function verifyFiles(files: readonly NumberedFile[], hasher: Hasher): Promise<VerifyReport> {
  const verifier = new ChainVerifier(hasher);
  const report: VerifyReport = { files: files.map((file) => file.path), records: 0, torn: [] };
  let previousFile: NumberedFile | undefined;
  for (const file of files) {
    const torn = await readLines(file.path, (line, number) => {
      const problem = verifier.check(line, number === 1 ? file.number : undefined);
      if (problem === undefined) return true;
      const gap = number === 1 && previousFile && file.number !== previousFile.number + 1;
      const missing = gap ? ` (files numbered ${previousFile!.number + 1}..${file.number - 1} are missing)` : "";
      report.broken = { file: file.path, line: number, message: problem + missing };
      return false;
    });
    if (report.broken) break;
    if (torn) report.torn.push({ file: file.path, line: torn.line, bytes: torn.bytes });
    previousFile = file;
  }
  report.records = verifier.records;
  if (verifier.firstSeq !== undefined) report.firstSeq = verifier.firstSeq;
  if (verifier.head) report.head = verifier.head;
  return report;
}

export class VerifyInputError extends Error {}

/**
 * The chains to verify at `target`: a directory holds one per `<stem>.<n><ext>` set (normally one); a file is
 * verified on its own; a path that does not exist is read as the configured log path, whose numbered files sit
 * beside it.
 */
export async function resolveChains(target: string): Promise<NumberedFile[][]> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (info?.isDirectory()) {
    const chains: NumberedFile[][] = [];
    for (const set of await findLogFileSets(target)) chains.push(await listLogFiles(set));
    if (chains.length === 0) throw new VerifyInputError(`no audit log files (<name>.<number>.<ext>) in ${target}`);
    return chains;
  }
  if (info?.isFile()) return [[{ path: target, name: basename(target), number: numberInName(basename(target)) ?? 0 }]];
  if (info) throw new VerifyInputError(`${target} is neither a file nor a directory`);
  const files = await listLogFiles(logFileSet(target)).catch(() => []);
  if (files.length === 0) throw new VerifyInputError(`${target}: no such file, directory or audit log`);
  return [files];
}
