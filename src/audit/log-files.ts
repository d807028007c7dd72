import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * How pino-roll names the files of one configured log path: `/var/log/kalguard/audit.jsonl` becomes
 * `audit.1.jsonl`, `audit.2.jsonl`, … in the same directory (a path without an extension gets `.log`, as
 * pino-roll does). The number, not the modification time, is the order of the files.
 */
export interface LogFileSet {
  dir: string;
  /** File name before the number, e.g. `audit`. */
  stem: string;
  /** Extension after the number including its dot, e.g. `.jsonl`; empty when there is none. */
  ext: string;
}

export interface NumberedFile {
  path: string;
  name: string;
  /** The file's number; 0 when a file given on its own has a name without one. */
  number: number;
}

/** `action` of the lifecycle record that opens every file, naming the file's number. */
export const FILE_HEADER_ACTION = "audit.file";

/** The number in a `<stem>.<n><ext>` name, whatever the stem. */
export function numberInName(name: string): number | undefined {
  const digits = /\.([1-9]\d*)(?:\.[^.]{2,})?$/.exec(name)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** Mirrors pino-roll's `sanitizeFile`: the last dot-suffix of the name is the extension. */
export function logFileSet(configuredPath: string): LogFileSet {
  const name = basename(configuredPath);
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return { dir: dirname(configuredPath), stem: name, ext: ".log" };
  const ext = name.slice(dot + 1);
  return { dir: dirname(configuredPath), stem: name.slice(0, dot), ext: ext.length > 1 ? `.${ext}` : "" };
}

export function numberedName(set: LogFileSet, number: number): string {
  return `${set.stem}.${number}${set.ext}`;
}

export function numberedPath(set: LogFileSet, number: number): string {
  return join(set.dir, numberedName(set, number));
}

/** The number in `name` if it belongs to `set`. */
export function fileNumber(set: LogFileSet, name: string): number | undefined {
  const prefix = `${set.stem}.`;
  if (!name.startsWith(prefix) || !name.endsWith(set.ext)) return undefined;
  const digits = name.slice(prefix.length, name.length - set.ext.length);
  if (!/^[1-9]\d*$/.test(digits)) return undefined;
  return Number(digits);
}

/** The set's files that exist, oldest first. */
export async function listLogFiles(set: LogFileSet): Promise<NumberedFile[]> {
  const files: NumberedFile[] = [];
  for (const name of await readdir(set.dir)) {
    const number = fileNumber(set, name);
    if (number !== undefined) files.push({ name, number, path: join(set.dir, name) });
  }
  return files.sort((a, b) => a.number - b.number);
}

/** Every log file set present in a directory (normally one), found by the `<stem>.<n><ext>` pattern. */
export async function findLogFileSets(dir: string): Promise<LogFileSet[]> {
  const sets = new Map<string, LogFileSet>();
  for (const name of await readdir(dir)) {
    const match = /^(.+?)\.([1-9]\d*)((?:\.[^.]{2,})?)$/.exec(name);
    if (!match) continue;
    const [, stem = "", , ext = ""] = match;
    sets.set(`${stem}\0${ext}`, { dir, stem, ext });
  }
  return [...sets.values()];
}
