/**
 * Personal-data and secret detectors. Each returns spans over the input text. Candidates come from patterns
 * that consume maximal runs (so a failed candidate never makes the engine rescan), and are then validated in
 * code: Luhn for cards, ISO 7064 mod-97 for IBANs, octet ranges for IPv4, `net.isIPv6` for IPv6, SSA rules
 * for SSNs, numbering-plan shapes for phone numbers, structure for secrets.
 */
import { isIPv6 } from "node:net";
import { matchesNear, nearPattern } from "./near-matches.js";
import { HEX_CHARS, asciiClass } from "./runs.js";
import { scanStructure } from "./structure.js";
import type { RedactionKind } from "./types.js";

export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}

export const DIGIT_RUN = /[+(]{0,2}[0-9][0-9 ().+-]{6,}/g;
export const IPV4_CANDIDATE = /[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/g;
export const IBAN_CANDIDATE = /[A-Z][A-Z][0-9][0-9][A-Z0-9 ]{10,40}/g;
/**
 * An IBAN typed in lower case: accepted only with a BBAN of digits (Germany, Spain, Poland, …), where a lower-case
 * word cannot be part of it, so prose does not become candidates.
 */
export const IBAN_LOWER_CANDIDATE = /[a-z][a-z][0-9][0-9][0-9 ]{10,40}/g;
const MIN_TOKEN_RUN = 20;
export const PEM_BEGIN = /-----BEGIN [A-Z ]{0,30}PRIVATE KEY(?: BLOCK|)-----/g;
export const SLACK_WEBHOOK = /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,120}/g;

/** Secret formats, tested against one whole candidate token (anchored, so a token is matched once). */
export const SECRET_FORMATS: readonly RegExp[] = [
  /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}$/, // AWS access key id
  /^gh[pousr]_[A-Za-z0-9]{36,255}$/, // GitHub tokens
  /^github_pat_[A-Za-z0-9_]{22,255}$/, // GitHub fine-grained PAT
  /^sk-ant-[a-z]{3,8}[0-9]{2}-[A-Za-z0-9_-]{32,200}$/, // Anthropic
  /^sk-(?:proj-|svcacct-|admin-|)[A-Za-z0-9_-]{20,200}$/, // OpenAI
  /^xox[abposr]-[A-Za-z0-9-]{10,250}$/, // Slack tokens
  /^AIza[0-9A-Za-z_-]{35}$/, // Google API key
  /^(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,247}$/, // Stripe
  /^whsec_[0-9A-Za-z]{24,64}$/, // Stripe webhook secret
  /^npm_[A-Za-z0-9]{36}$/, // npm access token
  /^glpat-[A-Za-z0-9_-]{20,64}$/, // GitLab personal access token
  /^hf_[A-Za-z0-9]{30,64}$/, // Hugging Face token
  /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, // SendGrid
  /^shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}$/, // Shopify
  /^do[opr]_v1_[a-f0-9]{64}$/, // DigitalOcean
  /^key-[0-9a-z]{32}$/, // Mailgun
  /^SK[0-9a-fA-F]{32}$/, // Twilio API key
  /^[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/, // Discord bot token
  /^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}$/, // PyPI upload token (its macaroon names pypi.org)
  /^hv[sbr]\.[A-Za-z0-9_-]{24,300}$/, // HashiCorp Vault token
  /^dapi[a-f0-9]{32}(?:-[0-9])?$/, // Databricks personal access token
  /^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/, // Postman API key
  /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/, // age secret key (Bech32, upper case)
  /^[a-f0-9]{32}-us[0-9]{1,2}$/, // Mailchimp API key
  /^HRKU-[A-Za-z0-9_-]{30,80}$/, // Heroku API key
  /^lin_api_[A-Za-z0-9]{40}$/, // Linear API key
];
/** A Telegram bot token: the bot's id, a colon (which ends a token run) and its secret. */
export const TELEGRAM_BOT_TOKEN = /\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g;

/**
 * A value assigned to a name that says it is a secret (`AWS_SECRET_ACCESS_KEY=…`, `"password": "…"`,
 * `api_key: …`), whatever its format: what a pasted .env or config file leaks. The value is group 1.
 */
