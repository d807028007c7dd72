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

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

type Expect = "value" | "key-or-end" | "key" | "colon" | "comma-or-end-object" | "value-or-end-array" | "comma-or-end-array" | "done";

/**
 * Finds where text stops being JSON. Only runs on a document JSON.parse refused (V8 does not always say where),
 * so an operator is pointed at the line at fault.
 */
export function findJsonSyntaxError(text: string): { line: number; column: number; message: string } {
  const containers: ("object" | "array")[] = [];
  let expect: Expect = "value";
  let i = 0;
  const at = (message: string) => {
    const before = text.slice(0, i);
    return { line: before.split("\n").length, column: i - before.lastIndexOf("\n"), message };
  };
  const afterValue = (): Expect => {
    const top = containers[containers.length - 1];
    return top === "object" ? "comma-or-end-object" : top === "array" ? "comma-or-end-array" : "done";
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    if (expect === "done") return at(`unexpected ${JSON.stringify(ch)} after the document`);
    if (expect === "colon") {
      if (ch !== ":") return at(`expected ":" but found ${JSON.stringify(ch)}`);
      i++;
      expect = "value";
      continue;
    }
    if (expect === "comma-or-end-object" || expect === "comma-or-end-array") {
      const close = expect === "comma-or-end-object" ? "}" : "]";
      if (ch === ",") expect = expect === "comma-or-end-object" ? "key" : "value";
      else if (ch === close) {
        containers.pop();
        expect = afterValue();
      } else return at(`expected "," or "${close}" but found ${JSON.stringify(ch)}`);
      i++;
      continue;
    }
    if (expect === "key-or-end" || expect === "key") {
      if (ch === "}" && expect === "key-or-end") {
        containers.pop();
        expect = afterValue();
        i++;
        continue;
      }
      STRING.lastIndex = i;
      if (ch !== '"' || !STRING.test(text)) return at(expect === "key" ? "expected a property name after \",\"" : "expected a property name or \"}\"");
      i = STRING.lastIndex;
      expect = "colon";
      continue;
    }
    if (ch === "]" && expect === "value-or-end-array") {
      containers.pop();
      expect = afterValue();
      i++;
      continue;
    }
    if (ch === "{" || ch === "[") {
      containers.push(ch === "{" ? "object" : "array");
      expect = ch === "{" ? "key-or-end" : "value-or-end-array";
      i++;
      continue;
    }
    const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
    } else {
      const pattern = ch === '"' ? STRING : NUMBER;
      pattern.lastIndex = i;
      if (!pattern.test(text)) return at(`expected a value but found ${JSON.stringify(ch)}`);
      i = pattern.lastIndex;
    }
    expect = afterValue();
  }
  return at(expect === "done" ? "invalid JSON" : "unexpected end of the document");
}
