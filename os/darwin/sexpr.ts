/** A parsed S-expression: an atom (symbol or number), a string literal, or a list. */
export type SExpr = { type: "atom"; value: string } | { type: "string"; value: string } | { type: "list"; items: SExpr[] };

export class SExprSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
    this.name = "SExprSyntaxError";
  }
}

/**
 * Parses SBPL's S-expression syntax (lists, symbols, "strings" with \\ escapes, ; comments) strictly: unbalanced
 * parentheses, an unterminated string or an unknown escape is an error. Used to check generated profiles, since
 * no Mac is at hand to load them.
 */
export function parseSExprs(text: string): SExpr[] {
  const stack: SExpr[][] = [[]];
  const opened: number[] = [];
  let i = 0;
  const top = () => stack[stack.length - 1] as SExpr[];
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ";") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(") {
      stack.push([]);
      opened.push(i);
      i++;
    } else if (ch === ")") {
      if (stack.length === 1) throw new SExprSyntaxError("unbalanced ')'", i);
      const items = stack.pop() as SExpr[];
      opened.pop();
      top().push({ type: "list", items });
      i++;
    } else if (ch === '"') {
      let value = "";
      const start = i++;
      for (;;) {
        if (i >= text.length) throw new SExprSyntaxError("unterminated string", start);
        const c = text[i] as string;
        if (c === '"') break;
        if (c === "\\") {
          const next = text[i + 1];
          if (next !== "\\" && next !== '"') throw new SExprSyntaxError(`unknown escape \\${next ?? ""}`, i);
          value += next;
          i += 2;
        } else {
          value += c;
          i++;
        }
      }
      i++;
      top().push({ type: "string", value });
    } else {
      const m = /^[^\s()";]+/.exec(text.slice(i));
      if (!m) throw new SExprSyntaxError(`unexpected ${JSON.stringify(ch)}`, i);
      top().push({ type: "atom", value: m[0] });
      i += m[0].length;
    }
  }
  if (stack.length > 1) throw new SExprSyntaxError("unclosed '('", opened[opened.length - 1] ?? 0);
  return stack[0] as SExpr[];
}
