/**
 * Whether a sentence of the folded view is written in a language other than English. The task detector learnt
 * English data from English prose only, while its requests include the German prompts of the training pool: to it
 * every German sentence looked like a request, and it blocked 104 of 195 German manual pages read as fetched
 * data. It reads only what it learnt to judge (task-classifier.ts); the rules, in nine languages, read everything.
 * The prompt classifier's benign side is English too, and it read Portuguese and German manual pages pasted into a
 * prompt at 0.98–0.99: for another language its bar rises with the length read, as for fetched data (index.ts).
 */

/**
 * Function words of German, French, Spanish, Italian, Portuguese and Dutch that are not English words, names or
 * what the folded view makes of them as well ("die", "as", "son", "met", "par", "non", "os", "com" of ".com", "del",
 * "do", the "e" of "e.g." are left out).
 */
const OTHER_FUNCTION_WORDS = new Set(
  [
    "der das und ist nicht ein eine einen einem einer eines dem den des mit von für auf wie wenn oder sich sie ihre wird werden wurde wurden kann können muss nur bei zum zur aus dass ich wir sind durch über alle auch noch zu im gibt diese dieser dies sein seine kein keine haben hier bereits",
    "le la les et est une des du que qui pour dans pas sur avec ce cette sont au aux vous nous il elle ou leur être peut à aussi sans ses mais été fait cela où",
    "el los las es una para por con lo su sus como pero más está esta este puede cuando al también sin hay muy ya desde",
    "gli è di che della delle dei degli sono questo questa anche può nel nella alla molto ogni essere tra",
    "é uma não da das em na se mais ao pelo pela são também sem muito já pode",
    "het een niet zijn voor dat deze wordt kunnen",
  ]
    .join(" ")
    .split(" "),
);
const ENGLISH_FUNCTION_WORDS = new Set("the a an and or to of in on is are was be for with that this it you your as at by from not can will if we they i my our".split(" "));
/** Letters with the accents of those languages: a word holding one ("größe", "können", "été") counts as theirs. */
const ACCENTED = /[äöüßàâçéèêëîïôûùœñãõìòá]/;
/** Letters of scripts English is not written in (Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Hangul, kana, Thai). */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/** Any character outside ASCII: without one, neither accents nor another script need looking for. */
const NON_ASCII = /[^\x00-\x7f]/;
const NOT_LATIN_LETTER = /[^a-z]/g;
/** Between the words of the folded view: a space, or a line break between its sentences. */
const WORD_BREAK = /[ \n]/;
export const LANGUAGE_PATTERNS: readonly RegExp[] = [ACCENTED, OTHER_SCRIPT, NON_ASCII, NOT_LATIN_LETTER, WORD_BREAK];
/** Other-script letters a sentence needs before its script decides (a Greek letter in a formula does not). */
const MIN_OTHER_SCRIPT = 4;

/**
 * Whether the sentence (or a whole folded view) reads as another language: at least two of another language's function words or accented
 * words, and more of them than English function words; or mostly another script.
 */
export function otherLanguage(sentence: string): boolean {
  const ascii = !NON_ASCII.test(sentence);
  let other = 0;
  let english = 0;
  for (const word of sentence.split(WORD_BREAK)) {
    if (OTHER_FUNCTION_WORDS.has(word) || (!ascii && ACCENTED.test(word))) other++;
    else if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
  }
  if (other >= 2 && other > english) return true;
  if (ascii) return false;
  const script = sentence.match(OTHER_SCRIPT)?.length ?? 0;
  return script >= MIN_OTHER_SCRIPT && script * 2 > sentence.replace(NOT_LATIN_LETTER, "").length;
}
