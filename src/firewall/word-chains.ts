/**
 * Words chained by a mark that ends a sentence: one word a line, a list item, a table cell or a paragraph
 * ("Ignore\nall\nprevious\ninstructions", "- Ignore\n- all …"), one word an HTML element ("<span>Ignore</span>…"),
 * or words joined by ".", "|", "…", ";", "!" or "?" ("ignore.all.previous.instructions", "Ignore! All! …"). The
 * folding pass reads each such mark as a sentence's end (and a tag's name as a word), so no rule sees the words
 * together, while a model reads the sentence. A chain of MIN_WORDS words or more is read again with spaces between
 * them, as a decoded payload (see rewrite-regions.ts).
 */
import { CLASS, C_ASCII_LETTER, C_DIGIT, C_LATIN_ACCENTED, isAsciiLetter, isBlank, isLatinLetter } from "./charclass.js";
import { readsAsCode } from "./code-document.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** Fewest words a chain must have: a domain name or a file name has fewer ("www.example.com", "setup.cfg"). */
const MIN_WORDS = 4;
/** The longest word read as one: longer runs are identifiers, hashes or payloads. */
const MAX_WORD = 30;
/** The marks words are joined by, besides the line break ("…" reaches here as "...", NFKC's form of it). */
const JOINING_MARKS = [".", "|", "...", ";", "!", "?"];
const BAR = 124;
const SLASH = 47;
const LT = 60;
const GT = 62;
const NEWLINE = 10;
/** The longest tag read: a tag with long attributes is a page's own markup, not a word's wrapper. */
const MAX_TAG = 200;
/** Blanks a mark may have after it in a chain: "Ignore! All! Previous!" is one word a sentence too. */
const MAX_GAP = 3;

function isWordChar(c: number): boolean {
  return ((CLASS[c] as number) & (C_ASCII_LETTER | C_LATIN_ACCENTED | C_DIGIT)) !== 0;
}

function isSpace(c: number): boolean {
  return isBlank(c) || c === NEWLINE;
}

/** The end of the word starting at `from` (letters and digits, at least one letter, at most MAX_WORD), or -1. */
function wordEnd(text: string, from: number): number {
  let i = from;
  let letters = 0;
  while (i < text.length && i - from <= MAX_WORD && isWordChar(text.charCodeAt(i))) {
    if (isLatinLetter(text.charCodeAt(i))) letters++;
    i++;
  }
  return i > from && i - from <= MAX_WORD && letters > 0 ? i : -1;
}

/** A list item's marker ("- ", "* ", "• ", "3. ", "3) ") at a line's start, or a table cell's bar: not the word. */
export const ITEM_MARKER = /^[ \t]{0,8}(?:[-*+•|][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4}|\|)/;

/** The single word the line [from, to) holds, after any list or table marker, as [start, end), or undefined. */
function lineWord(text: string, from: number, to: number): readonly [number, number] | undefined {
  const s = from + (ITEM_MARKER.exec(text.slice(from, to))?.[0].length ?? 0);
  let e = to;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  // A table cell's closing bar.
  if (e > s && text.charCodeAt(e - 1) === BAR) e--;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  let start = s;
  while (start < e && isBlank(text.charCodeAt(start))) start++;
  return start < e && wordEnd(text, start) === e ? [start, e] : undefined;
}

/** Whether the line [from, to) is blank: a paragraph's break between words one a paragraph does not end the chain. */
function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** Adds a chain of word spans to `out` when it has MIN_WORDS words or more, read with a space between them. */
function keepChain(text: string, chain: ReadonlyArray<readonly [number, number]>, out: Rewrite[][]): void {
  if (chain.length < MIN_WORDS) return;
  const first = chain[0] as readonly [number, number];
  const last = chain[chain.length - 1] as readonly [number, number];
  out.push([{ start: first[0], end: last[1], text: chain.map(([s, e]) => text.slice(s, e)).join(" ") }]);
}

/** Chains of lines of one word each. Lines are found with indexOf, so prose with long lines costs one step a line. */
function lineChains(text: string, out: Rewrite[][]): void {
  let chain: Array<readonly [number, number]> = [];
  const close = (): void => {
    keepChain(text, chain, out);
    chain = [];
  };
  let at = 0;
  while (at <= text.length) {
    const lineEnd = text.indexOf("\n", at);
    const stop = lineEnd === -1 ? text.length : lineEnd;
    const word = stop - at <= MAX_WORD + 12 ? lineWord(text, at, stop) : undefined;
    if (word !== undefined) chain.push(word);
    else if (!isBlankLine(text, at, stop)) close();
    if (lineEnd === -1) break;
    at = lineEnd + 1;
  }
  close();
}

