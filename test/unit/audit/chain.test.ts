import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../src/audit/canonical-json.js";
import {
  contentProblem,
  createHasher,
  GENESIS,
  GENESIS_HASH,
  headOf,
  linkProblem,
  parseRecord,
  recordHash,
  sealRecord,
  type ChainedRecord,
  type ChainHead,
} from "../../../src/audit/chain.js";

const sha = createHasher();
const TIME = "2026-01-01T00:00:00.000Z";

/** Seals `content` and reads back the line the sink would store. */
function seal(content: object, head: ChainHead, hasher = sha): ChainedRecord {
  const { line } = sealRecord(content, TIME, head, hasher);
  return JSON.parse(line) as ChainedRecord;
}

function chainOf(count: number, hasher = sha): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  let head = GENESIS;
  for (let i = 0; i < count; i++) {
    const record = seal({ type: "decision", requestId: `req_${i}`, decision: "allow", riskScore: i }, head, hasher);
    records.push(record);
    head = headOf(record);
  }
  return records;
}

/** Runs the pure checks over records as `audit verify` does; returns the index of the first broken one. */
function firstBroken(records: readonly ChainedRecord[], hasher = sha): number | undefined {
  let previous;
  for (const [index, record] of records.entries()) {
    if (contentProblem(record, hasher) ?? linkProblem(previous, record)) return index;
    previous = headOf(record);
  }
  return undefined;
}

describe("canonical JSON", () => {
  it("is the same whatever order the keys were written in", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: "x" } })).toBe(canonicalJson({ a: { c: "x", d: [1, { e: 3, f: 2 }] }, b: 1 }));
  });

  it("leaves out undefined values as JSON does", () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe("sealed record lines", () => {
  it("are one JSON line with v first and hash last, whose content verifies and whose head is its seq and hash", () => {
    const { line, head } = sealRecord({ type: "decision", agentId: "agent-1" }, TIME, GENESIS, sha);
    expect(line.endsWith("}\n")).toBe(true);
    expect(line.indexOf("\n")).toBe(line.length - 1);
    const record = JSON.parse(line) as ChainedRecord;
    expect(Object.keys(record)[0]).toBe("v");
    expect(Object.keys(record).at(-1)).toBe("hash");
    expect(record).toMatchObject({ v: 1, seq: 1, prevHash: GENESIS_HASH, time: TIME, type: "decision", agentId: "agent-1" });
    expect(contentProblem(record, sha)).toBeUndefined();
    expect(head).toEqual({ seq: 1, hash: record.hash });
  });

  it("leave out omitted fields, and the chain fields always win over fields of the same name in the content", () => {
    const previous = { seq: 4, hash: "c".repeat(64) };
    const content = { type: "decision", prompt: [{ role: "user", content: "secret" }], hash: "x", seq: 99, v: 7, prevHash: "y", time: "z" };
    const { line, head } = sealRecord(content, TIME, previous, sha, new Set(["prompt"]));
    const record = JSON.parse(line) as ChainedRecord;
    expect(line).not.toContain("secret");
    expect(line.match(/"hash":/g)).toHaveLength(1);
    expect(record).toMatchObject({ v: 1, seq: 5, prevHash: previous.hash, time: TIME, hash: head.hash });
    expect(contentProblem(record, sha)).toBeUndefined();
    expect(linkProblem(previous, record)).toBeUndefined();
  });

  it("hash exactly the canonical JSON of what they store, for any content", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (content) => {
        const { line, head } = sealRecord(content, TIME, GENESIS, sha);
        const { hash, ...stored } = JSON.parse(line) as ChainedRecord;
        expect(hash).toBe(head.hash);
        expect(sha(canonicalJson(stored))).toBe(hash);
      }),
    );
  });
});

