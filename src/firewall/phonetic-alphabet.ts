/**
 * Text spelled in the NATO phonetic alphabet ("India Golf November Oscar Romeo Echo / Alfa Lima Lima"), one of
 * garak's encoding probes: a model reads the letters, the rules see a list of names. A run of MIN_WORDS or more
 * code words is read again as the letters they spell; a "/", "|" or "," between them, or the word "space" or
 * "stop", ends a word.
 */
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

const CODE_WORDS: ReadonlyMap<string, string> = new Map([
  ["alfa", "a"], ["alpha", "a"], ["bravo", "b"], ["charlie", "c"], ["delta", "d"], ["echo", "e"], ["foxtrot", "f"], ["golf", "g"],
  ["hotel", "h"], ["india", "i"], ["juliett", "j"], ["juliet", "j"], ["kilo", "k"], ["lima", "l"], ["mike", "m"], ["november", "n"],
  ["oscar", "o"], ["papa", "p"], ["quebec", "q"], ["romeo", "r"], ["sierra", "s"], ["tango", "t"], ["uniform", "u"], ["victor", "v"],
  ["whiskey", "w"], ["whisky", "w"], ["xray", "x"], ["yankee", "y"], ["zulu", "z"],
]);
const WORD_BREAKS: ReadonlySet<string> = new Set(["/", "|", ",", "space", "stop"]);
/** Words and separators, one token each. */
export const PHONETIC_TOKEN = /[A-Za-z]+|[/|,]/g;
/** Code words in a row that spell something: fewer are a call sign or a list of places ("Lima, Quebec and Victoria"). */
const MIN_WORDS = 8;
/**
 * What a spelled text almost always holds, looked for before it is tokenised: "Echo" or "Oscar" (e and o, the
 * commonest letters of English) in any case.
 */
const PRECHECK = ["cho", "CHO", "scar", "SCAR"];

/** The text around every run of MIN_WORDS or more code words, read as what it spells (see rewriteRegions); undefined when there is none. */
export function readPhoneticAlphabet(text: string, limit: number): string | undefined {
  const head = text.slice(0, limit);
  if (!PRECHECK.some((w) => head.includes(w))) return undefined;
  const runs: Rewrite[][] = [];
  let runStart = -1;
  let runEnd = -1;
  let spelled = "";
  let words = 0;
  const close = (): void => {
    if (words >= MIN_WORDS) runs.push([{ start: runStart, end: runEnd, text: spelled.trim() }]);
    runStart = -1;
    spelled = "";
    words = 0;
  };
  PHONETIC_TOKEN.lastIndex = 0;
  for (let m = PHONETIC_TOKEN.exec(head); m !== null; m = PHONETIC_TOKEN.exec(head)) {
    const token = m[0].toLowerCase();
    const letter = CODE_WORDS.get(token);
    if (letter !== undefined) {
      if (runStart === -1) runStart = m.index;
      spelled += letter;
      words++;
      runEnd = m.index + m[0].length;
    } else if (runStart !== -1 && WORD_BREAKS.has(token)) {
      if (!spelled.endsWith(" ")) spelled += " ";
    } else if (runStart !== -1) {
      close();
    }
  }
  if (runStart !== -1) close();
  PHONETIC_TOKEN.lastIndex = 0;
  return rewriteRegions(head, runs, limit);
}
