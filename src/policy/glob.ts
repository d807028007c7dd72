/**
 * Matches `name` against a pattern where `*` stands for any run of characters (possibly empty) and every
 * other character is literal. Iterative two-pointer matching: no regular expression, no backtracking blow-up.
 */
export function globMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === "*") {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

export function anyGlobMatches(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => globMatch(pattern, name));
}