describe("hash chain core", () => {
  it("starts at the genesis hash and numbers records from 1", () => {
    const [first, second] = chainOf(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
  });

  it("accepts an untouched chain", () => {
    expect(firstBroken(chainOf(50))).toBeUndefined();
  });

  it("still verifies after a JSON round trip that reorders keys", () => {
    const reordered = chainOf(5).map((record) => JSON.parse(canonicalJson(record)) as ChainedRecord);
    expect(firstBroken(reordered)).toBeUndefined();
  });

  it("hashes what a JSON writer stores: NaN becomes null, undefined and functions disappear, dates become strings", () => {
    const content = {
      type: "decision",
      riskScore: Number.NaN,
      tool: undefined,
      at: new Date(0),
      detail: { list: [1, undefined, () => 1, Number.POSITIVE_INFINITY], fn: () => 1, nested: { z: 1, a: [{ b: undefined }] } },
    };
    const record = seal(content, GENESIS);
    const stored = JSON.parse(JSON.stringify(record)) as ChainedRecord;
    expect(contentProblem(stored, sha)).toBeUndefined();
    expect(stored).toMatchObject({ riskScore: null, at: "1970-01-01T00:00:00.000Z", detail: { list: [1, null, null, null] } });
  });

  it("encodes every JSON value exactly as JSON.stringify does, up to key order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value) ?? "null"));
        expect(canonicalJson(JSON.parse(JSON.stringify(value) ?? "null"))).toBe(canonicalJson(value));
      }),
    );
  });

  it("detects an edited field", () => {
    const records = chainOf(10);
    records[4] = { ...records[4]!, decision: "deny" };
    expect(firstBroken(records)).toBe(4);
  });

  it("detects a deleted record at the record after the gap", () => {
    const records = chainOf(10);
    records.splice(6, 1);
    expect(firstBroken(records)).toBe(6);
    expect(linkProblem(headOf(records[5]!), records[6]!)).toMatch(/1 record missing/);
  });

  it("detects two swapped records", () => {
    const records = chainOf(10);
    [records[3], records[4]] = [records[4]!, records[3]!];
    expect(firstBroken(records)).toBe(3);
  });

  it("detects a record forged with a recomputed hash by its link", () => {
    const records = chainOf(10);
    const forged = seal({ type: "decision", requestId: "req_forged", decision: "allow" }, { seq: 5, hash: "f".repeat(64) });
    records[5] = forged;
    expect(firstBroken(records)).toBe(5);
    expect(linkProblem(headOf(records[4]!), forged)).toMatch(/prevHash/);
  });

  it("rejects a first record claiming seq 1 without the genesis link", () => {
    const record = seal({ type: "decision" }, { seq: 0, hash: "a".repeat(64) });
    expect(linkProblem(undefined, record)).toMatch(/genesis/);
  });

  it("lets the oldest kept record start mid-chain, as after rotation removed older files", () => {
    expect(firstBroken(chainOf(20).slice(7))).toBeUndefined();
  });

  it("with an HMAC key, a chain does not verify without the key or with another key", () => {
    const hmac = createHasher("k".repeat(32));
    const records = chainOf(3, hmac);
    expect(firstBroken(records, hmac)).toBeUndefined();
    expect(firstBroken(records, sha)).toBe(0);
    expect(firstBroken(records, createHasher("j".repeat(32)))).toBe(0);
  });

  it("an HMAC chain cannot be extended consistently by someone who only recomputes SHA-256", () => {
    const hmac = createHasher("k".repeat(32));
    const records = chainOf(3, hmac);
    const appended = seal({ type: "decision", decision: "allow" }, headOf(records[2]!));
    expect(firstBroken([...records, appended], hmac)).toBe(3);
    expect(recordHash(appended, hmac)).not.toBe(appended.hash);
  });

  it("parses only well-formed records", () => {
    expect(parseRecord("{not json")).toEqual({ problem: "not valid JSON" });
    expect(parseRecord("[1]")).toEqual({ problem: "not a JSON object" });
    expect(parseRecord(JSON.stringify({ v: 1, seq: 0, prevHash: GENESIS_HASH, hash: GENESIS_HASH }))).toEqual({ problem: "no valid seq" });
    const good = chainOf(1)[0]!;
    expect(parseRecord(JSON.stringify(good))).toEqual({ record: good });
  });
});
