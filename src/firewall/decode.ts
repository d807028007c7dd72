import { CLASS, C_LETTER, C_PRINTABLE, isAscii } from "./charclass.js";
import { morseRuns } from "./morse.js";
import { execNear, nearPattern } from "./near-matches.js";
import { mayHold, scanStructure, type TextStructure } from "./structure.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";
import { stripCombiningMarks } from "./combining-marks.js";
import { stripDiacritics } from "./diacritics.js";
import { splitCamelCase } from "./camel-case.js";
import { joinVerticalText } from "./vertical-text.js";
import { joinWordChains } from "./word-chains.js";
import { readLetterSymbols } from "./letter-symbols.js";
import { readBraille } from "./braille.js";
import { readPhoneticAlphabet } from "./phonetic-alphabet.js";
import { readPigLatin } from "./pig-latin.js";
import { joinStringLiterals } from "./string-concat.js";
import { joinStringVariables } from "./variable-concat.js";
import { joinSymbolSplits, SPLIT_SYMBOL_CODES as SPLIT_SYMBOLS } from "./symbol-splits.js";

/**
 * Finds encoded payloads (base64, base32, binary, hex, URL-encoding, quoted-printable, ROT13 and other letter shifts, reversed text and
 * reversed words, `\uXXXX` escapes, HTML character references, Unicode tag characters, runs of variation selectors, binary in invisible
 * characters, Morse code; words split by symbols, string literals or string variables joined by "+", letters under combining marks, words
 * sprinkled with accents, text written down a column, letters written with symbols, Braille cells, the NATO phonetic alphabet and Pig Latin are read
 * again too) embedded in text and decodes them so the detectors can scan what the model would read after decoding.
 * Bounded: each call decodes at most `budget.bytes` characters in total and `budget.payloads` payloads; the
 * caller bounds recursion depth.
 */
export interface DecodeBudget {
  bytes: number;
  payloads: number;
}

export interface DecodedPayload {
  encoding: "base64" | "base32" | "binary" | "hex" | "url" | "rot13" | "caesar" | "reversed" | "unicode_escape" | "html_entity" | "unicode_tags" | "variation_selectors" | "invisible_binary" | "morse" | "symbol_split" | "string_concat" | "variable_concat" | "combining_marks" | "diacritics" | "vertical_text" | "letter_symbols" | "braille" | "phonetic_alphabet" | "pig_latin" | "word_chain" | "quoted_printable" | "reversed_words" | "misspelling" | "camel_case";
  text: string;
}

export const HEX_ESCAPED_RUN = /(?:\\x[0-9a-fA-F][0-9a-fA-F]){6,}/g;
/**
 * Space-separated hex bytes ("69 67 6e …"). A failed attempt stops within three characters (a pair of hex
 * digits then a space), and a successful one is skipped past, so a full scan is linear.
 */
export const HEX_SPACED_RUN = /(?:[0-9a-fA-F][0-9a-fA-F] ){5,}[0-9a-fA-F][0-9a-fA-F]/g;
/** Hex bytes written as C or Python literals: "0x49 0x67 …", "0x49, 0x67, …". */
export const HEX_PREFIXED_RUN = /(?:0[xX][0-9a-fA-F][0-9a-fA-F](?:, |,| )){5,}0[xX][0-9a-fA-F][0-9a-fA-F]/g;

/**
 * Bytes written as space-separated groups of eight binary digits ("01101001 01100111 …"), at least six of them; the
 * digits are written out, since a counted group inside the repeated one would nest quantifiers.
 */
const BINARY_BYTE = "[01]".repeat(8);
export const BINARY_SPACED_RUN = new RegExp(`(?:${BINARY_BYTE} ){5,}${BINARY_BYTE}`, "g");
/** RFC 4648 base32: upper-case letters and the digits 2–7, with optional "=" padding. */
const BASE32_RUN = /^[A-Z2-7]{16,}=*$/;
const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/** A hex run of only these digits is binary. */
const BINARY_DIGITS = /^[01]+$/;
const SPACE_G = / /g;

export const URL_ENCODED_RUN = /(?:%[0-9a-fA-F][0-9a-fA-F])+/g;
/** A text is treated as URL-encoded once it holds this many escapes. */
const MIN_URL_ESCAPES = 3;
/** Quoted-printable escapes ("=49=67=6E"; RFC 2045 writes their hex digits in upper case), another of garak's encodings. */
export const QP_RUN = /(?:=[0-9A-F][0-9A-F])+/g;
/** A soft line break of quoted-printable: the line goes on. */
const QP_SOFT_BREAK = /=\r?\n/g;
/**
 * Escapes in one run that a text needs before it is read as quoted-printable: "=" also assigns ("x=0A" is a
 * setting), and mail bodies keep a few escaped accents and dashes ("=E2=80=94") among plain text.
 */
