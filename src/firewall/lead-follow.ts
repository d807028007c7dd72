/**
 * What may follow a rule's leading word: for each of the FOLLOW_REACH characters after the word, the ASCII
 * characters a match of the rule's pattern can have there. A token start whose next characters fall outside them
 * cannot begin a match ("dog" for a rule on "do not …", "the weather" for one on "the system prompt"), so the
 * anchored scan skips the regular expression there (analyze.ts). Most attempts at a start in ordinary text fail
 * that way, and the check costs a few table lookups instead of a regular-expression call.
 *
 * The sets are read from the pattern source by a small automaton over the syntax the rules use. Every
 * approximation widens a set, never narrows it: lookarounds, `\b`, `^` and `$` are skipped as if they matched, a
 * property escape holds every ASCII character, a non-ASCII character in the text passes (the sets are ASCII only),
 * long repeats are unbounded, and where the match may already have ended the check stops. A pattern it cannot read
 * gets no sets at all (a test checks that every rule's pattern is read).
 */

/** How many characters after the leading word are checked. */
export const FOLLOW_REACH = 4;
/** Bounded repeats longer than this are read as unbounded (see Parser.quantified). */
const REPEAT_CAP = 8;
/** Words per ASCII set: 128 bits. */
const SET_WORDS = 4;

/** A character set as ASCII bits plus whether it holds any non-ASCII character. */
interface CharSet {
  ascii: Uint32Array;
  other: boolean;
}

type Node =
  | { kind: "set"; set: CharSet }
  | { kind: "empty" }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; items: Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

class Unreadable extends Error {}

function emptySet(): CharSet {
  return { ascii: new Uint32Array(SET_WORDS), other: false };
}

function addRange(set: CharSet, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    if (c < 128) set.ascii[c >> 5] = (set.ascii[c >> 5] as number) | (1 << (c & 31));
    else {
      set.other = true;
      return;
    }
  }
}

function complement(set: CharSet): CharSet {
  const out = emptySet();
  for (let k = 0; k < SET_WORDS; k++) out.ascii[k] = ~(set.ascii[k] as number);
  // Some non-ASCII character lies outside any set the rules write.
  out.other = true;
  return out;
}

function anything(): CharSet {
  return complement(emptySet());
}

const WORD_CHARS: ReadonlyArray<readonly [number, number]> = [[48, 57], [65, 90], [95, 95], [97, 122]];
const SPACE_CHARS: ReadonlyArray<readonly [number, number]> = [[9, 13], [32, 32]];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };

function ofRanges(ranges: ReadonlyArray<readonly [number, number]>, other: boolean): CharSet {
  const set = emptySet();
  for (const [from, to] of ranges) addRange(set, from, to);
  set.other = other;
  return set;
}

/** Sets of one ASCII character, shared (no set is changed once built), and the one set of all non-ASCII ones. */
const SINGLES = Array.from({ length: 128 }, (_, c) => ofRanges([[c, c]], false));
const NON_ASCII = ofRanges([], true);

function single(code: number): CharSet {
  return code < 128 ? (SINGLES[code] as CharSet) : NON_ASCII;
}

/** The set a class escape (\d, \w, \s, \p{…} and their negations) stands for, or undefined for another escape. */
function classEscape(letter: string): CharSet | undefined {
  switch (letter) {
    case "d":
      return ofRanges([[48, 57]], false);
    case "w":
      return ofRanges(WORD_CHARS, false);
    case "s":
      return ofRanges(SPACE_CHARS, true);
    case "D":
      return complement(ofRanges([[48, 57]], false));
    case "W":
      return complement(ofRanges(WORD_CHARS, false));
    case "S":
      return complement(ofRanges(SPACE_CHARS, false));
    default:
      return undefined;
  }
}

