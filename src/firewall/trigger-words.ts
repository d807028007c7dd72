/**
 * The words attacks are written with and obfuscators therefore disguise: typos.ts reads a transposition of one as
 * the word, split-words.ts a word split by a space or a symbol ("ig nore", "instruc*tions").
 */
export const TRIGGERS: readonly string[] = [
  "ignore", "disregard", "forget", "previous", "instructions", "instruction", "directions", "prompt", "system",
  "reveal", "password", "secret", "override", "bypass", "jailbreak", "developer", "restrictions", "guidelines",
  "everything", "unrestricted", "uncensored", "unfiltered", "pretend", "confidential", "hidden", "above",
];