const MIN_QP_ESCAPES = 6;
/** ASCII letters such a run must spell: escaped accents and dashes spell none, escaped English does. */
const MIN_QP_LETTERS = 4;
/** A whitespace-separated word, for reading each word reversed in place ("erongi lla suoiverp"). */
const WORD_G = /[^\s]+/g;
/** JavaScript / JSON escapes ("\u0069") and numeric HTML character references ("&#105;", "&#x69;"). */
export const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
export const HTML_ENTITY = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;
/** A text is read with its escapes or character references replaced once it holds this many. */
const MIN_CHAR_ESCAPES = 4;
/** ROT13 forms of common trigger words. */
const ROT13_WORDS = ["vtaber", "qvfertneq", "cerivbhf", "vafgehpgvbaf", "flfgrz", "cebzcg", "wnvyoernx", "erirny", "cnffjbeq"];
/** ROT13 forms of common trigger words, or an explicit mention of the cipher: only then is a ROT13 view worth scanning. */
export const ROT13_HINT = new RegExp(`\\b(?:rot-?13|${ROT13_WORDS.join("|")})\\b`, "i");
/**
 * Common trigger words spelled backwards, or an order to read the text reversed ("read this backwards: …", "reverse
 * the following text"): a text holding one is also read reversed ("snoitcurtsni suoiverp lla erongi"). The bare
 * words are not enough: changelogs are full of "backward compatible" and "reversed the order".
 */
const REVERSED_WORDS = ["erongi", "dragersid", "snoitcurtsni", "suoiverp", "tpmorp", "laever", "drowssap", "kaerbliaj", "snoitcirtser"];
const REVERSAL_WORDS = ["backwards", "backward", "reverse"];
const REVERSAL_ORDER = "(?:read|written|write|spelled|spelt|typed|follow|do) (?:this |it |the following |the text |the message |them |that )?backwards?\\b|\\breverse (?:this|the following|the next) (?:text|message|sentence|line|string)\\b";
export const REVERSED_WORD_HINT = new RegExp(`\\b(?:${REVERSED_WORDS.join("|")})\\b`, "i");
export const REVERSAL_ORDER_HINT = new RegExp(`\\b${REVERSAL_ORDER}`, "gi");
/**
 * The order holds "reverse" at its start or "backward" at most 22 characters ("spelled the following ") after it.
 * Changelogs say "backward compatible" often enough that a scan from every start costs more than the rest of the
 * decoder.
 */
export const REVERSAL_ORDER_NEAR = nearPattern(REVERSAL_ORDER_HINT, /backward|reverse/gi, 22);
/** The name of a letter-substitution cipher: a text that names one is also read with the likeliest shift undone. */
const SHIFT_CIPHERS = ["caesar", "atbash", "cipher", "ciphertext"];
export const SHIFT_HINT = new RegExp(`\\b(?:${SHIFT_CIPHERS.join("|")})\\b`, "i");
/** One bit per hint pattern: which of ROT13_HINT, SHIFT_HINT, REVERSED_WORD_HINT and REVERSAL_ORDER_HINT may match a text. */
export const HINT_ROT13 = 1;
export const HINT_SHIFT = 2;
export const HINT_REVERSED_WORD = 4;
export const HINT_REVERSAL_ORDER = 8;
/**
 * Not a cipher's: the words besides a URL that exfiltration.data_send.secrets_url sends data to (Rule.requiresHint),
 * found by the same token lookup for free where three searches of a megabyte took a millisecond.
 */
export const HINT_PASTE_SITE = 16;
const PASTE_SITE_WORDS = ["public", "gist", "pastebin"];
export const ALL_HINTS = HINT_ROT13 | HINT_SHIFT | HINT_REVERSED_WORD | HINT_REVERSAL_ORDER | HINT_PASTE_SITE;
/**
 * The whole words of ASCII letters and digits the hint patterns can match (lower case), and those of HINT_PASTE_SITE,
 * each with the hint it opens: all are bounded by \b on both sides, and "rot-13" splits at the dash. The folding pass
 * looks for them (TextViews.cipherHints).
 */
export const CIPHER_HINT_TOKENS: ReadonlyMap<string, number> = new Map([
  ...["rot", "rot13", ...ROT13_WORDS].map((t) => [t, HINT_ROT13] as const),
  ...SHIFT_CIPHERS.map((t) => [t, HINT_SHIFT] as const),
  ...REVERSED_WORDS.map((t) => [t, HINT_REVERSED_WORD] as const),
  ...REVERSAL_WORDS.map((t) => [t, HINT_REVERSAL_ORDER] as const),
  ...PASTE_SITE_WORDS.map((t) => [t, HINT_PASTE_SITE] as const),
]);
/** English letter frequencies (per cent, a–z): the shift whose output is likeliest English is the one undone. */
const ENGLISH_FREQUENCY = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074];
const LOG_FREQUENCY = ENGLISH_FREQUENCY.map((f) => Math.log(f));