export const SECRET_ASSIGNMENT = /(?:secret|token|api[_-]?key|apikey|passw(?:or)?d|pwd|private[_-]?key|access[_-]?key|account[_-]?key)[A-Za-z0-9_.-]{0,24}["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9_+/=.~!#$%^&*@-]{8,200})/gi;
/** A bearer token in a pasted header. Group 1. */
export const BEARER_TOKEN = /\bBearer[ \t]{1,3}([A-Za-z0-9_.~+/-]{16,1024}=*)/g;
/**
 * Basic credentials (base64 of user:password) in a pasted header; "Basic" alone is an ordinary word, and so is a
 * lower-case word after it ("Authorization: Basic authentication is weak"). Group 1.
 */
export const BASIC_CREDENTIALS = /\bAuthorization[ \t]{0,3}:[ \t]{0,3}Basic[ \t]{1,3}([A-Za-z0-9+/]{8,1024}={0,2})/gi;
const LOWER_CASE_WORD = /^[a-z]+$/;
/** The password in a URL's user information (`postgres://admin:pass@host`). Group 1. */
export const URL_PASSWORD = /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s/:@]{1,100}:([^\s/@]{1,200})@/g;
/** URL_PASSWORD holds its "://" at most 21 characters (the scheme) from its start. */
export const URL_PASSWORD_NEAR = nearPattern(URL_PASSWORD, /:\/\//g, 21);
/**
 * A secret's name told in prose right before a long token ("my AWS secret access key is wJalr…"), tested on the
 * 48 characters before the token: the assignment form has a sign, this one a verb.
 */
export const SECRET_NAMED_IN_PROSE = /(?:secret|token|api[ _-]?key|apikey|passw(?:or)?d|pwd|private[ _-]?key|access[ _-]?key|account[ _-]?key|secret access key|secret key)[A-Za-z0-9_.-]{0,24}[ \t](?:is|was|reads|equals)[ \t]{1,3}["'`]?$/i;
const PROSE_NAME_REACH = 48;
const TRAILING_DOTS = /[.]+$/;
/**
 * A password told in prose, shorter than a token run ("my password is hunter2", 'the passphrase was "Tr0ub4dor&3"').
 * Group 1; it must mix letters with digits or symbols, so "the password is incorrect" stays.
 */
export const PASSWORD_IN_PROSE = /\bpass(?:word|phrase|code)s?\b[ \t]{1,3}(?:is|was|reads|=|:)[ \t]{1,3}["'`]?([A-Za-z0-9!@#$%^&*_+.-]{6,64})/gi;
/** Letters and at least one digit or symbol: what a password looks like and a word does not. */
const MIXED_SECRET = /^(?=[^A-Za-z]*[A-Za-z])(?=[^0-9!@#$%^&*_+-]*[0-9!@#$%^&*_+-])/;
/**
 * What PASSWORD_IN_PROSE needs: one case-insensitive search that usually skips it ("pass" alone is too common; six
 * String.includes calls, one per case, cost several times as much on a megabyte).
 */
const PASSWORD_HINT = /pass(?:word|phrase|code)/i;
/** A token told as a secret must look random: letters and digits both. */
const LETTER_AND_DIGIT = /^(?=[^A-Za-z]*[A-Za-z])(?=[^0-9]*[0-9])/;
/** Words one of which SECRET_ASSIGNMENT needs: a cheaper scan that usually skips it. */
const SECRET_NAME_HINT = /secret|token|key|passw|pwd/i;
/** Values that are a plain lower-case word or a number, not a secret ("tokenizer=whitespace", "max_tokens=4096"). */
const NOT_A_SECRET_VALUE = /^(?:[a-z]+|[0-9]+)$/;
const JWT_SEGMENT = /^[A-Za-z0-9_-]{4,}$/;
const DIGIT = /[0-9]/;
const DIGITS_G = /[0-9]+/g;
const TLD = /^[A-Za-z]{2,24}$/;
const PHONE_SEPARATOR = /^(?:[ .-]|\) ?|\)?[ .-]?\(?)$/;
const NANP_LEADING = /^[2-9]/;
const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
const WORD_CHAR = /[A-Za-z0-9_]/;
const GLUE_BEFORE = /[A-Za-z0-9_/-]/;
const GLUE_AFTER = /[A-Za-z0-9_/]/;
const DOT_OR_DASH = /[.-]/;
const DIGIT_OR_DOT = /[0-9.]/;
const DIGIT_AFTER = /^[0-9]|^\.[0-9]/;
const NON_HEX_LETTER = /[G-Zg-z_]/;
const SPACE_G = / /g;


/**
 * Every match of a global pattern that cannot match the empty string, in order: an exec loop, since
 * String.prototype.matchAll clones the pattern on every call, which costs more than a short text's scan.
 */
function matches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}

// ---------------- e-mail ----------------

// Internationalised addresses (RFC 6531) have letters of any script before and after the "@".
const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/** Scans outwards from each "@" with bounded reach, so the work per byte is constant. */
function emails(text: string): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf("@");
  let floor = 0;
  while (at !== -1) {
    let s = at;
    while (s > floor && at - s < 64 && LOCAL_CHAR.test(text[s - 1] as string)) s--;
    while (s < at && text[s] === ".") s++;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && DOMAIN_CHAR.test(text[e] as string)) e++;
    while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
    const domain = text.slice(at + 1, e);
    const labels = domain.split(".");
    const tld = labels[labels.length - 1] ?? "";
    if (s < at && labels.length >= 2 && TLD.test(tld) && labels.every((l) => l.length > 0 && l.length <= 63)) {
      spans.push({ start: s, end: e, kind: "email" });
      floor = e;
    }
    at = text.indexOf("@", Math.max(at + 1, floor));
  }
  return spans;
}

// ---------------- numbers: cards, SSNs, phones ----------------

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the major card networks. */
const CARD_IIN = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6011|64[4-9]|65|62)/;

