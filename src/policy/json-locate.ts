export type JsonPath = readonly PropertyKey[];

export interface JsonLocations {
  /** The line on which the value at `path` (or its key) starts; the nearest existing ancestor's line otherwise. */
  lineOf(path: JsonPath): number;
  /** Keys that appear twice in one object: JSON.parse would silently keep the last one. */
  duplicateKeys: { path: JsonPath; line: number }[];
}

interface Frame {
  kind: "object" | "array";
  path: PropertyKey[];
  count: number;
  keys: Set<string>;
  key: string | null;
}

const pathKey = (path: JsonPath): string => JSON.stringify(path.map((p) => (typeof p === "number" ? p : String(p))));

/**
 * Walks JSON text that JSON.parse already accepted and records the line each value starts on. Iterative, so a
 * deeply nested document cannot exhaust the stack; used only to point an operator at the line at fault.
 */
export function locateJson(text: string): JsonLocations {
  const lines = new Map<string, number>();
  const duplicateKeys: { path: JsonPath; line: number }[] = [];
  const stack: Frame[] = [];
  let line = 1;

  const nextValuePath = (): PropertyKey[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return top.kind === "array" ? [...top.path, top.count] : [...top.path, top.key ?? ""];
  };
  const recordValue = (path: PropertyKey[]): void => {
    const key = pathKey(path);
    if (!lines.has(key)) lines.set(key, line);
  };
  const afterValue = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === "array") top.count++;
    else top.key = null;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      line++;
    } else if (ch === '"') {
      let j = i + 1;
      let raw = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") {
          raw += text.slice(j, j + 2);
          j += 2;
        } else {
          raw += text[j];
          j++;
        }
      }
      const str = JSON.parse(`"${raw}"`) as string;
      const top = stack[stack.length - 1];
      if (top && top.kind === "object" && top.key === null) {
        top.key = str;
        const path = [...top.path, str];
        if (top.keys.has(str)) duplicateKeys.push({ path, line });
        top.keys.add(str);
        recordValue(path);
      } else {
        recordValue(nextValuePath());
        afterValue();
      }
      i = j;
    } else if (ch === "{" || ch === "[") {
      const path = nextValuePath();
      recordValue(path);
      stack.push({ kind: ch === "{" ? "object" : "array", path, count: 0, keys: new Set(), key: null });
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      afterValue();
    } else if (ch !== undefined && /[-0-9tfn]/.test(ch)) {
      recordValue(nextValuePath());
      let j = i;
      while (j + 1 < text.length && /[-+.0-9eEa-z]/.test(text[j + 1] ?? "")) j++;
      afterValue();
      i = j;
    }
  }

  return {
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const found = lines.get(pathKey(path.slice(0, n)));
        if (found !== undefined) return found;
      }
      return 1;
    },
    duplicateKeys,
  };
}

/** Line and column of a JSON.parse failure, from the position V8 puts in its message. */
export function jsonSyntaxErrorLocation(text: string, error: Error): { line: number; column: number } | undefined {
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(error.message);
  if (!pos) return undefined;
  const before = text.slice(0, Number(pos[1]));
  const lastNewline = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: before.length - lastNewline };
}