/** Parses the syntax the rules are written in (see maxMatchLength in anchors.ts) into a tree. */
class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.source.length) throw new Unreadable(`unexpected ${this.source[this.i]}`);
    return node;
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.source[this.i] === "|") {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? (items[0] as Node) : { kind: "alt", items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== "|" && this.source[this.i] !== ")") items.push(this.quantified(this.atom()));
    return { kind: "seq", items };
  }

  private quantified(node: Node): Node {
    const q = this.source[this.i];
    let min = 1;
    let max = 1;
    if (q === "?") [min, max] = [0, 1];
    else if (q === "*") [min, max] = [0, Infinity];
    else if (q === "+") [min, max] = [1, Infinity];
    else if (q === "{") {
      const close = this.source.indexOf("}", this.i);
      const m = /^(\d+)(,(\d*))?$/.exec(this.source.slice(this.i + 1, close));
      if (close < 0 || m === null) throw new Unreadable("bad quantifier");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i = close;
    } else return node;
    this.i++;
    if (this.source[this.i] === "?") this.i++;
    // Fewer required copies and no upper bound only widen the sets: a long repeat ("[^\n]{0,300}") stays one state.
    return { kind: "repeat", node, min: Math.min(min, REPEAT_CAP), max: max > REPEAT_CAP ? Infinity : max };
  }

  private atom(): Node {
    const c = this.source[this.i] as string;
    if (c === "(") return this.group();
    if (c === "[") return { kind: "set", set: this.characterClass() };
    if (c === "^" || c === "$") {
      this.i++;
      return { kind: "empty" };
    }
    if (c === ".") {
      this.i++;
      return { kind: "set", set: complement(ofRanges([[10, 10], [13, 13]], false)) };
    }
    if (c === "\\") {
      const letter = this.source[this.i + 1] as string;
      if (letter === "b" || letter === "B") {
        this.i += 2;
        return { kind: "empty" };
      }
      return { kind: "set", set: this.escape() };
    }
    if (c === ")" || c === "|" || c === "?" || c === "*" || c === "+" || c === "{") throw new Unreadable(`unexpected ${c}`);
    return { kind: "set", set: single(this.codePoint()) };
  }

  /** The literal character (a whole code point) at the position, read past. */
  private codePoint(): number {
    const code = this.source.codePointAt(this.i) as number;
    this.i += code > 0xffff ? 2 : 1;
    return code;
  }

  private group(): Node {
    let lookaround = false;
    if (this.source.startsWith("(?:", this.i)) this.i += 3;
    else if (this.source.startsWith("(?=", this.i) || this.source.startsWith("(?!", this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.source.startsWith("(?<=", this.i) || this.source.startsWith("(?<!", this.i)) {
      this.i += 4;
      lookaround = true;
    } else if (this.source.startsWith("(?<", this.i)) this.i = this.source.indexOf(">", this.i) + 1;
    else if (this.source.startsWith("(?", this.i)) throw new Unreadable("unknown group");
    else this.i++;
    const inner = this.alternation();
    if (this.source[this.i] !== ")") throw new Unreadable("unclosed group");
    this.i++;
    // A lookaround is read for its syntax only: taken as matching, it narrows nothing.
    return lookaround ? { kind: "empty" } : inner;
  }

  /** An escape outside a class or inside one: a class escape, a control escape, a code or the character itself. */
  private escape(): CharSet {
    const letter = this.source[this.i + 1];
    if (letter === undefined) throw new Unreadable("trailing backslash");
    const known = classEscape(letter);
    if (known !== undefined) {
      this.i += 2;
      return known;
    }
    if (letter === "p" || letter === "P") {
      const close = this.source.indexOf("}", this.i);
      if (close < 0) throw new Unreadable("bad property escape");
      this.i = close + 1;
      // Which ASCII characters a property holds is not worked out here: all of them.
      return anything();
    }
    return single(this.escapedCode());
  }

  /** The character an escape that stands for one character (\n, \x41, \u00e9, \u{1F600}, \.) stands for. */
  private escapedCode(): number {
    const rest = this.source.slice(this.i + 1);
    const letter = rest[0] as string;
    const control = CONTROL_ESCAPES[letter];
    if (control !== undefined) {
      this.i += 2;
      return control;
    }
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})/.exec(rest);
    if (hex !== null) {
      this.i += 1 + hex[0].length;
      return parseInt((hex[1] ?? hex[2] ?? hex[3]) as string, 16);
    }
    // Back references, \c and other letter escapes are not in the rules' syntax.
    if (/[0-9a-zA-Z]/.test(letter)) throw new Unreadable(`unknown escape \\${letter}`);
    const code = rest.codePointAt(0) as number;
    this.i += 1 + (code > 0xffff ? 2 : 1);
    return code;
  }

  private characterClass(): CharSet {
    this.i++;
    const negated = this.source[this.i] === "^";
    if (negated) this.i++;
    const set = emptySet();
    // In a JavaScript class "]" always closes it ("[]" is the empty class, "[^]" any character).
    while (this.source[this.i] !== "]") {
      if (this.i >= this.source.length) throw new Unreadable("unclosed class");
      const from = this.classMember();
      if (typeof from !== "number") {
        for (let k = 0; k < SET_WORDS; k++) set.ascii[k] = (set.ascii[k] as number) | (from.ascii[k] as number);
        set.other ||= from.other;
      } else if (this.source[this.i] === "-" && this.source[this.i + 1] !== "]") {
        this.i++;
        const to = this.classMember();
        if (typeof to !== "number") throw new Unreadable("range to a class");
        addRange(set, from, to);
      } else addRange(set, from, from);
    }
    this.i++;
    return negated ? complement(set) : set;
  }

  /** A class member: a code point, or the set of a class escape inside the class. */
  private classMember(): number | CharSet {
    if (this.source[this.i] !== "\\") return this.codePoint();
    const letter = this.source[this.i + 1] as string;
    if (classEscape(letter) !== undefined || letter === "p" || letter === "P") return this.escape();
    return this.escapedCode();
  }
}