interface Group {
  start: number;
  end: number;
  digits: string;
}

function isCard(groups: readonly Group[], seps: readonly string[]): boolean {
  const digits = groups.map((g) => g.digits).join("");
  if (digits.length < 13 || digits.length > 19) return false;
  if (seps.some((s) => s !== seps[0] || (s !== " " && s !== "-" && s !== "."))) return false;
  if (groups.length > 1 && groups.some((g) => g.digits.length < 4 || g.digits.length > 6)) return false;
  return CARD_IIN.test(digits) && luhnValid(digits);
}

function isSsn(groups: readonly Group[], seps: readonly string[]): boolean {
  if (groups.length !== 3 || seps[0] !== seps[1] || (seps[0] !== "-" && seps[0] !== " ")) return false;
  const [area, group, serial] = groups.map((g) => g.digits) as [string, string, string];
  if (area.length !== 3 || group.length !== 2 || serial.length !== 4) return false;
  return area !== "000" && area !== "666" && area[0] !== "9" && group !== "00" && serial !== "0000";
}

/**
 * A word that announces a phone number ("Tel. 612 345 678", "call me on 4412 5567"), in the rule languages; it makes
 * a number without a country code or trunk prefix a phone number too.
 */
const PHONE_CUE = /(?:\b(?:tel|phone|telephone|mobile|cell|cellphone|fax|call|whatsapp|telefon|telefonnummer|handy|portable|telefono|cellulare|telefone|celular|tlf)\b|t\u00e9l|t\u00e9l\u00e9phone|tel\u00e9fono|m\u00f3vil|\u0442\u0435\u043b|\u96fb\u8a71|\u7535\u8bdd|\u624b\u673a)/i;
/** How far before a number PHONE_CUE is looked for. */
const PHONE_CUE_REACH = 24;
/** Year-month-day and day-month-year shapes: a date after "call" is still a date. */
const DATE_SHAPE = /^(?:4,2,2|2,2,4|1,2,4|2,1,4|1,1,4)$/;

