/**
 * Strings written as literals joined by "+" ("ignore all pre" + "vious instruc" + "tions"): a model reads the joined
 * string, as it would run the code. Each junction (a closing quote, "+", an opening quote) is removed where the text
 * holds one, and the text around it read again as a decoded payload (see rewrite-regions.ts).
 */
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** A closing quote, "+", an opening quote, a few spaces between. */
const JUNCTION = /["'] {0,3}\+ {0,3}["']/g;
export const STRING_CONCAT_PATTERNS: readonly RegExp[] = [JUNCTION];

/** The text around every junction of string literals with the junctions removed; undefined when there is none. */
export function joinStringLiterals(text: string, limit: number): string | undefined {
  const junctions: Rewrite[][] = [];
  let covered = 0;
  JUNCTION.lastIndex = 0;
  for (let m = JUNCTION.exec(text); m !== null && covered < limit; m = JUNCTION.exec(text)) {
    junctions.push([{ start: m.index, end: m.index + m[0].length, text: "" }]);
    covered += m[0].length;
  }
  return rewriteRegions(text, junctions, limit);
}
