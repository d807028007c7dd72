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
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => encode(item) ?? "null").join(",")}]`;
  const object = value as Record<string, unknown>;
  let out = "";
  for (const key of Object.keys(object).sort()) {
    const encoded = encode(object[key]);
    if (encoded === undefined) continue;
    out += `${out ? "," : ""}${JSON.stringify(key)}:${encoded}`;
  }
  return `{${out}}`;
}