/**
 * Payloads that read the text itself again with a few spans rewritten (words split by symbols joined, string literals
 * or variables concatenated, combining marks and accents taken off Latin letters, a column of letters read across,
 * letters written with symbols turned into letters, misspelt trigger words spelt right, camel case split into words):
 * the same sentences, so only what reading it as written missed counts (analyze.ts). Each is tried only where the
 * symbols or the script it needs occur (`mayApply`, from the folding pass's record), so plain prose pays no scan.
 */
interface Rereading {
  encoding: DecodedPayload["encoding"];
  mayApply: (structure: TextStructure, ascii: boolean) => boolean;
  read: (text: string, limit: number, structure: TextStructure) => string | undefined;
}

const REREADING_LIST: readonly Rereading[] = [
  { encoding: "symbol_split", mayApply: (structure) => SPLIT_SYMBOLS.some((c) => mayHold(structure, c)), read: joinSymbolSplits },
  { encoding: "string_concat", mayApply: (structure) => mayHold(structure, PLUS) && (mayHold(structure, QUOTE) || mayHold(structure, APOSTROPHE)), read: joinStringLiterals },
  { encoding: "variable_concat", mayApply: (structure) => mayHold(structure, PLUS) && mayHold(structure, EQUALS), read: joinStringVariables },
  { encoding: "combining_marks", mayApply: (_structure, ascii) => !ascii, read: stripCombiningMarks },
  { encoding: "diacritics", mayApply: (_structure, ascii) => !ascii, read: stripDiacritics },
  { encoding: "vertical_text", mayApply: () => true, read: joinVerticalText },
  { encoding: "letter_symbols", mayApply: (_structure, ascii) => !ascii, read: readLetterSymbols },
  { encoding: "braille", mayApply: (_structure, ascii) => !ascii, read: readBraille },
  { encoding: "phonetic_alphabet", mayApply: () => true, read: readPhoneticAlphabet },
  { encoding: "pig_latin", mayApply: () => true, read: readPigLatin },
  { encoding: "word_chain", mayApply: () => true, read: joinWordChains },
  { encoding: "misspelling", mayApply: (structure) => structure.misspelt.length > 0, read: (text, limit, structure) => rewriteRegions(text, structure.misspelt.map((m) => [m]), limit) },
  { encoding: "camel_case", mayApply: () => true, read: splitCamelCase },
];
/**
 * Payloads that re-read the text: the rereadings above, and the escape decodings, which replace escapes where they
 * stand and keep the rest ("%02x" format strings in a Python file read as URL-encoding give back the same file).
 */
export const REREAD_ENCODINGS: ReadonlySet<DecodedPayload["encoding"]> = new Set([...REREADING_LIST.map((r) => r.encoding), "url", "unicode_escape", "html_entity", "quoted_printable"]);
/**
 * Re-readings only the rules read, not the models: misspelt words spelt right (the models' character n-grams read
 * through a typo already, and a word of another language spelt as English, "ignora" -> "ignore", only misleads them)
 * and camel case split into words (a name such as "ConvertToIntOpts" read as words is an order to the task detector).
 */
export const MODEL_BLIND_ENCODINGS: ReadonlySet<DecodedPayload["encoding"]> = new Set(["misspelling", "camel_case"]);
/**
 * Re-readings made of names ("CreateReadStreamOptions" -> "Create read stream options"): a name's verb is no task
 * ordered from the model, so the task-request rule does not count in them either.
 */
export const NAME_ENCODINGS: ReadonlySet<DecodedPayload["encoding"]> = new Set(["camel_case"]);

/** Share of characters a decoded payload must have printable for it to count as text. */
const MIN_PRINTABLE = 0.85;
const ASCII_LETTER_G = /[A-Za-z]/g;
const BASE64_MARKER = /[0-9+/=_-]/;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;
const HEX_SEPARATORS = /\\x|0[xX]|[ ,]/g;
const URL_SAFE_PLUS = /-/g;
const URL_SAFE_SLASH = /_/g;
const FORM_SPACE = /\+/g;
const PLUS = 43;
export const QUOTE = 34;
const EQUALS = 61;
export const APOSTROPHE = 39;
/** Widest line of a wrapped base64 payload (MIME wraps at 76, PEM at 64). */
const MAX_WRAP_WIDTH = 128;
/** What may stand between the lines of a wrapped base64 payload, and how it is removed. */
const WRAP_GAP = new Set(["\n", "\r\n", " "]);
const WRAP_SPACE = /\s/g;
/** A payload longer than this is decoded from its first characters only: attacks are short, blobs are not. */
export const MAX_PAYLOAD_CHARS = 64 * 1024;

