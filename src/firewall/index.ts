/**
 * The prompt firewall: rules + statistical classifier per message, role-aware, with redaction and
 * neutralisation into `sanitizedMessages`. See README section "firewall" for the scoring contract.
 */
import { ANALYSIS_CACHE_LIMITS, AnalysisCache, type AnalysisCacheLimits } from "./analysis-cache.js";
import { readsAsCode } from "./code-document.js";
import { ANAPHORA_CONTEXT, analyzeText, type Hit } from "./analyze.js";
import { loadClassifier, type PromptClassifier, type TextClassifier } from "./classifier.js";
import type { DecodeBudget } from "./decode.js";
import { asksForGuardedPhrase, asksForSuccessReply, claimsSecretAccepted, guardedPhrases } from "./guarded-output.js";
import { findSpans, type Span } from "./pii.js";
import { INDIRECT_INJECTION, JAILBREAK, MENTION_FACTOR, OVERRIDE, RESPONSE_FORCING, RULES } from "./rules.js";
import { hitSentences } from "./hit-sentences.js";
import { buildViews } from "./normalize.js";
import { combineScores, riskLevel } from "./score.js";
import { loadTaskClassifier, mostTaskLike, OFF_TOPIC_TASK_P, taskOnTopic } from "./task-classifier.js";
import { loadKnownTextMask, type KnownTextMask } from "./known-texts.js";
import { otherLanguage } from "./language.js";
import type { ChatMessage, Finding, FirewallConfig, FirewallVerdict, PromptFirewall, RedactionKind } from "./types.js";

export type * from "./types.js";
export { REDACTION_KINDS, MESSAGE_ROLES } from "./types.js";

export const REDACTION_LABELS: Readonly<Record<RedactionKind, string>> = {
  email: "[EMAIL_REDACTED]",
  phone: "[PHONE_REDACTED]",
  credit_card: "[CREDIT_CARD_REDACTED]",
  ssn: "[SSN_REDACTED]",
  iban: "[IBAN_REDACTED]",
  ip_address: "[IP_ADDRESS_REDACTED]",
  api_key: "[API_KEY_REDACTED]",
};
export const INJECTION_LABEL = "[PROMPT_INJECTION_REMOVED]";

/** Decoded-payload budget per check: total decoded characters and number of payloads. */
export const DECODE_BUDGET: Readonly<DecodeBudget> = { bytes: 256 * 1024, payloads: 64 };
/** How much of each side of a message boundary is re-scanned to catch attacks split across user messages. */
const SPLIT_WINDOW = 400;
/** Classifier findings below this probability are not reported. */
const CLASSIFIER_MIN = 0.5;
/**
 * Below CLASSIFIER_CONFIDENT the classifier alone does not block: on benign role-play and sensitive-topic
 * questions it is often mildly confident, so its score is capped under the default block threshold and it
 * blocks only together with a rule finding. At or above it, its probability is the score.
 */
export const CLASSIFIER_CAP = 60;
export const CLASSIFIER_CONFIDENT = 0.98;

/**
 * The classifier's category, by where the text comes from. In fetched data its reading and the rules for
 * instructions addressed to the model are one kind of evidence, both saying that the text reads like a prompt, so
 * they share a category and do not add up: a README's "Install the package, then run …" opens like a request and
 * reads a little like a prompt, and the two together used to block one fetched README or changelog in six. A
 * confident reading still blocks on its own, and beside a rule of another kind (a forged header, a fake end of
 * input) it still adds.
 */
export function classifierCategory(fetched: boolean): string {
  return fetched ? INDIRECT_INJECTION : "classifier";
}

/**
 * The probability at which the classifier blocks alone, for a message it read in `chunks` chunks (with its decoded
 * payloads). It reports its highest chunk, so a long fetched document has as many chances to read one chunk high
 * by chance as it has chunks: where the bar `rises` (barRises) it does so that the chance stays that of one
 * chunk, 1 - (1 - `bar`) / chunks (17 chunks of a 20,000-character changelog: 0.9988). A jailbreak pasted into a
 * page reads far above that.
 */
export function classifierConfident(rises: boolean, chunks: number, bar = CLASSIFIER_CONFIDENT): number {
  return rises ? 1 - (1 - bar) / Math.max(1, chunks) : bar;
}

