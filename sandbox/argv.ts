/** A policy's argv template could not be filled from the arguments: the run is refused. */
export class ArgvTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgvTemplateError";
  }
}

const PLACEHOLDER = /^\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}$/;

/**
 * Fills an argv template. An entry that is exactly `{{name}}` becomes that argument as one whole argv entry:
 * strings as they are, numbers and booleans through String(), null, objects and arrays as JSON. Every other entry
 * is literal, except that an entry mentioning `{{` without being exactly one placeholder is refused: splicing a
 * value into a larger string is never done, and an ambiguous template must not silently run as a literal.
 * A missing argument and a value with a NUL byte (which execve cannot carry) are refused too.
 */
export function renderArgv(template: readonly string[], args: Readonly<Record<string, unknown>>): string[] {
  return template.map((entry, i) => {
    const m = PLACEHOLDER.exec(entry);
    if (!m?.[1]) {
      if (entry.includes("{{")) throw new ArgvTemplateError(`args[${i}] must be exactly one {{name}} placeholder or contain no "{{"`);
      return entry;
    }
    const name = m[1];
    if (!Object.hasOwn(args, name) || args[name] === undefined) throw new ArgvTemplateError(`args[${i}] needs argument "${name}", which is missing`);
    const value = argvValue(args[name]);
    if (value.includes("\0")) throw new ArgvTemplateError(`argument "${name}" contains a NUL byte`);
    return value;
  });
}

function argvValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}
