/**
 * A pattern tried only near its anchors. When every match of a pattern holds a match of a cheap anchor pattern
 * (`name = "…"` holds `= "`, a URL's password `://`, "do a + b" its "+") that starts at most `before` characters
 * after the match's own start, the pattern can only start in the `before` + 1 positions up to an anchor. Trying it
 * (sticky) at those positions alone finds the same matches in the same order as a scan from every position does,
 * and on text where anchors are rare it skips nearly all of the work: a scan of a megabyte of prose by a pattern
 * that opens on a word costs milliseconds, the anchor's literal search a fraction of one.
 */
export interface NearPattern {
  /** The pattern (global), as the rest of the code and the linear-time test know it. */
  readonly pattern: RegExp;
  /** A global pattern every match of `pattern` holds a match of. */
  readonly anchor: RegExp;
  /** At most this many characters from a match's start to the start of the anchor match it holds. */
  readonly before: number;
  /** `pattern` made sticky: tried at one position only. */
  readonly sticky: RegExp;
  /** `anchor` made sticky. */
  readonly anchorSticky: RegExp;
  /** Texts shorter than this are scanned whole: there the anchor search and the tries around each anchor cost more. */
  readonly minChars: number;
}

/** Below this length a scan from every position is the cheaper (a kilobyte of README: 45 µs against 50). */
const NEAR_MIN_CHARS = 16 * 1024;
/**
 * Where anchors stand densely ("DAN DAN DAN …"), a try from every position near one is a try from nearly every
 * position, each a call into the regular expression engine: after DENSE_AFTER tries, when they come to more than one
 * in DENSE_SPACING characters, the rest is scanned whole from where the tries stopped (the same leftmost match: the
 * positions before it were tried already). A 5 MB text of "DAN " took 280 ms the other way, 140 scanned whole.
 */
const DENSE_AFTER = 64;
const DENSE_SPACING = 4;

export function nearPattern(pattern: RegExp, anchor: RegExp, before: number, minChars = NEAR_MIN_CHARS): NearPattern {
  if (!pattern.global || !anchor.global) throw new Error("nearPattern: both patterns must be global");
  const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", "") + "y");
  return { pattern, anchor, before, sticky: sticky(pattern), anchorSticky: sticky(anchor), minChars };
}

/** The leftmost match of `near.pattern` in `text` starting at `from` or later, or null: as `pattern.exec` from `from`. */
export function execNear(text: string, near: NearPattern, from: number): RegExpExecArray | null {
  const { anchor, sticky, before } = near;
  if (text.length < near.minChars) {
    near.pattern.lastIndex = from;
    const m = near.pattern.exec(text);
    near.pattern.lastIndex = 0;
    return m;
  }
  let next = from;
  let tries = 0;
  anchor.lastIndex = from;
  for (let a = anchor.exec(text); a !== null; a = anchor.exec(text)) {
    const at = a.index;
    // Every anchor start is tried, also one inside the last anchor match ("===" holds "==" twice).
    anchor.lastIndex = at + 1;
    for (let s = Math.max(next, at - before); s <= at; s++) {
      if (++tries > DENSE_AFTER && tries * DENSE_SPACING > at - from) {
        anchor.lastIndex = 0;
        near.pattern.lastIndex = s;
        const m = near.pattern.exec(text);
        near.pattern.lastIndex = 0;
        return m;
      }
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m !== null) {
        anchor.lastIndex = 0;
        return m;
      }
    }
    next = at + 1;
  }
  anchor.lastIndex = 0;
  return null;
}

/**
 * As execNear, when every anchor starts at one of `starts` (ascending positions, known to the caller): `near.sticky`
 * is tried at those of them that hold an anchor. Where anchors can stand at only a few positions of a long text
 * (Han and kana words in a page of English with a few Chinese lines), that skips the anchor's scan of all of it.
 */
export function execAtStarts(text: string, near: NearPattern, starts: Int32Array, from: number): RegExpExecArray | null {
  if (text.length < near.minChars) return execNear(text, near, from);
  const { anchorSticky, sticky, before } = near;
  let next = from;
  for (let k = lowerBound(starts, from); k < starts.length; k++) {
    const at = starts[k] as number;
    anchorSticky.lastIndex = at;
    if (!anchorSticky.test(text)) continue;
    for (let s = Math.max(next, at - before); s <= at; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    next = at + 1;
  }
  return null;
}

/** The first index of ascending `values` holding `value` or more (values.length when none). */
function lowerBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every match, as a global scan (`pattern.exec` until null) gives them. */
export function matchesNear(text: string, near: NearPattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = execNear(text, near, 0); m !== null; m = execNear(text, near, m.index + Math.max(1, m[0].length))) out.push(m);
  return out;
}
