import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHasher, GENESIS, sealRecord } from "../../../src/audit/chain.js";
import { ChainVerifier } from "../../../src/audit/verify.js";

const hasher = createHasher();

function chainLines(count: number): string[] {
  const lines: string[] = [];
  let head = GENESIS;
  for (let i = 0; i < count; i++) {
    const sealed = sealRecord({ type: "decision", requestId: `req_${i}`, decision: i % 2 ? "allow" : "deny", riskScore: i % 101 }, "2026-01-01T00:00:00.000Z", head, hasher);
    lines.push(sealed.line.slice(0, -1));
    head = sealed.head;
  }
  return lines;
}

/** Index of the first line the pure verifier rejects, as `audit verify` walks them. */
function firstRejected(lines: readonly string[]): number | undefined {
  const verifier = new ChainVerifier(hasher);
  const index = lines.findIndex((line) => verifier.check(line) !== undefined);
  return index < 0 ? undefined : index;
}

type Tamper =
  | { kind: "edit"; at: number; value: string }
  | { kind: "delete"; at: number }
  | { kind: "swap"; at: number }
  | { kind: "duplicate"; from: number; at: number };

/** Applies a tampering and returns the lines and the index where verify must first complain. */
function tamper(lines: string[], t: Tamper): { lines: string[]; expected: number } {
  const out = [...lines];
  switch (t.kind) {
    case "edit": {
      const record = JSON.parse(out[t.at]!) as Record<string, unknown>;
      record.reason = t.value;
      out[t.at] = JSON.stringify(record);
      return { lines: out, expected: t.at };
    }
    case "delete":
      out.splice(t.at, 1);
      return { lines: out, expected: t.at };
    case "swap":
      [out[t.at], out[t.at + 1]] = [out[t.at + 1]!, out[t.at]!];
      return { lines: out, expected: t.at };
    case "duplicate":
      out.splice(t.at, 0, out[t.from]!);
      return { lines: out, expected: t.at };
  }
}

const scenario = fc.integer({ min: 3, max: 40 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.oneof(
      fc.record({ kind: fc.constant("edit" as const), at: fc.nat(n - 1), value: fc.string() }),
      // Position 0 is left out: a chain may start mid-way (older files rotated away), so a cut at the very start
      // is caught by the per-file header rule, tested on real files. Dropping the very last record is the one
      // cut a chain cannot show at all (see the README).
      fc.record({ kind: fc.constant("delete" as const), at: fc.integer({ min: 1, max: n - 2 }) }),
      fc.record({ kind: fc.constant("swap" as const), at: fc.integer({ min: 1, max: n - 2 }) }),
      fc.nat(n - 1).chain((from) => fc.record({ kind: fc.constant("duplicate" as const), from: fc.constant(from), at: fc.integer({ min: from + 1, max: n }) })),
    ),
  ),
);

describe("audit verify against random tampering", () => {
  it("passes every untouched chain", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), (n) => firstRejected(chainLines(n)) === undefined));
  });

  it("rejects every edit, deletion, swap and re-inserted copy at the first record it affects", () => {
    fc.assert(
      fc.property(scenario, ([n, t]) => {
        const { lines, expected } = tamper(chainLines(n), t);
        expect(firstRejected(lines)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
