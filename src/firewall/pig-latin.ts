/**
 * Text written in Pig Latin ("ignoreway allway eviouspray instructionsway"): each word's first consonants moved to
 * its end and "ay" added ("way" after a word that begins with a vowel). A model reads it; the rules see nonsense.
 * A line where most words end in "ay" is read again with each such word turned back: "way" dropped, or the run of
 * consonants before "ay" that can begin an English word moved back to the front ("omptpray" → "prompt").
 */
import { isAsciiLetter } from "./charclass.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** Consonant clusters that begin English words: the moved part is one of them. */
const ONSETS = new Set([
  "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z",
  "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn", "ph", "pl", "pr", "qu", "sc", "sh", "sk", "sl", "sm",
  "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr", "sch", "scr", "shr", "spl", "spr", "squ", "str", "thr",
]);
const VOWELS = new Set(["a", "e", "i", "o", "u"]);
/** A word of ASCII letters; Pig Latin words are lower-case English. */
export const PIG_WORD = /[A-Za-z]+/g;
/** Words on a line that must end in "ay", and their share, before it is read as Pig Latin: "say", "way", "day" are English. */
const MIN_WORDS = 4;
const MIN_SHARE = 0.6;
const LONGEST_ONSET = 3;

/** One Pig Latin word turned back, or undefined when it is not one. */
function unpig(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 4 || !w.endsWith("ay")) return undefined;
  const stem = w.slice(0, -2);
  if (stem.endsWith("w") && VOWELS.has(stem[0] as string)) return stem.slice(0, -1);
  let start = stem.length;
  while (start > 1 && !VOWELS.has(stem[start - 1] as string) && stem.length - (start - 1) <= LONGEST_ONSET) start--;
  let fallback: string | undefined;
  for (let at = start; at < stem.length; at++) {
    if (!ONSETS.has(stem.slice(at))) continue;
    const word = stem.slice(at) + stem.slice(0, at);
    // Which consonants moved is ambiguous ("eviouspr": "pr" or "spr"); the one that leaves the rest ending as English
    // words mostly end, on a consonant or an "e", is the likelier.
    if (!VOWELS.has(stem[at - 1] as string) || stem[at - 1] === "e") return word;
    fallback ??= word;
  }
  return fallback;
}

/** Share of all words of the text that must end in "ay" before its lines are looked at: English prose has "today" and "holiday" too. */
const MIN_TEXT_SHARE = 0.3;

/**
 * Whether enough of the words of `head` end in "ay": first the words ending in "ay" are counted by searching for "ay"
 * (prose has few), and only when there are MIN_WORDS of them are all the words counted.
 */
function mayBePigLatin(head: string): boolean {
  let pig = 0;
  for (let at = head.indexOf("ay"); at !== -1; at = head.indexOf("ay", at + 2)) {
    if (at >= 2 && isAsciiLetter(head.charCodeAt(at - 1)) && isAsciiLetter(head.charCodeAt(at - 2)) && !isAsciiLetter(head.charCodeAt(at + 2))) pig++;
  }
  if (pig < MIN_WORDS) return false;
  const words = head.match(PIG_WORD)?.length ?? 0;
  return pig >= MIN_TEXT_SHARE * words;
}

/** The text around every line that reads as Pig Latin, turned back (see rewriteRegions); undefined when no line does. */
export function readPigLatin(text: string, limit: number): string | undefined {
  const head = text.slice(0, limit);
  if (!mayBePigLatin(head)) return undefined;
  const lines: Rewrite[][] = [];
  for (let start = 0; start <= head.length; ) {
    let end = head.indexOf("\n", start);
    if (end === -1) end = head.length;
    const line = head.slice(start, end);
    const words = line.match(PIG_WORD) ?? [];
    const turned = words.map(unpig);
    const pig = turned.filter((w) => w !== undefined).length;
    if (pig >= MIN_WORDS && pig >= MIN_SHARE * words.length) {
      let k = 0;
      lines.push([{ start, end, text: line.replace(PIG_WORD, (w) => turned[k++] ?? w) }]);
    }
    start = end + 1;
  }
  return rewriteRegions(head, lines, limit);
}
