/** Morse code in a text: decode.ts reads what it spells like any other encoded payload. */

/**
 * International Morse code, letters and digits, indexed by the code read as binary digits after a leading 1 (dot 0,
 * dash 1): ".-" is 0b101. Codes are at most five long, so the table has 64 entries.
 */
const MORSE = (() => {
  const table: string[] = new Array<string>(64).fill("");
  const codes: Record<string, string> = {
    a: ".-", b: "-...", c: "-.-.", d: "-..", e: ".", f: "..-.", g: "--.", h: "....", i: "..", j: ".---", k: "-.-", l: ".-..", m: "--",
    n: "-.", o: "---", p: ".--.", q: "--.-", r: ".-.", s: "...", t: "-", u: "..-", v: "...-", w: ".--", x: "-..-", y: "-.--", z: "--..",
    0: "-----", 1: ".----", 2: "..---", 3: "...--", 4: "....-", 5: ".....", 6: "-....", 7: "--...", 8: "---..", 9: "----.",
  };
  for (const [ch, code] of Object.entries(codes)) table[[...code].reduce((v, c) => v * 2 + (c === "-" ? 1 : 0), 1)] = ch;
  return table;
})();
/**
 * Fewest letters, and fewest different ones, a Morse run must spell to be read: ellipses and dashes in prose make a
 * few, and a ruler of spaced dashes spells one letter many times.
 */
const MIN_MORSE_LETTERS = 12;
const MIN_MORSE_DISTINCT = 5;
/**
 * Scratch for morseRuns: the run (numbered across calls, so nothing is cleared) that last spelled each letter;
 * letters and digits are distinct in their low six bits.
 */
const MORSE_SEEN = new Float64Array(64);
let morseRun = 0;
const DOT = 46;
const DASH = 45;
const SLASH = 47;
const SPACE_CODE = 32;

/**
 * The texts spelled by runs of Morse code: letters of dots and dashes separated by one space, words by a slash or
 * by more than one space. One pass; a character that is none of these, or a code Morse has no letter for, ends a
 * run. A run is read up to `maxLetters` letters.
 */
export function morseRuns(text: string, maxLetters: number): string[] {
  const out: string[] = [];
  if (!text.includes(".-") && !text.includes("-.")) return out;
  let words = "";
  let letters = 0;
  let distinct = 0;
  morseRun++;
  // The current letter's code (see MORSE; 1 = none yet) and how many spaces or slashes came before it.
  let code = 1;
  let gap = 0;
  const flush = (): void => {
    if (letters >= MIN_MORSE_LETTERS && distinct >= MIN_MORSE_DISTINCT) out.push(words);
    words = "";
    letters = 0;
    distinct = 0;
    morseRun++;
  };
  // Where the next dot and dash stand (-1: none left): between runs the loop jumps to the nearer, since nothing else
  // can start one and a gap counts only after a letter.
  let nextDot = text.indexOf(".");
  let nextDash = text.indexOf("-");
  for (let i = 0; i <= text.length; i++) {
    if (letters === 0 && code === 1) {
      if (nextDot !== -1 && nextDot < i) nextDot = text.indexOf(".", i);
      if (nextDash !== -1 && nextDash < i) nextDash = text.indexOf("-", i);
      if (nextDot === -1 && nextDash === -1) break;
      i = nextDot === -1 ? nextDash : nextDash === -1 ? nextDot : Math.min(nextDot, nextDash);
    }
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c === DOT || c === DASH) {
      if (code === 1 && gap > 1 && letters > 0 && letters < maxLetters) words += " ";
      gap = 0;
      code = code < 64 ? code * 2 + (c === DASH ? 1 : 0) : 64;
      continue;
    }
    if (code !== 1) {
      const letter = code < 64 ? (MORSE[code] as string) : "";
      code = 1;
      if (letter === "") {
        flush();
        gap = 0;
        continue;
      }
      if (letters < maxLetters) words += letter;
      const slot = letter.charCodeAt(0) & 63;
      if (MORSE_SEEN[slot] !== morseRun) {
        MORSE_SEEN[slot] = morseRun;
        distinct++;
      }
      letters++;
    }
    if (c === SPACE_CODE) gap++;
    else if (c === SLASH) gap += 2;
    else {
      flush();
      gap = 0;
    }
  }
  return out;
}
