import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildViews } from "../../../src/firewall/normalize.js";
import { mayHold, scanStructure } from "../../../src/firewall/structure.js";

/** Rules that need a symbol ("[", "<", ":" …) skip their scan when the structure pass did not see it. */
const UNITS = ["a", "Z", "0", " ", "\n", "\t", "\r", "[", "<", ":", "%", "=", "-", '"', "!", "]", "(", "_", "@", "$", "|", ".", "é", "ы", "忽", "\u200b", "\u0001", "\u007f"];

describe("symbols seen by the structure pass", () => {
  it("are exactly the ASCII symbols of the text, whichever pass records them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((u) => u.join("")), (text) => {
        const clean = buildViews(text).clean;
        for (const structure of [scanStructure(clean), buildViews(text).structure]) {
          for (let c = 0; c < 128; c++) {
            const ch = String.fromCharCode(c);
            if (clean.includes(ch)) expect(mayHold(structure, c)).toBe(true);
            else if (!/[A-Za-z0-9 \t\r\n]/.test(ch)) expect(mayHold(structure, c)).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("are not claimed absent for letters, digits, whitespace or non-ASCII characters", () => {
    const structure = scanStructure("...");
    for (const ch of ["a", "Z", "7", " ", "\n", "é"]) expect(mayHold(structure, ch.charCodeAt(0))).toBe(true);
  });
});
