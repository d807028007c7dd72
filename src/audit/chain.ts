import { createHmac, hash } from "node:crypto";
import { canonicalJson, canonicalMembers } from "./canonical-json.js";

/** Version of the record layout, the first key of every line. */
export const RECORD_VERSION = 1;

/** The hash a chain's first record points back to. */
export const GENESIS_HASH = "0".repeat(64);

/** Where the chain stands: the last record accepted into it. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** A record as stored: its content plus the chain fields. */
export interface ChainedRecord {
  v: number;
  seq: number;
  prevHash: string;
  hash: string;
  [field: string]: unknown;
}

export type Hasher = (canonical: string) => string;

/** SHA-256, or HMAC-SHA256 when a key is given (then write access alone cannot forge a consistent history). */
export function createHasher(hmacKey?: string): Hasher {
  if (hmacKey !== undefined) {
    const key = Buffer.from(hmacKey, "utf8");
    return (canonical) => createHmac("sha256", key).update(canonical).digest("hex");
  }
  return (canonical) => hash("sha256", canonical, "hex");
}

/** The hash a record must carry: over the canonical form of everything in it but `hash`. */
export function recordHash(record: Record<string, unknown>, hasher: Hasher): string {
  const { hash: _ignored, ...content } = record;
  return hasher(canonicalJson(content));
}

/** A record sealed into the chain: the exact line to store (newline included) and the chain's new head. */
export interface SealedRecord {
  line: string;
  head: ChainHead;
}

const VERSION_MEMBER = `"v":${RECORD_VERSION}`;

/**
 * Seals `content` as the record after `head`, stamped with `time`, leaving out the keys in `omit`. The content
 * is serialised once: the hash is over its canonical JSON (which is what any JSON writer stores: undefined
 * dropped, NaN as null, dates as strings), and the line is those same members with `v` moved first and `hash`
 * added last, so what is read back verifies. Chain fields in the content are replaced by the chain's own.
 */
export function sealRecord(content: object, time: string, head: ChainHead, hasher: Hasher, omit?: ReadonlySet<string>): SealedRecord {
  const seq = head.seq + 1;
  // `hash: undefined` drops any hash the content brings: the only hash in a line is the one added below.
  const chainFields = { time, v: RECORD_VERSION, seq, prevHash: head.hash, hash: undefined };
  const members = canonicalMembers(content as Readonly<Record<string, unknown>>, chainFields, omit);
  const hash = hasher(`{${members.join(",")}}`);
  members.splice(members.indexOf(VERSION_MEMBER), 1);
  // `time`, `seq` and `prevHash` are always present, so the members left are never empty.
  return { line: `{${VERSION_MEMBER},${members.join(",")},"hash":"${hash}"}\n`, head: { seq, hash } };
}

export function headOf(record: ChainedRecord): ChainHead {
  return { seq: record.seq, hash: record.hash };
}

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The parsed line as a chained record, or why it is not one. */
export function parseRecord(line: string): { record: ChainedRecord } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: "not valid JSON" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { problem: "not a JSON object" };
  const record = value as Record<string, unknown>;
  if (record.v !== RECORD_VERSION) return { problem: `unknown record version ${JSON.stringify(record.v)}` };
  if (typeof record.seq !== "number" || !Number.isSafeInteger(record.seq) || record.seq < 1) return { problem: "no valid seq" };
  if (typeof record.prevHash !== "string" || !HASH_PATTERN.test(record.prevHash)) return { problem: "no valid prevHash" };
  if (typeof record.hash !== "string" || !HASH_PATTERN.test(record.hash)) return { problem: "no valid hash" };
  return { record: record as ChainedRecord };
}

/** Checks one record on its own: does its hash match its content? */
export function contentProblem(record: ChainedRecord, hasher: Hasher): string | undefined {
  return recordHash(record, hasher) === record.hash ? undefined : "content does not match its hash (record edited, or a different HMAC key)";
}

/**
 * Checks that `record` directly follows `previous`. With no previous record (the oldest file kept) the chain may
 * start anywhere, except that seq 1 must point at the genesis hash.
 */
export function linkProblem(previous: ChainHead | undefined, record: ChainedRecord): string | undefined {
  if (previous === undefined) {
    return record.seq === 1 && record.prevHash !== GENESIS_HASH ? "seq 1 does not point at the genesis hash" : undefined;
  }
  if (record.seq <= previous.seq) return `seq ${record.seq} after seq ${previous.seq}: records reordered or duplicated`;
  if (record.seq > previous.seq + 1) {
    const missing = record.seq - previous.seq - 1;
    return `seq ${record.seq} after seq ${previous.seq}: ${missing} record${missing === 1 ? "" : "s"} missing or out of order`;
  }
  if (record.prevHash !== previous.hash) return `prevHash does not match the hash of seq ${previous.seq}: a record was replaced or inserted`;
  return undefined;
}
