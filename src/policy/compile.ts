import { createHash } from "node:crypto";
import type { ZodError } from "zod";
import { compileToolValidators, type ArgumentValidator } from "../tools/argument-schema.js";
import { findJsonSyntaxError, locateJson, type JsonPath } from "./json-locate.js";
import { PolicySchema, type Policy } from "./schema.js";

/** A validated policy with its tool validators compiled and the hash that names it in every decision. */
export interface CompiledPolicy {
  policy: Policy;
  hash: string;
  source: string;
  validators: ReadonlyMap<string, ArgumentValidator>;
}

export interface PolicyIssue {
  path: string;
  line: number;
  message: string;
}

export class PolicyLoadError extends Error {
  constructor(
    readonly source: string,
    readonly issues: PolicyIssue[],
  ) {
    super(`policy ${source} refused:\n${issues.map((i) => `  ${source}:${i.line}: ${i.path ? `${i.path}: ` : ""}${i.message}`).join("\n")}`);
    this.name = "PolicyLoadError";
  }
}

export function formatJsonPath(path: JsonPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function zodIssues(error: ZodError, lineOf: (p: JsonPath) => number): PolicyIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: formatJsonPath([...path, key]), line: lineOf([...path, key]), message: `unknown key "${key}"` }));
    }
    return [{ path: formatJsonPath(path), line: lineOf(path), message: issue.message }];
  });
}

export function policyHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Parses, validates and compiles policy text; any problem refuses the whole policy with the line at fault. */
export function compilePolicy(text: string, source: string): CompiledPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const at = findJsonSyntaxError(text);
    throw new PolicyLoadError(source, [{ path: "", line: at.line, message: `invalid JSON at column ${at.column}: ${at.message}` }]);
  }
  const located = locateJson(text);
  if (located.duplicateKeys.length > 0) {
    throw new PolicyLoadError(
      source,
      located.duplicateKeys.map((d) => ({ path: formatJsonPath(d.path), line: d.line, message: "duplicate key" })),
    );
  }
  const parsed = PolicySchema.safeParse(raw);
  if (!parsed.success) throw new PolicyLoadError(source, zodIssues(parsed.error, (p) => located.lineOf(p)));
  const { validators, problems } = compileToolValidators(parsed.data.tools);
  if (problems.length > 0) {
    throw new PolicyLoadError(
      source,
      problems.map((p) => ({ path: formatJsonPath(p.path), line: located.lineOf(p.path), message: p.message })),
    );
  }
  return { policy: parsed.data, hash: policyHash(text), source, validators };
}
