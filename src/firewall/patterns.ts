/** Every regular expression the firewall evaluates, gathered so one test can check them all for ReDoS. */
import { ANCHORED, NEAR_RULES, DISCUSSED, FLOOD_DICTATION, FLOOD_WORD_BEFORE, NEGATED, OPEN_TURN, NEGATED_AFTER, NEGATED_FINAL, NOUN_BEFORE, POSSIBLE_BEFORE, REPORTED, SUGGESTED } from "./analyze.js";
import { CHARCLASS_PATTERNS } from "./charclass.js";
import { DECODE_PATTERNS, REVERSAL_ORDER_NEAR } from "./decode.js";
import { NORMALIZE_PATTERNS } from "./normalize.js";
import type { NearPattern } from "./near-matches.js";
import { PII_PATTERNS, URL_PASSWORD_NEAR } from "./pii.js";
import { RULE_PATTERNS } from "./rules.js";
import { SENTENCE_PATTERNS } from "./sentences.js";
import { COMBINING_MARK_PATTERNS } from "./combining-marks.js";
import { DIACRITIC_PATTERNS } from "./diacritics.js";
import { STRING_CONCAT_PATTERNS } from "./string-concat.js";
import { ASSIGNMENT_NEAR, CHAIN_START_NEAR, VARIABLE_CONCAT_PATTERNS } from "./variable-concat.js";
import { SYMBOL_RANGES } from "./letter-symbols.js";
import { SYMBOL_SPLIT_PATTERNS } from "./symbol-splits.js";
import { TOPIC_PATTERNS } from "./topic.js";
import { PHONETIC_TOKEN } from "./phonetic-alphabet.js";
import { PIG_WORD } from "./pig-latin.js";
import { CODE_LIKE, COMMENT_LINE, TRIPLE_QUOTE } from "./code-document.js";
import { LANGUAGE_PATTERNS } from "./language.js";
import { ITEM_MARKER } from "./word-chains.js";
import { CAMEL_CASE_PATTERNS } from "./camel-case.js";
import { FEW_SHOT_PATTERNS } from "./few-shot.js";
import { GUARDED_OUTPUT_PATTERNS } from "./guarded-output.js";

/** Every pattern tried only near its anchors (near-matches.ts), named: one test checks each finds what a whole scan finds. */
export const NEAR_PATTERNS: readonly (readonly [string, NearPattern])[] = [
  ...[...NEAR_RULES].map(([rule, near]) => [rule.id, near] as const),
  ["pii URL_PASSWORD", URL_PASSWORD_NEAR],
  ["variable-concat ASSIGNMENT", ASSIGNMENT_NEAR],
  ["variable-concat CHAIN_START", CHAIN_START_NEAR],
  ["decode REVERSAL_ORDER_HINT", REVERSAL_ORDER_NEAR],
];

export const ALL_PATTERNS: readonly RegExp[] = [
  ...NEAR_PATTERNS.map(([, near]) => near.anchor),
  ...RULE_PATTERNS,
  ...PII_PATTERNS,
  ...DECODE_PATTERNS,
  ...NORMALIZE_PATTERNS,
  NEGATED,
  NEGATED_AFTER,
  NEGATED_FINAL,
  SUGGESTED,
  NOUN_BEFORE,
  POSSIBLE_BEFORE,
  CODE_LIKE,
  REPORTED,
  DISCUSSED,
  FLOOD_DICTATION,
  FLOOD_WORD_BEFORE,
  OPEN_TURN,
  ...ANCHORED.rules.map((r) => r.sticky),
  ...ANCHORED.rules.flatMap((r) => (r.cjkLead === undefined ? [] : [r.cjkLead])),
  ...CHARCLASS_PATTERNS,
  ...TOPIC_PATTERNS,
  ...SENTENCE_PATTERNS,
  ...LANGUAGE_PATTERNS,
  ...SYMBOL_SPLIT_PATTERNS,
  ...STRING_CONCAT_PATTERNS,
  ...VARIABLE_CONCAT_PATTERNS,
  SYMBOL_RANGES,
  ...COMBINING_MARK_PATTERNS,
  ...DIACRITIC_PATTERNS,
  PHONETIC_TOKEN,
  PIG_WORD,
  COMMENT_LINE,
  TRIPLE_QUOTE,
  ITEM_MARKER,
  ...CAMEL_CASE_PATTERNS,
  ...GUARDED_OUTPUT_PATTERNS,
  ...FEW_SHOT_PATTERNS,
];