/** A Thompson automaton: each state has epsilon moves and at most one character move. */
class Automaton {
  readonly epsilon: number[][] = [];
  readonly move: Array<{ set: CharSet; to: number } | undefined> = [];

  state(): number {
    this.epsilon.push([]);
    this.move.push(undefined);
    return this.epsilon.length - 1;
  }

  /** Builds `node` on from state `from` (a state of its own where `from` already has a move); returns its end. */
  build(node: Node, from: number): number {
    switch (node.kind) {
      case "empty":
        return from;
      case "set": {
        let at = from;
        if (this.move[at] !== undefined) {
          at = this.state();
          (this.epsilon[from] as number[]).push(at);
        }
        const to = this.state();
        this.move[at] = { set: node.set, to };
        return to;
      }
      case "seq":
        return node.items.reduce((at, item) => this.build(item, at), from);
      case "alt": {
        const end = this.state();
        for (const item of node.items) {
          const start = this.state();
          (this.epsilon[from] as number[]).push(start);
          (this.epsilon[this.build(item, start)] as number[]).push(end);
        }
        return end;
      }
      case "repeat": {
        let at = from;
        for (let k = 0; k < node.min; k++) at = this.build(node.node, at);
        const end = this.state();
        if (node.max === Infinity) {
          const loop = this.state();
          (this.epsilon[at] as number[]).push(loop, end);
          (this.epsilon[this.build(node.node, loop)] as number[]).push(loop, end);
          return end;
        }
        // Each optional copy may end the repetition.
        for (let k = node.min; k < node.max; k++) {
          const start = this.state();
          (this.epsilon[at] as number[]).push(start, end);
          at = this.build(node.node, start);
        }
        (this.epsilon[at] as number[]).push(end);
        return end;
      }
    }
  }