/**
 * Unicode tag characters (U+E0000–U+E007F, one surrogate pair each) mirror ASCII and render as nothing: text
 * written in them ("ASCII smuggling") is invisible to a person but read by a model. Their one other use is the
 * emoji flag of a region (U+1F3F4, a few tag letters, U+E007F CANCEL TAG), which is left alone.
 */
export const TAG_RUN = /(?:\uDB40[\uDC00-\uDC7F])+/g;
const BLACK_FLAG = "\uD83C\uDFF4";
/** Tag characters of the longest region flag sequence (region codes are at most 7 letters, plus CANCEL TAG). */
const MAX_FLAG_TAGS = 8;

declare global {
  interface String {
    /** ES2024, in Node since 20: lone surrogates replaced by U+FFFD. */
    toWellFormed(): string;
  }
}

/** "(", ")", ":" and "|": what stands before a flag's piece (or its closing CANCEL TAG) in an alternation of a regular expression. */
const FLAG_PIECE_BEFORE: ReadonlySet<number> = new Set([40, 41, 58, 124]);
/** Whether every tag character of `run` is a lower-case letter, a digit or CANCEL TAG (0x7f): what region codes are made of. */
function regionTags(run: string): boolean {
  for (let i = 1; i < run.length; i += 2) {
    const c = run.charCodeAt(i) - 0xdc00;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x7f)) return false;
  }
  return true;
}

/**
 * `text` with every run of tag characters that is not part of a region flag replaced by the ASCII it spells
 * (`reveal`) or removed; undefined when there is none. Lone surrogates become U+FFFD first, so removing a run
 * cannot join a stray high and low surrogate around it into a new tag character.
 */
export function hiddenTagText(raw: string, reveal: boolean): string | undefined {
  if (!raw.includes("\uDB40")) return undefined;
  const text = raw.toWellFormed();
  const flags = text.includes(BLACK_FLAG);
  let found = false;
  const out = text.replace(TAG_RUN, (run: string, index: number) => {
    // A region's flag ("🏴" + "gbeng" + CANCEL TAG), or a piece of one as an emoji regular expression writes them ("🏴"
    // + "gb" + "(?:" + "eng" + "|" + "sct" + ")"): a short run of region-code letters right after the flag, or after
    // an alternation's "(", ")", ":" or "|" in a text that has a black flag. Smuggled prose has no alternation around
    // its pieces.
    const afterFlag = text.startsWith(BLACK_FLAG, index - BLACK_FLAG.length);
    if (run.length <= 2 * MAX_FLAG_TAGS && regionTags(run) && (afterFlag || (flags && FLAG_PIECE_BEFORE.has(text.charCodeAt(index - 1))))) return run;
    found = true;
    if (!reveal) return "";
    let ascii = "";
    for (let i = 1; i < run.length; i += 2) {
      const c = run.charCodeAt(i) - 0xdc00;
      if (c >= 0x20 && c < 0x7f) ascii += String.fromCharCode(c);
    }
    return ascii;
  });
  return found ? out : undefined;
}

/**
 * The hidden tag text of `raw` (the text as received, before normalisation strips it), as one payload. Budget is
 * spent only on text that hides something: a region's flag is no payload.
 */
export function revealHiddenTags(raw: string, budget: DecodeBudget): DecodedPayload | undefined {
  const revealed = hiddenTagText(raw, true);
  return revealed === undefined ? undefined : hiddenPayload("unicode_tags", [revealed], budget);
}

/**
 * Variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) choose a glyph for the character before them and render as
 * nothing; one at a time follows an emoji or a Han character. A run of them carries bytes, one per selector ("emoji
 * smuggling": VS1–VS16 are 0–15, VS17–VS256 are 16–255): invisible to a person, readable by a model told how.
 */
export const SELECTOR_RUN = /(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){4,}/g;

/** The text that runs of variation selectors in `raw` spell as UTF-8 bytes, those that are text, as one payload. */
export function revealVariationSelectors(raw: string, budget: DecodeBudget): DecodedPayload | undefined {
  // Text needs bytes from 16 up, which only the supplementary selectors (surrogates U+DB40 …) carry.
  if (!raw.includes("\uDB40")) return undefined;
  const spelled: string[] = [];
  SELECTOR_RUN.lastIndex = 0;
  for (let m = SELECTOR_RUN.exec(raw); m !== null; m = SELECTOR_RUN.exec(raw)) {
    const bytes: number[] = [];
    // Two code units a selector at most: a payload's worth of bytes.
    for (const c of m[0].slice(0, 2 * MAX_PAYLOAD_CHARS)) {
      const code = c.codePointAt(0) as number;
      bytes.push(code < 0x10000 ? code - 0xfe00 : code - 0xe0100 + 16);
    }
    const text = utf8(Buffer.from(bytes));
    if (looksLikeText(text)) spelled.push(text);
  }
  return hiddenPayload("variation_selectors", spelled, budget);
}