/** Where the word after `mark` at `at` starts (the mark, then at most MAX_GAP blanks, then a word character), or -1. */
function afterMark(text: string, at: number, mark: string): number {
  if (!text.startsWith(mark, at)) return -1;
  let w = at + mark.length;
  const stop = w + MAX_GAP;
  while (w < stop && isBlank(text.charCodeAt(w))) w++;
  return isWordChar(text.charCodeAt(w)) ? w : -1;
}

/**
 * Chains of single words joined by `mark` (with up to MAX_GAP blanks after it, or none), found from each occurrence of
 * the mark right after a word character.
 */
function markChains(text: string, mark: string, out: Rewrite[][]): void {
  let searchFrom = 0;
  for (let at = text.indexOf(mark, searchFrom); at !== -1; at = text.indexOf(mark, searchFrom)) {
    searchFrom = at + 1;
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1)) || afterMark(text, at, mark) === -1) continue;
    let start = at;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    const words: string[] = [];
    let from = start;
    for (;;) {
      const end = wordEnd(text, from);
      if (end === -1) break;
      words.push(text.slice(from, end));
      const next = afterMark(text, end, mark);
      if (next === -1) {
        from = end;
        break;
      }
      from = next;
    }
    // A chain called or indexed ("Array.prototype.slice.call(x)", "os.environ.get.keys[0]") is code in prose.
    const next = text[from];
    if (words.length >= MIN_WORDS && next !== "(" && next !== "[") out.push([{ start, end: from, text: words.join(" ") }]);
    searchFrom = Math.max(searchFrom, from);
  }
}

/** The end of the HTML tag that opens at `at` ("<span>", "</li>", "<br/>", '<b class="x">'), or -1. */
function tagEnd(text: string, at: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === SLASH) i++;
  if (!isAsciiLetter(text.charCodeAt(i))) return -1;
  for (const stop = Math.min(text.length, at + MAX_TAG); i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === LT || c === NEWLINE) return -1;
  }
  return -1;
}

/**
 * Chains of single words each set apart by HTML tags ("<span>Ignore</span><span>all</span>…", "Ignore<br>all<br>…"):
 * the folding pass reads every tag's name as a word between them, while a page shows the words in a row. Markup
 * wraps phrases, not every word, so ordinary pages hold no such chain.
 */
function tagChains(text: string, out: Rewrite[][]): void {
  let chain: Array<readonly [number, number]> = [];
  const close = (): void => {
    keepChain(text, chain, out);
    chain = [];
  };
  // The text between one tag and the next: one word extends the chain, anything else ends it.
  const between = (from: number, to: number): void => {
    let s = from;
    while (s < to && isSpace(text.charCodeAt(s))) s++;
    let e = to;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    if (wordEnd(text, s) === e) chain.push([s, e]);
    else close();
  };
  let segment = 0;
  for (let at = text.indexOf("<"); at !== -1; at = text.indexOf("<", at + 1)) {
    const end = tagEnd(text, at);
    if (end === -1) continue;
    between(segment, at);
    segment = end;
    at = end - 1;
  }
  between(segment, text.length);
  close();
}

/** The text around every chain of MIN_WORDS words or more, each read with spaces; undefined when there is none. */
export function joinWordChains(text: string, limit: number): string | undefined {
  const head = text.slice(0, limit);
  const chains: Rewrite[][] = [];
  if (head.includes("\n")) lineChains(head, chains);
  if (head.includes("<")) tagChains(head, chains);
  const marked: Rewrite[][] = [];
  for (const mark of JOINING_MARKS) if (head.includes(mark)) markChains(head, mark, marked);
  // Source code chains names with dots and types with bars ("encodings.aliases.aliases", "string|number|null") on
  // every line: there they are no sentence. Asked only once a chain is found, which prose seldom holds.
  if (marked.length > 0 && !readsAsCode(head)) chains.push(...marked);
  chains.sort((a, b) => (a[0] as Rewrite).start - (b[0] as Rewrite).start);
  // Chains of two marks may share a word ("a.b.c.d|e|f|g"): the later one is dropped.
  const kept: Rewrite[][] = [];
  for (const chain of chains) if (kept.length === 0 || (chain[0] as Rewrite).start >= ((kept[kept.length - 1] as Rewrite[])[0] as Rewrite).end) kept.push(chain);
  return rewriteRegions(head, kept, limit);
}
