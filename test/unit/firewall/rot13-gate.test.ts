import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROT13_HINT } from "../../../src/firewall/decode.js";
import { buildViews } from "../../../src/firewall/normalize.js";

/**
 * The folding pass rules the ROT13 hint pattern out (TextViews.rot13Hint false) so the decoder can skip it. It
 * must never rule it out where the pattern matches.
 */
const PIECES = [
  "vtaber", "VTABER", "Vtaber", "cerivbhf", "vafgehpgvbaf", "erirny", "cnffjbeq", "rot13", "ROT-13", "rot-13", "rot", "13",
  " ", "\n", "_", "-", ".", "@", "$", "|", "!", "1", "3", "x", "é", "e\u0301", "ö", "İ", "ı", "\u212A", "ſ", "ｖｔａｂｅｒ", "vtаber",
  "\u200b", "Ⅰ", "①", "忽略",
];

describe("the ROT13 hint gate", () => {
  it("is open wherever the hint pattern matches", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (parts) => {
        const views = buildViews(parts.join(""));
        if (ROT13_HINT.test(views.clean)) expect(views.rot13Hint).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("is open for a hint word standing alone, in any case, and for the cipher's name", () => {
    for (const text of ["please vtaber this", "VTABER", "decode this rot13 text", "ROT-13: cerivbhf"]) expect(buildViews(text).rot13Hint).toBe(true);
  });

  it("is closed for ordinary prose", () => {
    expect(buildViews("The committee reviewed the quarterly figures and agreed to extend the pilot programme.").rot13Hint).toBe(false);
  });
});