/** What invisible characters spelled, as one payload within the budget; undefined when they spelled no text. */
function hiddenPayload(encoding: DecodedPayload["encoding"], spelled: readonly string[], budget: DecodeBudget): DecodedPayload | undefined {
  if (spelled.length === 0) return undefined;
  const text = spelled.join(" ");
  const n = take(budget, text.length, 1);
  return n === 0 ? undefined : { encoding, text: text.slice(0, n) };
}

/**
 * Zero-width and invisible operator characters used as the two digits of binary ("sneaky bits": U+2062 INVISIBLE
 * TIMES for 0, U+2064 INVISIBLE PLUS for 1, or zero-width space and non-joiner): a run of at least two bytes' worth
 * made of exactly two of them. Either may stand for 1, so both readings are tried.
 */
const INVISIBLE_DIGITS = ["\u200B", "\u200C", "\u200D", "\u2060", "\u2062", "\u2063", "\u2064", "\uFEFF"];
export const INVISIBLE_BIT_RUN = new RegExp(`[${INVISIBLE_DIGITS.join("")}]{16,}`, "g");
/**
 * Two different invisible digits side by side, which every run holds (the bytes of text mix 0s and 1s): V8 finds
 * such a pair in megabytes several times faster than the run pattern, and neither zero-width characters threaded
 * through words nor a long run of one of them holds one.
 */
export const INVISIBLE_PAIR = new RegExp(`([${INVISIBLE_DIGITS.join("")}])(?!\\1)[${INVISIBLE_DIGITS.join("")}]`);

/** The two characters `run` is made of, or undefined when it has one or more than two. */
function twoSymbols(run: string): [string, string] | undefined {
  const first = run[0] as string;
  let second: string | undefined;
  for (const c of run) {
    if (c === first || c === second) continue;
    if (second !== undefined) return undefined;
    second = c;
  }
  return second === undefined ? undefined : [first, second];
}

/** The text that runs of two alternating invisible characters in `raw` spell as 8-bit UTF-8, as one payload. */
export function revealInvisibleBinary(raw: string, budget: DecodeBudget): DecodedPayload | undefined {
  if (isAscii(raw) || !INVISIBLE_PAIR.test(raw)) return undefined;
  const spelled: string[] = [];
  INVISIBLE_BIT_RUN.lastIndex = 0;
  for (let m = INVISIBLE_BIT_RUN.exec(raw); m !== null; m = INVISIBLE_BIT_RUN.exec(raw)) {
    const run = m[0].slice(0, Math.min(m[0].length - (m[0].length % 8), 8 * MAX_PAYLOAD_CHARS));
    const digits = twoSymbols(run);
    if (digits === undefined) continue;
    for (const one of digits) {
      const bytes: number[] = [];
      for (let i = 0; i < run.length; i += 8) {
        let b = 0;
        for (let j = i; j < i + 8; j++) b = (b << 1) | (run[j] === one ? 1 : 0);
        bytes.push(b);
      }
      const text = utf8(Buffer.from(bytes));
      if (looksLikeText(text)) {
        spelled.push(text);
        break;
      }
    }
  }
  return hiddenPayload("invisible_binary", spelled, budget);
}

/** Letter `k` (0–25) moved `shift` places on, or mirrored (Atbash) when `shift` is -1. */
function shiftLetter(k: number, shift: number): number {
  return shift < 0 ? 25 - k : (k + shift) % 26;
}

/** `s` with every ASCII letter moved by shiftLetter. */
function substitute(s: string, shift: number): string {
  return s.replace(ASCII_LETTER_G, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(base + shiftLetter(c.charCodeAt(0) - base, shift));
  });
}

/**
 * The substitution (a Caesar shift other than none or ROT13, which has its own payload, or Atbash) under which the
 * letters of `s` are likeliest English, when that beats `s` itself: the log-likelihood of the letter counts under
 * ENGLISH_FREQUENCY (less thrown by a few rare letters than chi-squared), so one pass over the text and 26 × 26
 * arithmetic decide.
 */
