/**
 * A payload split into variables and joined by "+" ("payload splitting": `a = "I have been "; b = "PWNED"; print a + b`,
 * `z = a + b + c`): a model evaluates the expression, so the text is read again with each such expression replaced by
 * the string it makes, in its sentence (see rewrite-regions.ts). Only names assigned a string literal in the text
 * count, so `total = price + tax` rewrites nothing.
 */
import { execNear, matchesNear, nearPattern } from "./near-matches.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** `name = "…"` (or `:=`, or single or curly quotes), the literal on one line. */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_]{0,15}) {0,3}:?= {0,3}(?:"([^"\n]{0,400})"|'([^'\n]{0,400})'|“([^”\n]{0,400})”)/g;
/** An assignment holds "=" and a quote at most 20 characters (name, spaces, colon) from its start. */
export const ASSIGNMENT_NEAR = nearPattern(ASSIGNMENT, /= {0,3}["'“]/g, 20);
/** A name, then "+": where an expression of joined names may start. */
const CHAIN_START = /\b[A-Za-z_][A-Za-z0-9_]{0,15} {0,3}\+/g;
/** The "+" stands at most 19 characters (name, spaces) from the start. */
export const CHAIN_START_NEAR = nearPattern(CHAIN_START, /\+/g, 19);
const NAME = /[A-Za-z_][A-Za-z0-9_]{0,15}/y;
const MAX_OPERANDS = 16;
export const VARIABLE_CONCAT_PATTERNS: readonly RegExp[] = [ASSIGNMENT, CHAIN_START];

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** The expression of assigned names joined by "+" that starts at `start`: its end and the string it makes, or undefined. */
function expression(text: string, start: number, values: ReadonlyMap<string, string>): Rewrite | undefined {
  let joined = "";
  let operands = 0;
  let at = start;
  let end = start;
  while (operands < MAX_OPERANDS) {
    NAME.lastIndex = at;
    const name = NAME.exec(text)?.[0];
    const value = name === undefined ? undefined : values.get(name);
    if (name === undefined || value === undefined) break;
    joined += value;
    operands++;
    end = at + name.length;
    const next = skipSpaces(text, end);
    if (text[next] !== "+") break;
    at = skipSpaces(text, next + 1);
  }
  return operands >= 2 ? { start, end, text: joined } : undefined;
}

/** The text around every expression of assigned string variables, each replaced by its value; undefined when none. */
export function joinStringVariables(text: string, limit: number): string | undefined {
  const values = new Map<string, string>();
  for (const m of matchesNear(text, ASSIGNMENT_NEAR)) values.set(m[1] as string, m[2] ?? m[3] ?? m[4] ?? "");
  if (values.size < 2) return undefined;
  const rewrites: Rewrite[][] = [];
  let covered = 0;
  for (let m = execNear(text, CHAIN_START_NEAR, 0); m !== null && covered < limit; ) {
    const rewrite = expression(text, m.index, values);
    if (rewrite !== undefined) {
      rewrites.push([rewrite]);
      covered += rewrite.text.length;
    }
    m = execNear(text, CHAIN_START_NEAR, rewrite?.end ?? m.index + m[0].length);
  }
  return rewriteRegions(text, rewrites, limit);
}
