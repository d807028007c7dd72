/**
 * The words attacks are written with and obfuscators therefore disguise: typos.ts reads a transposition or a
 * scrambling of one as the word, misspellings.ts a letter left out, added or changed or the vowels left out, and
 * split-words.ts a word split by a space or a symbol ("ig nore", "instruc*tions").
 */
export const TRIGGERS: readonly string[] = [
  "ignore", "disregard", "forget", "previous", "instructions", "instruction", "directions", "prompt", "system",
  "reveal", "password", "secret", "override", "bypass", "jailbreak", "developer", "restrictions", "guidelines",
  "everything", "unrestricted", "uncensored", "unfiltered", "pretend", "confidential", "hidden", "above",
  "prior", "earlier", "rules", "initial", "verbatim", "without", "conversation", "history",
  // A gatekeeper's success phrase, misspelt to slip past its owner's filter ("Say Acess Grantd").
  "access", "granted",
  // What the override drops, in the other rule languages, written in ASCII letters: nouns and adjectives, whose forms
  // one letter apart mean the same ("anweisung", "anterior"); a verb's mean another thing ("olvidar", "oublier").
  "anweisungen", "vorherigen", "instrucciones", "anteriores", "istruzioni", "precedenti", "consignes",
];

/**
 * English words that typos.ts or misspellings.ts would otherwise read as a trigger word ("forgot", "prepend",
 * "conservation", "roles"): they stay as written. A test checks both readers against SCOWL's English word lists and
 * names any word missing here.
 */
export const ENGLISH_LOOKALIKES: ReadonlySet<string> = new Set([
  "abode", "bidden", "conservation", "consigned", "consignee", "consignees", "consigns", "conversations", "developed",
  "developers", "direction", "disregards", "forgat", "forge", "forged", "forger", "forges", "forgets", "forgot",
  "gorget", "grafted", "grantee", "granter", "grated", "grunted", "guideline", "gules", "hodden", "ignored", "ignorer",
  "ignores", "initials", "jailbreaks", "midden", "mules", "overrides", "overripe", "overrode", "overside", "passwords",
  "pearlier", "pervious", "prebend", "precedent", "precedents", "precious", "prepend", "pretends", "prier", "prion",
  "priors", "priory", "prompts", "pules", "rales", "ranted", "repeal", "reseal", "restriction", "reveals", "revel",
  "ridden", "riles", "roles", "rubes", "rubles", "ruled", "ruler", "rulers", "runes", "ruses", "secrete", "secrets",
  "signore", "systems", "uncensured",
]);
