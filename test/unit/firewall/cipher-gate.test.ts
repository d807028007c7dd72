import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REVERSED_HINT, ROT13_HINT } from "../../../src/firewall/decode.js";
import { buildViews } from "../../../src/firewall/normalize.js";

/**
 * The folding pass rules the ROT13 and reversed-text hint patterns out (TextViews.cipherHint false) so the decoder
 * can skip them. It must never rule them out where a pattern matches.
 */
const PIECES = [
  "vtaber", "VTABER", "Vtaber", "cerivbhf", "vafgehpgvbaf", "erirny", "cnffjbeq", "rot13", "ROT-13", "rot-13", "rot", "13",
  "erongi", "ERONGI", "snoitcurtsni", "tpmorp", "erong1",
  " ", "\n", "_", "-", ".", "@", "$", "|", "!", "1", "3", "x", "é", "e\u0301", "ö", "İ", "ı", "\u212A", "ſ", "ｖｔａｂｅｒ", "vtаber",
  "\u200b", "Ⅰ", "①", "忽略",
];

describe("the cipher hint gate", () => {
  it("is open wherever the hint pattern matches", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (parts) => {
        const views = buildViews(parts.join(""));
        if (ROT13_HINT.test(views.clean) || REVERSED_HINT.test(views.clean)) expect(views.cipherHint).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("is open for a hint word standing alone, in any case, and for the cipher's name", () => {
    for (const text of ["please vtaber this", "VTABER", "decode this rot13 text", "ROT-13: cerivbhf", "snoitcurtsni lla erongi"]) expect(buildViews(text).cipherHint).toBe(true);
  });

  it("is closed for ordinary prose", () => {
    expect(buildViews("The committee reviewed the quarterly figures and agreed to extend the pilot programme.").cipherHint).toBe(false);
  });
});