  /** Marks of the states closure() has reached, by the stamp of the call that reached them. */
  private seen = new Int32Array(0);
  private stamp = 0;

  /** The states reachable from `states` by epsilon moves, `states` included, each once. */
  closure(states: readonly number[]): number[] {
    if (this.seen.length < this.epsilon.length) this.seen = new Int32Array(this.epsilon.length);
    const stamp = ++this.stamp;
    const out: number[] = [];
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (this.seen[s] === stamp) continue;
      this.seen[s] = stamp;
      out.push(s);
      for (const t of this.epsilon[s] as number[]) if (this.seen[t] !== stamp) stack.push(t);
    }
    return out;
  }

}

function holds(set: CharSet, code: number): boolean {
  return code < 128 ? (((set.ascii[code >> 5] as number) >>> (code & 31)) & 1) !== 0 : set.other;
}

const LETTERS = emptySet();
addRange(LETTERS, 97, 122);

function allowsLetters(sets: Uint32Array, position: number): boolean {
  return ((sets[position * SET_WORDS + 3] as number) & (LETTERS.ascii[3] as number)) === LETTERS.ascii[3];
}

/**
 * The characters a match may have after a leading word: `sets` holds `reach` ASCII sets of SET_WORDS words each, one
 * per character after the word, up to FOLLOW_REACH or to where the match may already end.
 */
export interface Follow {
  sets: Uint32Array;
  reach: number;
}

/**
 * For a pattern source: what a match may have after each of its leading words (Follow, undefined when nothing can
 * be ruled out); undefined when the source uses syntax the parser does not read.
 */
export function followOf(source: string): ((word: string) => Follow | undefined) | undefined {
  let tree: Node;
  try {
    tree = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
  const automaton = new Automaton();
  const start = automaton.state();
  const accept = automaton.build(tree, start);
  const initial = automaton.closure([start]);
  return (word) => {
    let states = initial;
    for (let k = 0; k < word.length; ) {
      const code = word.codePointAt(k) as number;
      k += code > 0xffff ? 2 : 1;
      const next: number[] = [];
      for (const s of states) {
        const m = automaton.move[s];
        if (m !== undefined && holds(m.set, code)) next.push(m.to);
      }
      states = automaton.closure(next);
    }
    // A word the pattern cannot begin with would leave every set empty: nothing is ruled out rather than all.
    if (states.length === 0) return undefined;
    const sets = new Uint32Array(FOLLOW_REACH * SET_WORDS);
    let reach = 0;
    while (reach < FOLLOW_REACH && !states.includes(accept)) {
      const next: number[] = [];
      for (const s of states) {
        const m = automaton.move[s];
        if (m === undefined) continue;
        for (let w = 0; w < SET_WORDS; w++) sets[reach * SET_WORDS + w] = (sets[reach * SET_WORDS + w] as number) | (m.set.ascii[w] as number);
        next.push(m.to);
      }
      reach++;
      // Past a position that allows every letter (a gap such as "[^\n]{0,20}") the next ones rarely rule anything out.
      if (allowsLetters(sets, reach - 1)) break;
      states = automaton.closure(next);
    }
    return reach === 0 ? undefined : { sets: sets.subarray(0, reach * SET_WORDS), reach };
  };
}

/**
 * Whether the text from `at` fits `follow`: from a non-ASCII character on it always does; the text's end never does
 * within the reach, where a match needs one more character.
 */
export function mayFollow(text: string, at: number, follow: Follow): boolean {
  const sets = follow.sets;
  for (let j = 0; j < follow.reach; j++) {
    const c = text.charCodeAt(at + j);
    // Past a non-ASCII character (which may be half of a surrogate pair) the positions are not counted: it passes.
    // NaN past the end fails every comparison.
    if (!(c < 128)) return c === c;
    if ((((sets[j * SET_WORDS + (c >> 5)] as number) >>> (c & 31)) & 1) === 0) return false;
  }
  return true;
}