function isPhone(groups: readonly Group[], seps: readonly string[], plus: boolean, paren: boolean, cue: boolean): boolean {
  const digits = groups.map((g) => g.digits).join("");
  if (seps.some((s) => !PHONE_SEPARATOR.test(s))) return false;
  if (plus) return digits.length >= 8 && digits.length <= 15 && groups.length >= 2;
  const lens = groups.map((g) => g.digits.length).join(",");
  if (cue && !DATE_SHAPE.test(lens)) {
    const uniform = seps.every((s) => s === seps[0]);
    if (uniform && digits.length >= 7 && digits.length <= 15 && (groups.length >= 2 || digits.length >= 8)) return true;
  }
  // North American numbering plan: area and exchange codes start with 2-9.
  const nanp = (lens === "3,3,4" || lens === "1,3,3,4") && digits.length >= 10;
  if (nanp) {
    const area = lens === "3,3,4" ? digits.slice(0, 3) : digits.slice(1, 4);
    const exchange = lens === "3,3,4" ? digits.slice(3, 6) : digits.slice(4, 7);
    if (lens === "1,3,3,4" && digits[0] !== "1") return false;
    return NANP_LEADING.test(area) && NANP_LEADING.test(exchange);
  }
  // National formats with a trunk prefix 0 ("030 1234567", "01 23 45 67 89").
  if (digits[0] === "0" && digits[1] !== "0" && !paren) {
    const uniform = seps.every((s) => s === seps[0] && (s === " " || s === "-" || s === "."));
    return uniform && digits.length >= 9 && digits.length <= 12 && groups.length >= 2 && groups.every((g) => g.digits.length >= 2);
  }
  return false;
}

/** The fewest digits of any number redacted: a phone number announced by a cue word (isPhone). */
const MIN_NUMBER_DIGITS = 7;

function numberSpans(text: string, kinds: ReadonlySet<RedactionKind>): Span[] {
  const spans: Span[] = [];
  for (const m of matches(text, DIGIT_RUN)) {
    const run = m[0];
    const offset = m.index;
    const groups: Group[] = [];
    for (const g of matches(run, DIGITS_G)) groups.push({ start: offset + g.index, end: offset + g.index + g[0].length, digits: g[0] });
    // counted[k]: the digits of groups[0, k), so a window too short for any kind is passed over without building it.
    const counted = [0];
    for (const g of groups) counted.push((counted[counted.length - 1] as number) + g.digits.length);
    let i = 0;
    while (i < groups.length) {
      let matched = false;
      for (let j = Math.min(groups.length - 1, i + 5); j >= i && !matched; j--) {
        // Narrower windows hold fewer digits still.
        if ((counted[j + 1] as number) - (counted[i] as number) < MIN_NUMBER_DIGITS) break;
        const sel = groups.slice(i, j + 1);
        const seps: string[] = [];
        for (let k = 1; k < sel.length; k++) seps.push(text.slice((sel[k - 1] as Group).end, (sel[k] as Group).start));
        if (seps.some((s) => s.length > 2)) continue;
        const first = sel[0] as Group;
        const last = sel[sel.length - 1] as Group;
        const before = text.slice(Math.max(0, first.start - 2), first.start);
        const plus = before.endsWith("+") || before === "+(";
        const paren = before.endsWith("(");
        // A group glued to a letter or more digits is part of a longer identifier.
        const prefix = plus ? (before === "+(" ? 2 : 1) : paren ? 1 : 0;
        const prevChar = text[first.start - prefix - 1] ?? " ";
        const nextChar = text[last.end] ?? " ";
        const nextNext = text[last.end + 1] ?? " ";
        if (GLUE_BEFORE.test(prevChar) || GLUE_AFTER.test(nextChar) || (DOT_OR_DASH.test(nextChar) && DIGIT.test(nextNext))) continue;
        let kind: RedactionKind | undefined;
        if (kinds.has("credit_card") && isCard(sel, seps)) kind = "credit_card";
        else if (kinds.has("ssn") && isSsn(sel, seps)) kind = "ssn";
        else if (kinds.has("phone") && !DIGIT.test(text[first.start - prefix - 2] ?? " ") && isPhone(sel, seps, plus, paren, PHONE_CUE.test(text.slice(Math.max(0, first.start - prefix - PHONE_CUE_REACH), first.start - prefix)))) kind = "phone";
        if (kind !== undefined) {
          const start = kind === "phone" ? first.start - prefix : first.start;
          const end = kind === "phone" && text[last.end] === ")" ? last.end + 1 : last.end;
          spans.push({ start, end, kind });
          i = j + 1;
          matched = true;
        }
      }
      if (!matched) i++;
    }
  }
  return spans;
}

