/**
 * Deterministic JSON of a JSON value: object keys sorted, no whitespace. The chain hashes this form, so a record
 * re-serialised with its keys in any order (pino, a SIEM, `jq`) still verifies.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const object = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    if (object[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  }
  return `{${parts.join(",")}}`;
}
