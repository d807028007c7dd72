import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Policy } from "../policy/schema.js";

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export interface ArgumentIssue {
  path: string;
  message: string;
}

/** Validates a tool's arguments; returns the problems found, none when valid. */
export type ArgumentValidator = (args: Record<string, unknown>) => ArgumentIssue[];

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

const MAX_REPORTED_ISSUES = 20;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Object schemas refuse unknown properties unless they say otherwise, so an agent cannot smuggle extra
 * arguments past a schema that forgot `additionalProperties`. Combinators (allOf/anyOf/oneOf) are left as
 * written: closing their branches would reject valid input.
 */
export function closeObjectSchemas(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema };
  const isObjectSchema = out.type === "object" || isPlainObject(out.properties);
  if (isObjectSchema && !("additionalProperties" in out) && !("unevaluatedProperties" in out) && !("patternProperties" in out)) {
    out.additionalProperties = false;
  }
  if (isPlainObject(out.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, isPlainObject(v) ? closeObjectSchemas(v) : v]),
    );
  }
  if (isPlainObject(out.items)) out.items = closeObjectSchemas(out.items);
  if (Array.isArray(out.prefixItems)) out.prefixItems = out.prefixItems.map((s) => (isPlainObject(s) ? closeObjectSchemas(s) : s));
  if (isPlainObject(out.additionalProperties)) out.additionalProperties = closeObjectSchemas(out.additionalProperties);
  return out;
}

function describe(error: ErrorObject): ArgumentIssue {
  const extra = error.keyword === "additionalProperties" ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : "";
  return { path: error.instancePath === "" ? "/" : error.instancePath, message: `${error.message ?? error.keyword}${extra}` };
}

/**
 * Compiles every tool schema of a policy once, with a fresh ajv instance per policy load so that reloads do not
 * accumulate compiled code. Schema errors are returned with their place in the policy.
 */
export function compileToolValidators(tools: Policy["tools"]): { validators: Map<string, ArgumentValidator>; problems: SchemaProblem[] } {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validators = new Map<string, ArgumentValidator>();
  const problems: SchemaProblem[] = [];
  for (const [name, tool] of Object.entries(tools)) {
    if (!tool.schema) continue;
    if (tool.schema.type !== "object") {
      problems.push({ path: ["tools", name, "schema", "type"], message: 'a tool schema must have "type": "object" (arguments are an object)' });
      continue;
    }
    try {
      const validate = ajv.compile(closeObjectSchemas(tool.schema));
      validators.set(name, (args) => (validate(args) ? [] : (validate.errors ?? []).slice(0, MAX_REPORTED_ISSUES).map(describe)));
    } catch (err) {
      problems.push({ path: ["tools", name, "schema"], message: `invalid JSON Schema: ${(err as Error).message}` });
    }
  }
  return { validators, problems };
}
