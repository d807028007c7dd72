/**
 * Declarative twins of request sentences, negatives for the task detector. Fetched data uses the verbs of a
 * request without asking anything ("the script describes the format", "tests that explain what broke"), and a
 * model trained only on requests against unrelated prose learns the verbs and topics, not the asking: it read
 * changelogs' "git describe uses better criteria" as a task. Each twin keeps its request's words and changes only
 * how the sentence opens (a subject before the verb), so what the two share cancels out and the opening decides.
 * Works on the task detector's units (folded, lower case, first word marked).
 */
import { TASK_ASKING, TASK_LEADS, TASK_OPENINGS } from "../../src/firewall/rules.js";

/** Verbs a request opens with: the single-word openings of the task-request rule and other common orders. */
const VERBS = new Set([
  ...TASK_OPENINGS.filter((w) => !w.includes(" ")),
  ...["make", "give", "show", "tell", "find", "help", "use", "add", "build", "check", "read", "send", "print", "imagine", "answer", "name", "count", "sort", "rank", "rate", "edit", "correct", "fix", "plan", "prepare", "select", "choose", "extract", "output", "return", "respond", "reply", "say", "state"],
]);

/** Who does what the verb says in a twin: people, documents and programs, as fetched data names them. */
const SINGULAR = ["the script", "this section", "the tool", "the patch", "this page", "the manual", "the library", "the report", "the article", "the author", "the company", "the study", "the letter", "our team", "the new option", "the chapter"];
const PLURAL = ["the scripts", "the examples", "these tools", "the docs", "the tests", "the authors", "researchers", "critics", "the reports", "many users", "the helpers", "the notes", "these pages", "the teachers", "some people", "the functions"];

const START = "^ ";
const ASKING = TASK_ASKING.map((w) => `${w} `);

/** "describe" → "describes", "discuss" → "discusses", "classify" → "classifies". */
export function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** A small deterministic hash of a string, to pick a twin's form and subject without a shared random stream. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The declarative twin of a request unit ("^ please describe the format" → "^ the script describes the format",
 * "^ the tests that describe the format" or "^ these tools describe the format"), or undefined when the unit does
 * not open with a request verb.
 */
export function declarativeTwin(unit: string): string | undefined {
  if (!unit.startsWith(START)) return undefined;
  let rest = unit.slice(START.length);
  for (const lead of TASK_LEADS) if (rest.startsWith(`${lead} `)) rest = rest.slice(lead.length + 1);
  for (const ask of ASKING) if (rest.startsWith(ask)) rest = rest.slice(ask.length).replace(/^please /, "");
  const space = rest.indexOf(" ");
  if (space === -1) return undefined;
  const verb = rest.slice(0, space);
  if (!VERBS.has(verb)) return undefined;
  const tail = rest.slice(space);
  const h = hash(unit);
  const form = h % 3;
  const subject = (list: readonly string[]): string => list[(h >>> 2) % list.length] as string;
  if (form === 0) return `${START}${subject(SINGULAR)} ${thirdPerson(verb)}${tail}`;
  if (form === 1) return `${START}${subject(PLURAL)} that ${verb}${tail}`;
  return `${START}${subject(PLURAL)} ${verb}${tail}`;
}
