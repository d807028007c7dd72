/**
 * Finds encoded payloads (base64, hex, URL-encoding, ROT13) embedded in text and decodes them so the
 * detectors can scan what the model would read after decoding. Bounded: each call decodes at most
 * `budget.bytes` characters in total and `budget.payloads` payloads; the caller bounds recursion depth.
 */
export interface DecodeBudget {
  bytes: number;
  payloads: number;
}

export interface DecodedPayload {
  encoding: "base64" | "hex" | "url" | "rot13";
  text: string;
}

export const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
export const HEX_RUN = /(?:[0-9a-fA-F][0-9a-fA-F]){8,}/g;
export const HEX_ESCAPED_RUN = /(?:\\x[0-9a-fA-F][0-9a-fA-F]|[0-9a-fA-F][0-9a-fA-F] ){6,}/g;
export const URL_ENCODED_RUN = /(?:%[0-9a-fA-F][0-9a-fA-F]){2,}/g;
/** ROT13 forms of common trigger words, or an explicit mention of the cipher: only then is a ROT13 view worth scanning. */
export const ROT13_HINT = /\b(?:rot-?13|vtaber|qvfertneq|cerivbhf|vafgehpgvbaf|flfgrz|cebzcg|wnvyoernx|erirny|cnffjbeq)\b/i;

const DECODERS_PATTERNS = [BASE64_RUN, HEX_RUN, HEX_ESCAPED_RUN, URL_ENCODED_RUN, ROT13_HINT] as const;
export const DECODE_PATTERNS: readonly RegExp[] = DECODERS_PATTERNS;

/** Share of characters a decoded payload must have printable for it to count as text. */
const MIN_PRINTABLE = 0.85;
const PRINTABLE = /[\p{L}\p{N}\p{P}\p{Zs}\p{S}\n\r\t]/u;

function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (const c of s) {
    if (c !== "\uFFFD" && PRINTABLE.test(c)) printable++;
    if (/\p{L}/u.test(c)) letters++;
  }
  return printable / s.length >= MIN_PRINTABLE && letters / s.length >= 0.4;
}

function utf8(bytes: Buffer): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

export function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function take(budget: DecodeBudget, size: number): boolean {
  if (budget.payloads <= 0 || budget.bytes < size) return false;
  budget.payloads--;
  budget.bytes -= size;
  return true;
}

export function decodePayloads(text: string, budget: DecodeBudget): DecodedPayload[] {
  const out: DecodedPayload[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    const run = m[0];
    // A run of only letters or only digits is a word or a number, not base64.
    if (!/[0-9+/=_-]/.test(run) && !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(run)) continue;
    if (!take(budget, run.length)) return out;
    const decoded = utf8(Buffer.from(run.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
    if (looksLikeText(decoded)) out.push({ encoding: "base64", text: decoded });
  }
  for (const re of [HEX_RUN, HEX_ESCAPED_RUN]) {
    for (const m of text.matchAll(re)) {
      const hex = m[0].replace(/\\x| /g, "");
      if (!take(budget, hex.length)) return out;
      const decoded = utf8(Buffer.from(hex, "hex"));
      if (looksLikeText(decoded)) out.push({ encoding: "hex", text: decoded });
    }
  }
  URL_ENCODED_RUN.lastIndex = 0;
  if (URL_ENCODED_RUN.test(text) && take(budget, text.length)) {
    const decoded = text.replace(URL_ENCODED_RUN, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    out.push({ encoding: "url", text: decoded.replace(/\+/g, " ") });
  }
  if (ROT13_HINT.test(text) && take(budget, text.length)) out.push({ encoding: "rot13", text: rot13(text) });
  return out;
}
