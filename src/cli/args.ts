import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Strict flag parsing shared by every command: an unknown flag or a missing value is a usage error. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, positionals: { min: number; max: number }) {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: positionals.max > 0 });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const count = parsed.positionals.length;
  if (!parsed.values.help && (count < positionals.min || count > positionals.max)) {
    throw new UsageError(count < positionals.min ? "missing argument" : `unexpected argument: ${parsed.positionals[positionals.max] ?? ""}`);
  }
  return parsed as unknown as { values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : O[K]["multiple"] extends true ? string[] : string } & { help?: boolean }; positionals: string[] };
}

/** `90`, `45s`, `30m`, `1h`, `7d` → seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) throw new UsageError(`invalid duration "${text}" (use e.g. 90, 45s, 30m, 1h, 7d)`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as "" | "s" | "m" | "h" | "d"];
  const seconds = Number(match[1]) * unit;
  if (seconds <= 0) throw new UsageError("the duration must be positive");
  return seconds;
}

/** `--timeout-ms` as given, or `fallback`: a whole number of milliseconds from 1 to `max`. */
export function parseTimeoutMs(text: string | undefined, fallback: number, max: number): number {
  const ms = Number(text ?? String(fallback));
  if (!Number.isInteger(ms) || ms < 1 || ms > max) throw new UsageError(`--timeout-ms must be a whole number of milliseconds, 1 to ${max}`);
  return ms;
}
