import { closeSync, constants, fdatasync, fstatSync, mkdirSync, openSync, statSync, unlinkSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { promisify } from "node:util";
import pinoRoll, { type RollStream } from "pino-roll";
import { createHasher, GENESIS, sealRecord, type ChainHead, type Hasher } from "./chain.js";
import { readChainTail } from "./chain-tail.js";
import { fileNumber, FILE_HEADER_ACTION, listLogFiles, logFileSet, numberedPath, type LogFileSet } from "./log-files.js";
import { AuditUnavailableError, type AuditEvent, type AuditSink, type SinkHealth } from "./types.js";

const fdatasyncAsync = promisify(fdatasync);

export interface FileSinkOptions {
  /** The configured log path; files are written beside it as `<stem>.<n><ext>`. */
  path: string;
  /** Rotate when a file reaches this size (`10m`, `512k`, `1g`). */
  maxSize: string;
  /** Rotate on this schedule too: `daily`, `hourly` or a number of milliseconds. */
  frequency: string;
  /** How many files to keep, the one being written included. */
  maxFiles: number;
  hmacKey?: string;
  /** `every`: an append resolves after its record is written and fdatasync'ed. `interval`: after it is written. */
  flush: "every" | "interval";
  flushIntervalMs: number;
  /** How often a failed sink tries to write again. */
  retryIntervalMs: number;
  storePrompts: boolean;
}

/** Where the sink reports its own state changes (a pino logger fits). */
export interface SinkLogger {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

interface Pending {
  event: AuditEvent;
  resolve(): void;
  reject(error: Error): void;
}

/** A descriptor of our own on a log file, so fdatasync never races pino-roll closing its descriptor on rotation. */
interface SyncTarget {
  path: string;
  fd: number;
  users: number;
  retired: boolean;
  /** Whether the directory entry of this (new) file has been made durable too. */
  linked: boolean;
}

interface SyncGroup {
  target: SyncTarget;
  acks: Pending[];
}

interface Output {
  stream: RollStream;
  error?: Error;
  /** The file whose header record has been written. */
  headed?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The audit trail on disk: hash-chained JSON lines written to pino-roll's rotated files.
 *
 * Records appended in the same event-loop turn are written together in one synchronous write(2) (pino-roll sees
 * every byte for its size rotation) and share one fdatasync (group commit). Each append resolves
 * only after its record is in the file (and, with flush `every`, fdatasync'ed), so a decision is never
 * answered on a record a process crash could still lose. Writes are synchronous (SonicBoom `sync`), so nothing
 * sits in a user-space buffer. When a write fails the sink turns unhealthy, rejects appends, and retries on a timer by
 * opening a fresh file that continues the chain.
 */
export class FileAuditSink implements AuditSink {
  private readonly set: LogFileSet;
  private readonly hasher: Hasher;
  /** Event fields never stored: the prompt, unless prompts are kept. */
  private readonly omitted: ReadonlySet<string> | undefined;
  private head: ChainHead = GENESIS;
  /** The file a write failed on; part of that write may have landed there. */
  private resumeFile: string | undefined;
  private out: Output | undefined;
  private queue: Pending[] = [];
  private scheduled = false;
  private awaiting: SyncGroup[] = [];
  private syncing = false;
  private idleWaiters: (() => void)[] = [];
  private target: SyncTarget | undefined;
  private failure: string | undefined;
  private failedAt: string | undefined;
  private rejected = 0;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly options: FileSinkOptions,
    private readonly log: SinkLogger | undefined,
  ) {
    this.set = logFileSet(options.path);
    this.hasher = createHasher(options.hmacKey);
    this.omitted = options.storePrompts ? undefined : new Set(["prompt"]);
  }

  /**
   * Opens the log, continuing the chain from the newest file, and records the start. Throws when the log
   * cannot be written or its last record does not verify: the service must not start without its audit trail.
   */
  static async open(options: FileSinkOptions, log?: SinkLogger): Promise<FileAuditSink> {
    const sink = new FileAuditSink(options, log);
    sink.ensureDirectory();
    const tail = await readChainTail(await listLogFiles(sink.set), sink.hasher);
    sink.head = tail.head;
    sink.out = await sink.openOutput();
    try {
      await sink.append({
        type: "lifecycle",
        action: "audit.open",
        detail: {
          pid: process.pid,
          flush: options.flush,
          chain: options.hmacKey ? "hmac-sha256" : "sha256",
          ...(tail.tornFile ? { tornFile: tail.tornFile, tornBytes: tail.tornBytes } : {}),
        },
      });
    } catch (error) {
      await sink.close();
      throw error;
    }
    if (options.flush === "interval") {
      sink.flushTimer = setInterval(() => sink.syncCurrent(), options.flushIntervalMs);
      sink.flushTimer.unref();
    }
    return sink;
  }

  append(event: AuditEvent): Promise<void> {
    if (this.closed) return Promise.reject(new AuditUnavailableError("the audit sink is closed"));
    if (this.failure !== undefined) {
      this.rejected++;
      return Promise.reject(new AuditUnavailableError(this.failure));
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.writeQueued());
      }
    });
  }

  /** Also notices a log file deleted while idle, so /health reports it before the next decision fails. */
  health(): SinkHealth {
    if (this.closed) return { ok: false, reason: "audit sink closed" };
    if (this.failure === undefined && this.out) {
      try {
        this.checkStillLinked(this.out);
      } catch (error) {
        this.fail(describe(error));
      }
    }
    if (this.failure !== undefined) return { ok: false, reason: `audit log ${this.options.path}: ${this.failure}` };
    return { ok: true };
  }

  /** Writes what is queued and fdatasyncs every file written so far. Rejects if that fails. */
  async flush(): Promise<void> {
    this.writeQueued();
    this.syncCurrent();
    await this.syncsSettled();
    if (this.failure !== undefined) throw new AuditUnavailableError(this.failure);
  }

  /** Records the shutdown, makes everything durable and closes the file. Later appends are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.out && this.failure === undefined) {
      await this.append({ type: "lifecycle", action: "audit.close", detail: { pid: process.pid } }).catch(() => undefined);
    }
    await this.flush().catch(() => undefined);
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.flushTimer);
    const out = this.out;
    this.out = undefined;
    if (out) await this.endStream(out);
    if (this.target) this.retire(this.target);
  }

  private ensureDirectory(): void {
    // Created 0700; an existing directory is left as the operator made it.
    mkdirSync(this.set.dir, { recursive: true, mode: 0o700 });
  }

  /**
   * Starts a fresh numbered file and points pino-roll at it. A fresh file per start means a line left torn by a
   * crash stays the last line of its file, where `audit verify` can tell it from tampering.
   */
  private async openOutput(): Promise<Output> {
    this.ensureDirectory();
    const files = await listLogFiles(this.set);
    const newest = files.at(-1);
    let number = (newest?.number ?? 0) + 1;
    if (newest && statSync(newest.path).size === 0) {
      // Recreated rather than reused, so its birth time falls in pino-roll's current period and pino-roll
      // picks this number too.
      unlinkSync(newest.path);
      number = newest.number;
    }
    const path = numberedPath(this.set, number);
    closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_APPEND, 0o600));
    const frequency = this.options.frequency;
    const stream = await pinoRoll({
      file: this.options.path,
      size: this.options.maxSize,
      frequency: frequency === "daily" || frequency === "hourly" ? frequency : Number(frequency),
      limit: { count: this.options.maxFiles, removeOtherLogFiles: true },
      sync: true,
      append: true,
      mode: 0o600,
    });
    const out: Output = { stream };
    stream.on("error", (error: Error) => {
      out.error ??= error;
      if (this.out === out) this.fail(describe(error));
    });
    if (stream.file !== path) {
      await this.endStream(out);
      throw new Error(
        `pino-roll opened ${stream.file ?? "nothing"} instead of ${path}: keep the audit directory for the audit log alone, on a filesystem that records file birth times (pino-roll's time rotation needs them)`,
      );
    }
    return out;
  }

  private writeQueued(): void {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const out = this.out;
    if (this.failure !== undefined || out === undefined) {
      this.rejectAll(batch, this.failure ?? "the audit log is not open");
      return;
    }
    let target: SyncTarget;
    try {
      this.writeRecords(out, batch.map((pending) => pending.event));
      this.checkStillLinked(out);
      target = this.targetFor(out);
    } catch (error) {
      this.fail(describe(error));
      this.rejectAll(batch, this.failure ?? describe(error));
      return;
    }
    if (this.options.flush === "every") {
      target.users++;
      this.awaiting.push({ target, acks: batch });
      void this.runSyncs();
    } else {
      for (const pending of batch) pending.resolve();
    }
  }

  /**
   * Seals the events as the next records and writes them in one synchronous write (pino-roll counts its bytes
   * and rotates after the write, so a batch never straddles two files). The chain advances only when the whole
   * write succeeds; when it fails, part of the batch may have reached the file, so `resumeFile` tells recovery
   * to continue the chain after the last complete record found there.
   */
  private writeRecords(out: Output, events: readonly AuditEvent[]): void {
    const file = out.stream.file;
    const time = new Date().toISOString();
    let head = this.head;
    let text = "";
    if (file !== null && out.headed !== file) {
      // Every file opens with a header naming its number, so records cut from the start of a file (the oldest
      // one included) show, which the chain alone could not tell from rotation.
      const name = basename(file);
      const header = { type: "lifecycle", action: FILE_HEADER_ACTION, detail: { file: name, number: fileNumber(this.set, name) } };
      ({ line: text, head } = sealRecord(header, time, head, this.hasher));
    }
    for (const event of events) {
      const sealed = sealRecord(event, time, head, this.hasher, this.omitted);
      text += sealed.line;
      head = sealed.head;
    }
    this.resumeFile = file ?? undefined;
    out.stream.write(text);
    if (out.error) throw out.error;
    this.resumeFile = undefined;
    if (file !== null) out.headed = file;
    this.head = head;
  }

  /** After a failed write, moves the head to the last complete record of the batch that reached the file. */
  private async resumeAfterFailedWrite(): Promise<void> {
    const file = this.resumeFile;
    if (file === undefined) return;
    const tail = await readChainTail([{ path: file, name: basename(file), number: 0 }], this.hasher).catch((error: NodeJS.ErrnoException) => {
      // A file that is gone holds nothing to continue from; `audit verify` reports the records it took.
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (tail?.file !== undefined && tail.head.seq > this.head.seq) this.head = tail.head;
    this.resumeFile = undefined;
  }

  /** Writes to a file whose directory entry is gone succeed but land nowhere: treat them as failed. */
  private checkStillLinked(out: Output): void {
    if (fstatSync(out.stream.fd).nlink === 0) throw new Error("the audit log file was deleted");
  }

  private targetFor(out: Output): SyncTarget {
    const path = out.stream.file;
    if (path === null) throw new Error("the audit log stream has no file");
    if (this.target?.path !== path) {
      const fd = openSync(path, "r");
      const previous = this.target;
      if (previous) {
        // pino-roll rotated: the file it left still needs its last writes made durable.
        previous.users++;
        this.awaiting.push({ target: previous, acks: [] });
        this.retire(previous);
        void this.runSyncs();
      }
      this.target = { path, fd, users: 0, retired: false, linked: false };
    }
    return this.target;
  }

  private retire(target: SyncTarget): void {
    target.retired = true;
    if (target.users === 0 && target.fd >= 0) {
      closeSync(target.fd);
      target.fd = -1;
    }
    if (this.target === target) this.target = undefined;
  }

  /** Queues an fdatasync of the current file (flush `interval`, and `flush()`). */
  private syncCurrent(): void {
    if (!this.target || this.failure !== undefined) return;
    const last = this.awaiting.at(-1);
    if (last?.target === this.target && last.acks.length === 0) return;
    this.target.users++;
    this.awaiting.push({ target: this.target, acks: [] });
    void this.runSyncs();
  }

  /** Group commit: one fdatasync per file covers every batch queued while the previous one ran. */
  private async runSyncs(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    while (this.awaiting.length > 0) {
      const groups = this.awaiting;
      this.awaiting = [];
      let failure: string | undefined;
      for (const target of new Set(groups.map((group) => group.target))) {
        try {
          await fdatasyncAsync(target.fd);
          if (!target.linked) {
            await this.syncDirectory();
            target.linked = true;
          }
        } catch (error) {
          failure ??= `fdatasync failed: ${describe(error)}`;
        }
      }
      for (const group of groups) {
        group.target.users--;
        if (group.target.retired) this.retire(group.target);
        if (failure === undefined) for (const pending of group.acks) pending.resolve();
        else this.rejectAll(group.acks, failure);
      }
      if (failure !== undefined) this.fail(failure);
    }
    this.syncing = false;
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** A file's data is durable only once the directory entry naming it is: fsync the directory once per file. */
  private async syncDirectory(): Promise<void> {
    const handle = await open(this.set.dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  private syncsSettled(): Promise<void> {
    if (!this.syncing && this.awaiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private rejectAll(batch: readonly Pending[], reason: string): void {
    this.rejected += batch.length;
    for (const pending of batch) pending.reject(new AuditUnavailableError(reason));
  }

  /** Stops writing: appends are rejected until a retry manages to write again. */
  private fail(reason: string): void {
    if (this.failure !== undefined || this.closed) return;
    this.failure = reason;
    this.failedAt = new Date().toISOString();
    this.log?.error({ path: this.options.path, reason }, "audit log unavailable: decisions fail closed until it can be written again");
    const out = this.out;
    this.out = undefined;
    if (out) void this.endStream(out);
    for (const group of this.awaiting.splice(0)) {
      group.target.users--;
      if (group.target.retired) this.retire(group.target);
      this.rejectAll(group.acks, reason);
    }
    if (this.target) this.retire(this.target);
    this.scheduleRecovery();
  }

  private scheduleRecovery(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.recover(), this.options.retryIntervalMs);
    this.retryTimer.unref();
  }

  /** Opens a fresh file, records the outage in it and, once that record is durable, accepts appends again. */
  private async recover(): Promise<void> {
    if (this.closed || this.failure === undefined) return;
    let out: Output | undefined;
    try {
      await this.resumeAfterFailedWrite();
      out = await this.openOutput();
      this.writeRecords(out, [
        {
          type: "lifecycle",
          action: "audit.recovered",
          reason: this.failure,
          detail: { failedAt: this.failedAt, rejectedAppends: this.rejected },
        },
      ]);
      this.checkStillLinked(out);
      const target = this.targetFor(out);
      await fdatasyncAsync(target.fd);
      await this.syncDirectory();
      target.linked = true;
      if (this.closed) throw new Error("closed while recovering");
    } catch (error) {
      if (out) await this.endStream(out);
      if (this.target) this.retire(this.target);
      if (!this.closed) {
        this.log?.error({ path: this.options.path, reason: describe(error) }, "audit log still unavailable");
        this.scheduleRecovery();
      }
      return;
    }
    this.log?.info({ path: this.options.path, rejectedAppends: this.rejected, failedAt: this.failedAt }, "audit log writable again");
    this.out = out;
    this.failure = undefined;
    this.failedAt = undefined;
    this.rejected = 0;
  }

  /**
   * Closes the stream. Writes are synchronous, so nothing is buffered in it: destroy (fsync, close) loses
   * nothing, and unlike end() it does not retry a write that already failed.
   */
  private endStream(out: Output): Promise<void> {
    if (out.stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      out.stream.once("close", () => resolve());
      // A stream that failed may report again while closing; that is already handled.
      out.stream.on("error", () => undefined);
      out.stream.destroy();
    });
  }
}