// ---------------- IBAN ----------------

export function ibanValid(compact: string): boolean {
  if (!IBAN_SHAPE.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const c of rearranged) {
    const v = c >= "A" ? String(c.charCodeAt(0) - 55) : c;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function ibans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [candidates, lower] of [[IBAN_CANDIDATE, false], [IBAN_LOWER_CANDIDATE, true]] as const) {
    for (const m of matches(text, candidates)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1] as string)) continue;
      const parts = m[0].trimEnd().split(" ");
      // Drop trailing words until the remainder validates (the run may have swallowed a following word).
      for (let n = parts.length; n >= 1; n--) {
        const candidate = parts.slice(0, n).join(" ");
        const compact = candidate.replace(SPACE_G, "");
        if (ibanValid(lower ? compact.toUpperCase() : compact)) {
          spans.push({ start: m.index, end: m.index + candidate.length, kind: "iban" });
          break;
        }
      }
    }
  }
  return spans;
}

// ---------------- IP addresses ----------------

/** A dotted quad right after these words is a version number ("version 1.2.3.4", "v2.0.1.0"), not an address. */
const VERSION_BEFORE = /(?:\bversions?|\bver\.?|\bv|\brelease|\bbuild|\bfirmware)\s{0,2}$/i;

function ipv4s(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matches(text, IPV4_CANDIDATE)) {
    const before = text[m.index - 1] ?? " ";
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (DIGIT_OR_DOT.test(before) || DIGIT_AFTER.test(after)) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const octets = m[0].split(".");
    if (octets.every((o) => Number(o) <= 255 && (o.length === 1 || o[0] !== "0"))) {
      spans.push({ start: m.index, end: m.index + m[0].length, kind: "ip_address" });
    }
  }
  return spans;
}

/** Characters an IPv6 address is written with (an IPv4 tail brings the dots). */
const IPV6_CLASS = asciiClass(`${HEX_CHARS}:.`);
/** The longest textual IPv6 address (with an embedded IPv4 tail) has 45 characters. */
const IPV6_MAX = 45;

function inIpv6Class(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && IPV6_CLASS[c] === 1;
}

/** Expands around each ":" over address characters (bounded reach), so prose full of a-f letters costs nothing. */
function ipv6s(text: string): Span[] {
  const spans: Span[] = [];
  let colon = text.indexOf(":");
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && colon - start <= IPV6_MAX && inIpv6Class(text, start - 1)) start--;
    let end = colon + 1;
    while (end < text.length && end - start <= IPV6_MAX + 2 && inIpv6Class(text, end)) end++;
    const next = text.indexOf(":", end);
    const run = text.slice(start, end);
    colon = next;
    if (run.length > IPV6_MAX + 2 || !DIGIT.test(run)) continue;
    let s0 = start;
    let e0 = end;
    while (e0 > s0 && (text[e0 - 1] === "." || (text[e0 - 1] === ":" && text[e0 - 2] !== ":"))) e0--;
    while (s0 < e0 && text[s0] === ":" && text[s0 + 1] !== ":") s0++;
    const candidate = text.slice(s0, e0);
    if (candidate.split(":").length < 3 || !isIPv6(candidate)) continue;
    if (NON_HEX_LETTER.test(text[s0 - 1] ?? " ")) continue;
    spans.push({ start: s0, end: e0, kind: "ip_address" });
  }
  return spans;
}

// ---------------- secrets ----------------

/** How far before its ":" or "=" a SECRET_ASSIGNMENT's name word can start: the word, 24 name characters, a quote and 3 spaces. */
const NAME_REACH = 40;
/** Assignment signs looked at one by one before the whole text is searched instead. */
const MAX_SIGNS = 4096;