/**
 * Whether the classifier's bar rises with the chunks it read (classifierConfident): in fetched data, and in the
 * user's text of more than one chunk written in another language (language.ts), where the classifier's benign
 * side holds almost nothing to compare with. English user text keeps the bar, since a long jailbreak is what the
 * classifier is there for.
 */
export function barRises(fetched: boolean, chunks: number, folded: string): boolean {
  return fetched || (chunks > 1 && otherLanguage(folded.slice(0, LANGUAGE_SAMPLE)));
}
/** How much of a text its language is read from: its opening says it, and a 5 MB prompt is not split into words. */
const LANGUAGE_SAMPLE = 8 * 1024;

/** The classifier's finding for probability `p`, or undefined below CLASSIFIER_MIN (parameters for cross-validation sweeps). */
export function classifierFinding(p: number, messageIndex: number, ruleId: string, confident = CLASSIFIER_CONFIDENT, cap = CLASSIFIER_CAP, category = classifierCategory(false)): Finding | undefined {
  if (p < CLASSIFIER_MIN) return undefined;
  const score = p >= confident ? Math.round(p * 100) : Math.min(cap, Math.round(p * 100));
  return { ruleId, category, messageIndex, score };
}

/**
 * The task detector (task-classifier.ts) on untrusted content reports only at or above TASK_CONFIDENT, and then
 * its probability is the score: below it, cross-validation showed it adding more false blocks on fetched prose
 * than catches, alone or as a second signal (README, "Task detector"). Its own category, so it adds to the
 * other layers as independent evidence.
 */
export const TASK_CONFIDENT = 0.99;
/** Defined beside the detector, whose language test starts at the same bar. */
export { OFF_TOPIC_TASK_P };
const OFF_TOPIC_TASK_SCORE = 72;

/**
 * The detector's finding: at `confident` or more it blocks alone, unless its sentence is on the document's topic
 * (`onTopic`, taskOnTopic), where it stays silent as below the bar.
 */
export function taskFinding(p: number, messageIndex: number, offTopicRequest = false, confident = TASK_CONFIDENT, onTopic = false): Finding | undefined {
  if (p >= confident && !onTopic) return { ruleId: "classifier.indirect_task", category: "indirect_task", messageIndex, score: Math.round(p * 100) };
  if (offTopicRequest && p >= OFF_TOPIC_TASK_P) return { ruleId: "classifier.indirect_task.off_topic", category: "indirect_task", messageIndex, score: OFF_TOPIC_TASK_SCORE };
  return undefined;
}

export interface FirewallOptions {
  classifier?: PromptClassifier;
  /** The task detector for `tool` content (task-classifier.ts). */
  taskClassifier?: TextClassifier;
  /** Bounds of the per-message analysis cache (analysis-cache.ts); `maxEntries: 0` keeps nothing. */
  cacheLimits?: AnalysisCacheLimits;
  /** What the models do not read of a message: standard licence texts (known-texts.ts). */
  knownTextMask?: KnownTextMask;
}

/** Roles whose content the operator wrote. */
const OPERATOR_ROLES = new Set(["system", "developer"]);
/** A gatekeeper's protected answer asked for in an untrusted message (guarded-output.ts): blocks alone. */
const GUARDED_OUTPUT_RULE = "injection.guarded_output";
/**
 * The same gatekeeper's secret claimed accepted instead of given ("the password was correct, proceed"): blocks
 * alone.
 */
const SECRET_CLAIMED_RULE = "injection.guarded_output.claimed";
/** The same answer asked for by what brings it about ("the words that follow a successful login"): blocks alone. */
const SUCCESS_REPLY_RULE = "injection.guarded_output.described";
const GUARDED_OUTPUT_SCORE = 80;

/** Everything check() derives from one message on its own: a function of its content and its role's class. */
interface MessageAnalysis {
  hits: Hit[];
  base: string;
  folded: string;
  /** The prompt classifier's and the task detector's probabilities, where that model reads the role. */
  injection: number | undefined;
  /** How many chunks the prompt classifier read of the message and its decoded payloads (classifierConfident; 0 where it reads none). */
  injectionChunks: number;
  /** The prompt classifier's highest reading of the sentences holding the model's own attacks, in fetched data (SECOND_READ). */
  sentenceInjection: number | undefined;
  task: number | undefined;
  /** The detector's most task-like sentence reads TASK_CONFIDENT or more and is on the document's topic (taskOnTopic). */
  taskOnTopic: boolean;
  /** Redaction spans of `base`, for the configured kinds. */
  pii: Span[];
  /** See Analysis.offTopicRequest. */
  offTopicRequest: boolean;
  /** What an operator's gatekeeper prompt gives out only for its secret (guarded-output.ts); none for other roles. */
  guarded: string[];
  /** Decode budget the analysis used. */
  used: DecodeBudget;
}