function likeliestShift(s: string): string | undefined {
  const counts = new Array<number>(26).fill(0);
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) {
      counts[c - 97] = (counts[c - 97] as number) + 1;
      total++;
    }
  }
  if (total < 8) return undefined;
  const likelihood = (shift: number): number => {
    let sum = 0;
    for (let k = 0; k < 26; k++) sum += (counts[k] as number) * (LOG_FREQUENCY[shiftLetter(k, shift)] as number);
    return sum;
  };
  let best = likelihood(0);
  let bestShift = 0;
  for (let shift = -1; shift < 26; shift++) {
    if (shift === 0 || shift === 13) continue;
    const score = likelihood(shift);
    if (score > best) {
      best = score;
      bestShift = shift;
    }
  }
  return bestShift === 0 ? undefined : substitute(s, bestShift);
}

/** The text in reverse, by code point (a surrogate pair stays one character). */
function reversed(text: string): string {
  return Array.from(text).reverse().join("");
}

export const DECODE_PATTERNS: readonly RegExp[] = [
  SHIFT_HINT, HEX_ESCAPED_RUN, HEX_SPACED_RUN, HEX_PREFIXED_RUN, BINARY_SPACED_RUN, BASE32_RUN, BINARY_DIGITS, SPACE_G, URL_ENCODED_RUN, QP_RUN, QP_SOFT_BREAK, WORD_G, UNICODE_ESCAPE, HTML_ENTITY, ROT13_HINT, REVERSED_WORD_HINT, TAG_RUN, SELECTOR_RUN, INVISIBLE_BIT_RUN, INVISIBLE_PAIR, ASCII_LETTER_G, BASE64_MARKER,
  UPPER, LOWER, HEX_SEPARATORS, URL_SAFE_PLUS, URL_SAFE_SLASH, FORM_SPACE, WRAP_SPACE,
];

/** Whether some run of MIN_QP_ESCAPES or more quoted-printable escapes spells ASCII letters. */
function hasQuotedPrintableText(text: string): boolean {
  QP_RUN.lastIndex = 0;
  for (let m = QP_RUN.exec(text); m !== null; m = QP_RUN.exec(text)) {
    if (m[0].length < 3 * MIN_QP_ESCAPES) continue;
    const spelled = Buffer.from(m[0].slice(0, 3 * MIN_QP_ESCAPES * 4).replaceAll("=", ""), "hex").toString("latin1");
    if ((spelled.match(ASCII_LETTER_G)?.length ?? 0) >= MIN_QP_LETTERS) {
      QP_RUN.lastIndex = 0;
      return true;
    }
  }
  return false;
}

function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const cls = CLASS[s.charCodeAt(i)] as number;
    if (cls & C_PRINTABLE && s.charCodeAt(i) !== 0xfffd) printable++;
    if (cls & C_LETTER) letters++;
  }
  return printable / s.length >= MIN_PRINTABLE && letters / s.length >= 0.4;
}

function base32(run: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < run.length; i++) {
    const v = BASE32_ALPHABET.indexOf(run[i] as string);
    if (v < 0) break;
    value = ((value << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function binary(digits: string): Buffer {
  const bytes = Buffer.alloc(digits.length >> 3);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 8, i * 8 + 8), 2);
  return bytes;
}

/** Base64, standard or URL-safe, as UTF-8 text. */
function fromBase64(run: string): string {
  return utf8(Buffer.from(run.replace(URL_SAFE_PLUS, "+").replace(URL_SAFE_SLASH, "/"), "base64"));
}

function utf8(bytes: Buffer): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

export function rot13(s: string): string {
  return substitute(s, 13);
}

/** Reserves budget for a payload; returns how many of its characters may be decoded (0: budget spent). */
function take(budget: DecodeBudget, size: number, align: number): number {
  if (budget.payloads <= 0 || budget.bytes <= 0) return 0;
  const n = Math.min(size, MAX_PAYLOAD_CHARS, budget.bytes);
  const aligned = n - (n % align);
  budget.payloads--;
  budget.bytes -= aligned;
  return aligned;
}

/**
 * Keeps a decode that yields text as a payload. One that does not (a commit hash, a CamelCase identifier read as
 * base64) is no payload and gives its payload back: its bytes stay spent, so the work stays bounded, and a
 * document full of identifiers is not reported as having run out of budget (only a flood of them bigger than the
 * byte budget is).
 */
function keepText(out: DecodedPayload[], budget: DecodeBudget, encoding: DecodedPayload["encoding"], text: string): boolean {
  if (looksLikeText(text)) {
    out.push({ encoding, text });
    return true;
  }
  budget.payloads++;
  return false;
}

function fromCodePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

/**
 * The text around its escapes (rewrite-regions.ts), each escape of `re` replaced by what it stands for, when it
 * holds at least `least` of them (by `weigh`), as one payload: escapes may be mixed with plain letters
 * ("\u0049gnore"). Only the regions are read again, so a source file or a page with a few escaped characters is not
 * read twice whole; the budget is charged for the whole text they stand for, as when it was, so what else gets
 * decoded does not change.
 */
function unescapeAll(text: string, marker: string, re: RegExp, least: number, budget: DecodeBudget, decode: (escape: RegExpExecArray) => string, weigh?: (match: string) => number): string | undefined {
  if (!text.includes(marker) || countUpTo(text, re, least, weigh) < least) return undefined;
  const n = take(budget, text.length, 1);
  if (n === 0) return undefined;
  const head = text.slice(0, n);
  const rewrites: Rewrite[][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) rewrites.push([{ start: m.index, end: m.index + m[0].length, text: decode(m) }]);
  re.lastIndex = 0;
  return rewriteRegions(head, rewrites, n);
}

/** How many things `re` finds in `text`, counted up to `limit`: each match counts `weigh` of it (one by default). */
function countUpTo(text: string, re: RegExp, limit: number, weigh: (match: string) => number = () => 1): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < limit) {
    const m = re.exec(text);
    if (m === null) break;
    n += weigh(m[0]);
  }
  re.lastIndex = 0;
  return n;
}