/**
 * Whether a secret-like name (SECRET_NAME_HINT) stands within reach before some ":" or "=", which every
 * SECRET_ASSIGNMENT needs. Looking only there spares a text full of "=" (base64 padding) and ":" the
 * case-insensitive search of all of it; a text with more signs than MAX_SIGNS is searched whole, as before.
 */
export function secretNameBeforeAssignment(text: string): boolean {
  let signs = 0;
  for (const sign of ["=", ":"]) {
    for (let at = text.indexOf(sign); at !== -1; at = text.indexOf(sign, at + 1)) {
      if (++signs > MAX_SIGNS) return SECRET_NAME_HINT.test(text);
      if (SECRET_NAME_HINT.test(text.slice(Math.max(0, at - NAME_REACH), at))) return true;
    }
  }
  return false;
}

function isJwt(token: string): boolean {
  const parts = token.split(".");
  return parts.length === 3 && parts[0]!.startsWith("eyJ") && parts[1]!.startsWith("eyJ") && parts.every((p) => JWT_SEGMENT.test(p));
}

function secrets(text: string, tokenRuns: ReadonlyArray<[number, number]>): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.includes("-----BEGIN ") ? matches(text, PEM_BEGIN) : []) {
    if (m.index < from) continue;
    const endMarker = text.indexOf("-----END ", m.index + m[0].length);
    if (endMarker === -1) {
      spans.push({ start: m.index, end: text.length, kind: "api_key" });
      break;
    }
    const close = text.indexOf("-----", endMarker + 9);
    const end = close === -1 ? text.length : close + 5;
    spans.push({ start: m.index, end, kind: "api_key" });
    from = end;
  }
  for (const m of text.includes("hooks.slack.com") ? matches(text, SLACK_WEBHOOK) : []) spans.push({ start: m.index, end: m.index + m[0].length, kind: "api_key" });
  for (const [start, runEnd] of tokenRuns) {
    if (runEnd - start < MIN_TOKEN_RUN) continue;
    const jwt = text.startsWith("eyJ", start);
    // Secret formats are at most a few hundred characters; a longer run is data, not a key.
    if (runEnd - start > 1024 && !jwt) continue;
    // Trim sentence punctuation the run may have swallowed.
    let end = runEnd;
    while (end > start && (text[end - 1] === "." || (text[end - 1] === "=" && !jwt))) end--;
    const token = text.slice(start, end);
    if ((jwt && isJwt(token)) || SECRET_FORMATS.some((re) => re.test(token))) {
      spans.push({ start, end, kind: "api_key" });
      continue;
    }
    // `NAME=value` is one run: the value alone may be a key of a known format.
    const eq = token.indexOf("=");
    const value = eq > 0 ? token.slice(eq + 1) : "";
    if (value.length >= MIN_TOKEN_RUN && SECRET_FORMATS.some((re) => re.test(value))) {
      spans.push({ start: start + eq + 1, end, kind: "api_key" });
      continue;
    }
    if (eq === -1 && LETTER_AND_DIGIT.test(token) && SECRET_NAMED_IN_PROSE.test(text.slice(Math.max(0, start - PROSE_NAME_REACH), start))) spans.push({ start, end, kind: "api_key" });
  }
  if (secretNameBeforeAssignment(text)) {
    for (const m of matches(text, SECRET_ASSIGNMENT)) {
      const value = m[1] as string;
      if (!NOT_A_SECRET_VALUE.test(value)) spans.push(groupSpan(m, value, m[0].length));
    }
  }
  if (PASSWORD_HINT.test(text)) {
    for (const m of matches(text, PASSWORD_IN_PROSE)) {
      // Trailing sentence punctuation is the sentence's, not the password's.
      const told = m[1] as string;
      const value = told.replace(TRAILING_DOTS, "");
      if (value.length >= 6 && MIXED_SECRET.test(value)) spans.push(groupSpan(m, value, m[0].length - (told.length - value.length)));
    }
  }
  if (text.includes(":AA")) for (const m of matches(text, TELEGRAM_BOT_TOKEN)) spans.push({ start: m.index, end: m.index + m[0].length, kind: "api_key" });
  if (text.includes("Bearer")) for (const m of matches(text, BEARER_TOKEN)) spans.push(groupSpan(m, m[1] as string, m[0].length));
  if (text.includes("Basic")) {
    for (const m of matches(text, BASIC_CREDENTIALS)) if (!LOWER_CASE_WORD.test(m[1] as string)) spans.push(groupSpan(m, m[1] as string, m[0].length));
  }
  if (text.includes("://")) for (const m of matchesNear(text, URL_PASSWORD_NEAR)) spans.push(groupSpan(m, m[1] as string, m[0].length - 1));
  return spans;
}