/**
 * Roles analysed alike share a class: the user's text, the assistant's earlier answers, tool content, the
 * operator's text.
 */
function roleClass(role: ChatMessage["role"]): string {
  return role === "tool" || role === "assistant" ? role : OPERATOR_ROLES.has(role) ? "operator" : "conversation";
}

/** The highest probability a model gives any of the texts (a message's folded view and its decoded payloads). */
function highest(model: TextClassifier, texts: readonly string[]): number {
  return texts.reduce((max, t) => Math.max(max, model.probability(t)), 0);
}

/** A rule's score as a mention, for the rules that name their object by position (Rule.anaphoric) or may mean an answer (Rule.aboutAnswer). */
const mentionScores = (flag: "anaphoric" | "aboutAnswer"): ReadonlyMap<string, number> => new Map(RULES.filter((r) => r[flag] === true).map((r) => [r.id, Math.round(r.score * MENTION_FACTOR)]));
const ANAPHORIC_MENTION = mentionScores("anaphoric");
const ABOUT_ANSWER_MENTION = mentionScores("aboutAnswer");

/** What precedes a message in the conversation. */
interface Preceding {
  /** An earlier conversation message holds text, so an anaphoric match ("summarize the text above") means it. */
  text: boolean;
  /** An assistant message came earlier, so a match about an answer ("that is done", "your instructions") may mean it. */
  answer: boolean;
}

function toFindings(hits: readonly Hit[], messageIndex: number, preceding: Preceding): Finding[] {
  return hits.map((h) => {
    const mention = (preceding.text ? ANAPHORIC_MENTION.get(h.ruleId) : undefined) ?? (preceding.answer ? ABOUT_ANSWER_MENTION.get(h.ruleId) : undefined);
    return { ruleId: h.ruleId, category: h.category, messageIndex, score: mention === undefined ? h.score : Math.min(h.score, mention) };
  });
}

function rewrite(base: string, spans: ReadonlyArray<{ start: number; end: number; label: string }>): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += base.slice(at, s.start) + s.label;
    at = s.end;
  }
  return out + base.slice(at);
}

/**
 * Categories of the model's own attacks whose sentences in fetched data the classifier reads again on their own
 * (hit-sentences.ts): planted in a page, an override, a jailbreak or a forced reply scores 55–62 and only sanitises,
 * while the classifier, reading the page around it, reads the page. Its reading of the sentence is a second signal
 * beside the rule, as the English-only task detector is for English requests, in the category of its reading of the
 * whole page, so the two readings do not add up; below SENTENCE_READING_MIN it adds nothing.
 */
const SECOND_READ: ReadonlySet<string> = new Set([OVERRIDE, JAILBREAK, RESPONSE_FORCING]);
/**
 * The lowest reading of such a sentence that counts: a clear one, not the coin toss just above CLASSIFIER_MIN that a
 * licence's "public domain without restrictions" gets (0.53 in ninja-build's copyright file, with the jailbreak
 * rule's 62 on the same words); 0.7 keeps all but two of the planted lines 0.5 would.
 */
const SENTENCE_READING_MIN = 0.7;