/** A group of base64 runs: one run, or the lines of a payload wrapped at a fixed width (`whole`, whitespace removed). */
interface Base64Group {
  whole?: string;
  pieces: string[];
}

/**
 * The base64 runs to decode, grouped: runs separated only by a line break or a space, each but the last a whole
 * number of 4-character groups and all as wide as the first (at most MAX_WRAP_WIDTH), are one payload wrapped as
 * MIME and PEM wrap it. The caller reads a group's pieces one by one when it has no whole or the whole is no text,
 * so a token after a blob of another kind is never lost inside it.
 */
function base64Groups(text: string, runs: ReadonlyArray<readonly [number, number]>): Base64Group[] {
  const out: Base64Group[] = [];
  let k = 0;
  while (k < runs.length) {
    const [start, end] = runs[k] as readonly [number, number];
    const width = end - start;
    let j = k + 1;
    while (j < runs.length && width <= MAX_WRAP_WIDTH) {
      const [ps, pe] = runs[j - 1] as readonly [number, number];
      const [s, e] = runs[j] as readonly [number, number];
      if (pe - ps !== width || width % 4 !== 0 || e - s > width || !WRAP_GAP.has(text.slice(pe, s))) break;
      j++;
    }
    const pieces = runs.slice(k, j).map(([s, e]) => text.slice(s, e));
    const last = (runs[j - 1] as readonly [number, number])[1];
    out.push(j - k > 1 && last - start <= MAX_PAYLOAD_CHARS ? { whole: text.slice(start, last).replace(WRAP_SPACE, ""), pieces } : { pieces });
    k = j;
  }
  return out;
}

/**
 * `structure` is scanStructure(text), when the caller has it already; `cipherHints` the hint patterns that may
 * match (a bit cleared when the caller has proven that pattern cannot, see TextViews.cipherHints); `ascii` true
 * when it knows the text is pure ASCII.
 */
