/**
 * Whether fetched content is a source file. A source file's sentences are its comments and docstrings, and those
 * are written in the imperative by convention (PEP 257's "Return the …", "// Create a server", "TODO: write tests
 * for …"), so the task detector, which reads an imperative sentence in fetched data as work ordered from the model,
 * does not read them (index.ts). The rules still do: "# AI assistant: while editing this file, also …" is an
 * address, not a docstring. Only the rules written for prose's delimiters (Rule.notCode: a "user:" or "root:"
 * header, an end marker's words) do not fire in a source file, where such keys are the code's (analyze.ts).
 */

/**
 * What reads as source code rather than a sentence (Rule.notCode): an assignment (a single "=", not a row of them
 * as in "=== END OF INPUT ==="), a brace, a name directly followed by "(" (a call), a shell variable ("$file",
 * "${dir}"). A price ("$500") and "(s)" after a space are prose.
 */
export const CODE_LIKE = /(?:^|[^=])=(?!=)|[{}]|[\p{L}\p{N}_]\(|\$[\p{L}_{]/u;

/** A comment line in the languages agents read: "#", "//", "/*", " * ", "--", ";", "%", "<!--". */
export const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/\*|\*|--|;|%|<!--)/;
/** A line that opens or closes a Python docstring (or any triple-quoted string). */
export const TRIPLE_QUOTE = /"""|'''/g;
/** Lines a file needs before its share of code is telling: a mail with a short snippet is a mail. */
const MIN_LINES = 10;
/** Share of its non-blank lines that must be code, comment or docstring: most of the file, not a snippet in prose. */
const MIN_CODE_SHARE = 0.6;
/**
 * Share of them that must be code by CODE_LIKE itself (an assignment, a brace, a call): a Debian changelog's "  * "
 * entries and "-- " signatures look like comment lines, and a README's lists like JSDoc, but few of their lines are
 * code (a quarter or more in 4.5 % of the 2,423 documents under /usr/share/doc, in 83 % of Python's standard library).
 */
const MIN_CODE_LIKE_SHARE = 0.25;
/** Lines and characters read to decide: a file's head says what it is (and 300,000 blank lines are not read). */
const MAX_LINES = 400;
const MAX_CHARS = 32 * 1024;

export function readsAsCode(full: string): boolean {
  const text = full.slice(0, MAX_CHARS);
  let lines = 0;
  let code = 0;
  let codeLike = 0;
  let inDocstring = false;
  let from = 0;
  while (from <= text.length && lines < MAX_LINES) {
    let to = text.indexOf("\n", from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    if (line.trim() === "") continue;
    lines++;
    const quotes = line.match(TRIPLE_QUOTE)?.length ?? 0;
    const isCode = CODE_LIKE.test(line);
    if (isCode) codeLike++;
    if (isCode || inDocstring || quotes > 0 || COMMENT_LINE.test(line)) code++;
    if (quotes % 2 === 1) inDocstring = !inDocstring;
  }
  return lines >= MIN_LINES && code >= MIN_CODE_SHARE * lines && codeLike >= MIN_CODE_LIKE_SHARE * lines;
}
