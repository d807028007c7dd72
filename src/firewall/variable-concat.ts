/**
 * A payload split into variables and joined by "+" ("payload splitting": `a = "I have been "; b = "PWNED"; print a + b`,
 * `z = a + b + c`): a model evaluates the expression, so the text is read again with each such expression replaced by
 * the string it makes, in its sentence (see rewrite-regions.ts). Only names assigned a string literal in the text
 * count, so `total = price + tax` rewrites nothing.
 */
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** `name = "…"` (or `:=`, or single or curly quotes), the literal on one line. */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_]{0,15}) {0,3}:?= {0,3}(?:"([^"\n]{0,400})"|'([^'\n]{0,400})'|“([^”\n]{0,400})”)/g;
/** A name, then "+": where an expression of joined names may start. */
const CHAIN_START = /\b[A-Za-z_][A-Za-z0-9_]{0,15} {0,3}\+/g;
const NAME = /[A-Za-z_][A-Za-z0-9_]{0,15}/y;
const MAX_OPERANDS = 16;
export const VARIABLE_CONCAT_PATTERNS: readonly RegExp[] = [ASSIGNMENT, CHAIN_START];

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * Whether `text` has at most `n` places where "=" is followed, after spaces, by a quote: jumping from "=" to "=" is
 * far cheaper than the assignment pattern over megabytes of text that has none (base64 padding, prose).
 */
function assignmentsAtMost(text: string, n: number): boolean {
  let found = 0;
  for (let at = text.indexOf("="); at !== -1; at = text.indexOf("=", at + 1)) {
    const next = text[skipSpaces(text, at + 1)];
    if ((next === '"' || next === "'" || next === "“") && ++found > n) return false;
  }
  return true;
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
  if (assignmentsAtMost(text, 1)) return undefined;
  const values = new Map<string, string>();
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m !== null; m = ASSIGNMENT.exec(text)) values.set(m[1] as string, m[2] ?? m[3] ?? m[4] ?? "");
  if (values.size < 2) return undefined;
  const rewrites: Rewrite[][] = [];
  let covered = 0;
  CHAIN_START.lastIndex = 0;
  for (let m = CHAIN_START.exec(text); m !== null && covered < limit; m = CHAIN_START.exec(text)) {
    const rewrite = expression(text, m.index, values);
    if (rewrite === undefined) continue;
    rewrites.push([rewrite]);
    covered += rewrite.text.length;
    CHAIN_START.lastIndex = rewrite.end;
  }
  return rewriteRegions(text, rewrites, limit);
}
