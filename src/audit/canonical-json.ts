/**
 * Deterministic JSON of a value: object keys sorted, no whitespace, and otherwise exactly what JSON.stringify
 * would store (toJSON honoured, undefined/functions/symbols left out of objects and null in arrays, non-finite
 * numbers as null). The chain hashes this form, so a record re-serialised with its keys in any order (pino, a
 * SIEM, `jq`) still verifies, and hashing the event directly equals hashing what is read back from the file.
 */
export function canonicalJson(value: unknown): string {
  return encode(value) ?? "null";
}

function encode(value: unknown): string | undefined {
  // The common primitives directly, as JSON.stringify writes them (non-finite numbers as null).
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => encode(item) ?? "null").join(",")}]`;
  return `{${canonicalMembers(value as Record<string, unknown>).join(",")}}`;
}

/**
 * The `"key":value` members of `object` in canonical order, as `canonicalJson` writes them between the braces,
 * with `overrides`' fields set over the object's own and the keys in `omit` left out: the sink builds a record
 * from an event without copying the event. (A `toJSON` of `object` itself is not called.)
 */
export function canonicalMembers(
  object: Readonly<Record<string, unknown>>,
  overrides?: Readonly<Record<string, unknown>>,
  omit?: ReadonlySet<string>,
): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(object)) {
    if (omit?.has(key) || (overrides !== undefined && Object.hasOwn(overrides, key))) continue;
    keys.push(key);
  }
  if (overrides !== undefined) keys.push(...Object.keys(overrides));
  keys.sort();
  const members: string[] = [];
  for (const key of keys) {
    const encoded = encode(overrides !== undefined && Object.hasOwn(overrides, key) ? overrides[key] : object[key]);
    if (encoded !== undefined) members.push(`${quotedKey(key)}:${encoded}`);
  }
  return members;
}

/**
 * Record keys are nearly always the same few dozen names, so their JSON form is kept; the cache is bounded
 * because keys inside caller-supplied metadata reach here too.
 */
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 512;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}