/** The span of a captured value that ends `valueEnd` characters into its match. */
function groupSpan(m: RegExpExecArray, value: string, valueEnd: number): Span {
  const end = m.index + valueEnd;
  return { start: end - value.length, end, kind: "api_key" };
}

export const PII_PATTERNS: readonly RegExp[] = [
  DIGIT_RUN, IPV4_CANDIDATE, IBAN_CANDIDATE, IBAN_LOWER_CANDIDATE, PEM_BEGIN, SLACK_WEBHOOK, ...SECRET_FORMATS, JWT_SEGMENT, SECRET_ASSIGNMENT, SECRET_NAMED_IN_PROSE, LETTER_AND_DIGIT, PASSWORD_IN_PROSE, PASSWORD_HINT, MIXED_SECRET, TRAILING_DOTS, SECRET_NAME_HINT, TELEGRAM_BOT_TOKEN, BEARER_TOKEN, BASIC_CREDENTIALS, LOWER_CASE_WORD, URL_PASSWORD, NOT_A_SECRET_VALUE, VERSION_BEFORE,
  DIGIT, DIGITS_G, TLD, PHONE_SEPARATOR, PHONE_CUE, DATE_SHAPE, NANP_LEADING, IBAN_SHAPE, WORD_CHAR, GLUE_BEFORE, GLUE_AFTER, DOT_OR_DASH,
  DIGIT_OR_DOT, DIGIT_AFTER, NON_HEX_LETTER, SPACE_G, LOCAL_CHAR, DOMAIN_CHAR, CARD_IIN,
];


/** What the caller already knows about the text, so the detectors need not find it out again. */
export interface KnownShape {
  /** scanStructure(text).tokenRuns. */
  tokenRuns?: ReadonlyArray<[number, number]>;
  /** False when the text has no ASCII digit: then it holds no IBAN, IP address, card, SSN or phone number. */
  digits?: boolean;
  /** False when no run of ASCII letters and digits holds both: then it holds no IBAN (its first four are one). */
  lettersWithDigits?: boolean;
}

export function findSpans(text: string, kinds: ReadonlySet<RedactionKind>, known: KnownShape = {}): Span[] {
  const all: Span[] = [];
  const digits = known.digits ?? true;
  if (kinds.has("api_key")) all.push(...secrets(text, known.tokenRuns ?? scanStructure(text).tokenRuns));
  if (kinds.has("email")) all.push(...emails(text));
  if (digits && (known.lettersWithDigits ?? true) && kinds.has("iban")) all.push(...ibans(text));
  if (digits && kinds.has("ip_address")) all.push(...ipv4s(text), ...ipv6s(text));
  if (digits && (kinds.has("credit_card") || kinds.has("ssn") || kinds.has("phone"))) all.push(...numberSpans(text, kinds));
  // Earlier start first, a secret before any other reading of the same start (the password of
  // "postgres://admin:pass@db.internal" also reads as an e-mail address), longer first: the first span to claim a
  // character keeps it.
  all.sort((a, b) => a.start - b.start || Number(b.kind === "api_key") - Number(a.kind === "api_key") || b.end - a.end);
  const kept: Span[] = [];
  let reach = 0;
  for (const s of all) {
    if (s.start >= reach) {
      kept.push(s);
      reach = s.end;
    }
  }
  return kept;
}