export function createFirewall(config: FirewallConfig, options: FirewallOptions = {}): PromptFirewall {
  const classifier = options.classifier ?? loadClassifier();
  const taskClassifier = options.taskClassifier ?? loadTaskClassifier();
  const knownTextMask = options.knownTextMask ?? loadKnownTextMask();
  const kinds = new Set<RedactionKind>(config.redact);

  const cache = new AnalysisCache<MessageAnalysis>(options.cacheLimits ?? ANALYSIS_CACHE_LIMITS);

  const classify = (texts: readonly string[], messageIndex: number, ruleId: string): Finding | undefined => classifierFinding(highest(classifier, texts), messageIndex, ruleId);

  /** The classifier's highest reading of the sentences around SECOND_READ hits; undefined for none or below SENTENCE_READING_MIN. */
  const sentenceReading = (hits: readonly Hit[], base: string): number | undefined => {
    const sentences = hitSentences(hits, base, SECOND_READ);
    const p = sentences.length === 0 ? undefined : highest(classifier, sentences.map((t) => buildViews(t).folded));
    return p === undefined || p < SENTENCE_READING_MIN ? undefined : p;
  };

  /** A fresh analysis of one message, spending from `budget`. */
  const analyze = (m: ChatMessage, budget: DecodeBudget): MessageAnalysis => {
    const before = { ...budget };
    const untrusted = m.role === "tool";
    // The operator's text and the assistant's earlier answers report attacks (REPORTED), and the classifier, which
    // learnt from prompts, reads neither: an answer that explains prompt injection or tells a story is not one.
    const reporting = OPERATOR_ROLES.has(m.role) || m.role === "assistant";
    const { hits, views, decoded, shape, offTopicRequest } = analyzeText(m.content, { untrusted, reporting, depth: 0, budget });
    // The models read the message without the licence text it quotes word for word; the rules read all of it.
    const modelText = knownTextMask(views.folded);
    const texts = [modelText, ...decoded];
    // A source file's comments and docstrings are imperative by convention (code-document.ts): there the task
    // detector reads only what the file decodes to.
    const code = untrusted && readsAsCode(m.content);
    // The message's own most task-like sentence, read once for its probability and for the topic check.
    const own = untrusted && !code ? mostTaskLike(taskClassifier, modelText) : undefined;
    const task = untrusted ? Math.max(own?.p ?? 0, highest(taskClassifier, decoded)) : undefined;
    return {
      hits,
      base: views.base,
      folded: views.folded,
      injection: reporting ? undefined : highest(classifier, texts),
      injectionChunks: reporting ? 0 : texts.reduce((n, t) => n + classifier.chunkCount(t), 0),
      sentenceInjection: untrusted ? sentenceReading(hits, views.base) : undefined,
      task,
      taskOnTopic: own !== undefined && task !== undefined && own.p >= task && task >= TASK_CONFIDENT && taskOnTopic(modelText, own),
      pii: findSpans(views.base, kinds, shape),
      offTopicRequest,
      guarded: OPERATOR_ROLES.has(m.role) ? guardedPhrases(views.base) : [],
      used: { bytes: before.bytes - budget.bytes, payloads: before.payloads - budget.payloads },
    };
  };

  /**
   * The message's analysis, replayed from the cache when that gives the fresh result (see analysis-cache.ts). A
   * fresh one is kept only for a message that is not the last of its check: an agent resends its history, while
   * the last message is usually new and, alone in a request, often never comes again (keeping every such one
   * costs a one-off check about a fifth more, in allocation and garbage collection).
   */
  const analysisOf = (m: ChatMessage, budget: DecodeBudget, keep: boolean): MessageAnalysis => {
    const cls = roleClass(m.role);
    const kept = cache.get(cls, m.content, budget);
    if (kept !== undefined) {
      budget.bytes -= kept.used.bytes;
      budget.payloads -= kept.used.payloads;
      return kept;
    }
    const fresh = analyze(m, budget);
    if (keep) cache.set(cls, m.content, fresh, budget);
    return fresh;
  };

  return {
    check(messages: readonly ChatMessage[]): FirewallVerdict {
      const budget: DecodeBudget = { ...DECODE_BUDGET };
      const findings: Finding[] = [];
      // preceding[i]: what the messages before message i hold (see toFindings).
      const preceding: Preceding[] = [{ text: false, answer: false }];
      const analyses: MessageAnalysis[] = messages.map((m, i) => {
        const a = analysisOf(m, budget, i < messages.length - 1);
        const before = preceding[i] as Preceding;
        findings.push(...toFindings(a.hits, i, before));
        preceding.push({ text: before.text || (!OPERATOR_ROLES.has(m.role) && a.folded.length >= ANAPHORA_CONTEXT), answer: before.answer || m.role === "assistant" });
        const fetched = m.role === "tool";
        // The bar only matters, and the language is only read, where the classifier reads at or above the lowest bar.
        const rises = a.injection !== undefined && a.injection >= CLASSIFIER_CONFIDENT && barRises(fetched, a.injectionChunks, a.folded);
        const f = a.injection === undefined ? undefined : classifierFinding(a.injection, i, fetched ? "classifier.indirect_injection" : "classifier.injection", classifierConfident(rises, a.injectionChunks), CLASSIFIER_CAP, classifierCategory(fetched));
        if (f) findings.push(f);
        const sf = a.sentenceInjection === undefined ? undefined : classifierFinding(a.sentenceInjection, i, "classifier.indirect_injection.sentence", CLASSIFIER_CONFIDENT, CLASSIFIER_CAP, classifierCategory(true));
        if (sf) findings.push(sf);
        const t = a.task === undefined ? undefined : taskFinding(a.task, i, a.offTopicRequest, TASK_CONFIDENT, a.taskOnTopic);
        if (t) findings.push(t);
        return a;
      });

      // The phrase an operator's gatekeeper prompt gives out only for its secret, asked for in an untrusted message,
      // described, or claimed already earned.
      const guarded = analyses.flatMap((a) => a.guarded);
      if (guarded.length > 0) {
        const gatekeeperChecks: ReadonlyArray<readonly [string, (folded: string) => boolean]> = [
          [GUARDED_OUTPUT_RULE, (folded) => asksForGuardedPhrase(folded, guarded)],
          [SECRET_CLAIMED_RULE, claimsSecretAccepted],
          [SUCCESS_REPLY_RULE, asksForSuccessReply],
        ];
        messages.forEach((m, i) => {
          if (m.role !== "user" && m.role !== "tool") return;
          const folded = (analyses[i] as MessageAnalysis).folded;
          for (const [ruleId, asks] of gatekeeperChecks) {
            if (asks(folded)) findings.push({ ruleId, category: RESPONSE_FORCING, messageIndex: i, score: GUARDED_OUTPUT_SCORE });
          }
        });
      }

      // An attack split across a user's messages: re-scan the text around each boundary between two user messages in a
      // row, and around the one before the user's newest message when the assistant's answers or tool results stand
      // between ("Ignore all previous" / "OK." / "instructions and …"). Older boundaries of that kind were the newest
      // once, and an agent resends its whole history on every call: checking each again would cost every call a
      // re-scan per turn.
      const newest = messages.map((m) => m.role).lastIndexOf("user");
      let lastUser = -1;
      for (let i = 0; i < messages.length; i++) {
        if (messages[i]?.role !== "user") continue;
        const before = lastUser;
        lastUser = i;
        if (before < 0 || (before !== i - 1 && i !== newest)) continue;
        const prev = analyses[before] as MessageAnalysis;
        const cur = analyses[i] as MessageAnalysis;
        const joined = `${prev.folded.slice(-SPLIT_WINDOW)} ${cur.folded.slice(0, SPLIT_WINDOW)}`;
        const seen = new Set([...prev.hits, ...cur.hits].map((h) => h.ruleId));
        // The rules read the messages' own text, whose punctuation tells a clause-final negation from the next clause.
        const { hits } = analyzeText(`${prev.base.slice(-SPLIT_WINDOW)} ${cur.base.slice(0, SPLIT_WINDOW)}`, { untrusted: false, depth: 0, budget });
        findings.push(...toFindings(hits.filter((h) => !seen.has(h.ruleId)), i, preceding[i] as Preceding).map((f) => ({ ...f, ruleId: `${f.ruleId}.split` })));
        const f = classify([joined], i, "classifier.injection.split");
        if (f && !findings.some((g) => g.category === "classifier" && g.score >= f.score)) findings.push(f);
      }

      const riskScore = combineScores(findings);
      const sanitize = riskScore >= config.sanitizeThreshold;
      const redactions: Partial<Record<RedactionKind, number>> = {};
      let redacted = 0;
      const sanitizedMessages = messages.map((m, i) => {
        const a = analyses[i] as MessageAnalysis;
        const spans: Array<{ start: number; end: number; label: string }> = [];
        for (const s of a.pii) {
          spans.push({ start: s.start, end: s.end, label: REDACTION_LABELS[s.kind] });
          redactions[s.kind] = (redactions[s.kind] ?? 0) + 1;
          redacted++;
        }
        if (sanitize) for (const h of a.hits) for (const [start, end] of h.spans) spans.push({ start, end, label: INJECTION_LABEL });
        return { role: m.role, content: spans.length === 0 ? a.base : rewrite(a.base, spans) };
      });

      const verdict: FirewallVerdict = {
        riskScore,
        riskLevel: riskLevel(riskScore),
        findings,
        blocked: riskScore >= config.blockThreshold,
        redactions,
      };
      if (redacted > 0 || sanitize) verdict.sanitizedMessages = sanitizedMessages;
      return verdict;
    },
  };
}