export function decodePayloads(text: string, budget: DecodeBudget, structure: TextStructure = scanStructure(text), cipherHints = ALL_HINTS, ascii = false): DecodedPayload[] {
  const out: DecodedPayload[] = [];
  const { hexRuns, hexSpaced, binarySpaced } = structure;
  const base64Runs: string[] = [];
  for (const group of base64Groups(text, structure.base64Runs)) {
    if (group.whole !== undefined) {
      const n = take(budget, group.whole.length, 4);
      if (n === 0) return out;
      if (keepText(out, budget, "base64", fromBase64(group.whole.slice(0, n)))) continue;
    }
    base64Runs.push(...group.pieces);
  }
  for (const run of base64Runs) {
    // A run of only letters in one case is a word, not base64.
    if (!BASE64_MARKER.test(run) && !(UPPER.test(run) && LOWER.test(run))) continue;
    const n = take(budget, run.length, 4);
    if (n === 0) return out;
    const decoded = fromBase64(run.slice(0, n));
    if (keepText(out, budget, "base64", decoded)) continue;
    // Base32's alphabet lies inside base64's: a run of it is read both ways (its own payload when it is base32).
    if (BASE32_RUN.test(run)) {
      const m = take(budget, run.length, 8);
      if (m === 0) return out;
      keepText(out, budget, "base32", utf8(base32(run.slice(0, m))));
    }
  }
  // A hex run of only 0 and 1 is read as binary (eight digits a byte, when there are six bytes or more), never as hex.
  const binaryPayloads: string[] = [];
  const hexRunPayloads: string[] = [];
  for (const [s, e] of hexRuns) {
    const run = text.slice(s, e);
    if (!BINARY_DIGITS.test(run)) hexRunPayloads.push(run.slice(0, run.length - (run.length % 2)));
    else if (run.length >= 48) binaryPayloads.push(run);
  }
  if (binarySpaced) for (const m of text.matchAll(BINARY_SPACED_RUN)) binaryPayloads.push(m[0].replace(SPACE_G, ""));
  for (const digits of binaryPayloads) {
    const n = take(budget, digits.length, 8);
    if (n === 0) return out;
    keepText(out, budget, "binary", utf8(binary(digits.slice(0, n))));
  }
  const hexPayloads = [
    ...hexRunPayloads,
    ...(text.includes("\\x") ? Array.from(text.matchAll(HEX_ESCAPED_RUN), (m) => m[0]) : []),
    ...(hexSpaced ? Array.from(text.matchAll(HEX_SPACED_RUN), (m) => m[0]) : []),
    ...(text.includes("0x") || text.includes("0X") ? Array.from(text.matchAll(HEX_PREFIXED_RUN), (m) => m[0]) : []),
  ];
  {
    for (const raw of hexPayloads) {
      const hex = raw.replace(HEX_SEPARATORS, "");
      const n = take(budget, hex.length, 2);
      if (n === 0) return out;
      keepText(out, budget, "hex", utf8(Buffer.from(hex.slice(0, n), "hex")));
    }
  }
  // Escapes, not runs of them: a text in a non-Latin script, every character and space escaped, is one run of many.
  const url = unescapeAll(text, "%", URL_ENCODED_RUN, MIN_URL_ESCAPES, budget, ([run]) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  }, (run) => run.length / 3);
  if (url !== undefined) out.push({ encoding: "url", text: url.replace(FORM_SPACE, " ") });
  if (text.includes("=") && hasQuotedPrintableText(text)) {
    const n = take(budget, text.length, 1);
    if (n === 0) return out;
    const decoded = text.slice(0, n).replace(QP_SOFT_BREAK, "").replace(QP_RUN, (run) => utf8(Buffer.from(run.replaceAll("=", ""), "hex")));
    out.push({ encoding: "quoted_printable", text: decoded });
  }
  const unicode = unescapeAll(text, "\\u", UNICODE_ESCAPE, MIN_CHAR_ESCAPES, budget, (m) => String.fromCharCode(parseInt(m[1] as string, 16)));
  if (unicode !== undefined) out.push({ encoding: "unicode_escape", text: unicode });
  const html = unescapeAll(text, "&#", HTML_ENTITY, MIN_CHAR_ESCAPES, budget, (m) => fromCodePoint(m[1] !== undefined ? Number(m[1]) : parseInt(m[2] as string, 16)));
  if (html !== undefined) out.push({ encoding: "html_entity", text: html });
  for (const run of morseRuns(text, MAX_PAYLOAD_CHARS)) {
    const n = take(budget, run.length, 1);
    if (n === 0) return out;
    keepText(out, budget, "morse", run.slice(0, n));
  }
  for (const { encoding, mayApply, read } of REREADING_LIST) {
    if (!mayApply(structure, ascii)) continue;
    const again = read(text, MAX_PAYLOAD_CHARS, structure);
    if (again === undefined) continue;
    const n = take(budget, again.length, 1);
    if (n === 0) return out;
    out.push({ encoding, text: again.slice(0, n) });
  }
  if ((cipherHints & HINT_ROT13) !== 0 && ROT13_HINT.test(text)) {
    const n = take(budget, text.length, 1);
    if (n > 0) out.push({ encoding: "rot13", text: rot13(text.slice(0, n)) });
  }
  if ((cipherHints & HINT_SHIFT) !== 0 && SHIFT_HINT.test(text)) {
    const n = take(budget, text.length, 1);
    const shifted = n > 0 ? likeliestShift(text.slice(0, n)) : undefined;
    if (shifted !== undefined) out.push({ encoding: "caesar", text: shifted });
  }
  if (((cipherHints & HINT_REVERSED_WORD) !== 0 && REVERSED_WORD_HINT.test(text)) || ((cipherHints & HINT_REVERSAL_ORDER) !== 0 && execNear(text, REVERSAL_ORDER_NEAR, 0) !== null)) {
    const n = take(budget, text.length, 1);
    if (n > 0) out.push({ encoding: "reversed", text: reversed(text.slice(0, n)) });
    // Each word reversed where it stands ("erongi lla suoiverp snoitcurtsni") reads in order only this way.
    const m = take(budget, text.length, 1);
    if (m > 0) out.push({ encoding: "reversed_words", text: text.slice(0, m).replace(WORD_G, reversed) });
  }
  return out;
}
