import type { ChatMessage, Finding, FirewallConfig, FirewallVerdict, PromptFirewall, RiskLevel } from "./types.js";

export type * from "./types.js";

interface Rule {
  id: string;
  category: string;
  score: number;
  pattern: RegExp;
}

/** Initial rule set; grows into the full engine behind the same interface. */
export const RULES: readonly Rule[] = [
  {
    id: "injection.instruction_override",
    category: "instruction_override",
    score: 90,
    pattern: /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|rules|prompts)\b/i,
  },
  { id: "jailbreak.dan", category: "jailbreak", score: 85, pattern: /\b(?:DAN|developer mode)\b/ },
];

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

function riskLevel(score: number): RiskLevel {
  if (score >= 85) return "critical";
  if (score >= 60) return "high";
  if (score >= 30) return "medium";
  return "low";
}

export function createFirewall(config: FirewallConfig): PromptFirewall {
  return {
    check(messages: readonly ChatMessage[]): FirewallVerdict {
      const findings: Finding[] = [];
      messages.forEach((m, i) => {
        for (const r of RULES) {
          if (r.pattern.test(m.content)) findings.push({ ruleId: r.id, category: r.category, messageIndex: i, score: r.score });
        }
      });
      const riskScore = findings.reduce((max, f) => Math.max(max, f.score), 0);
      let count = 0;
      const sanitized = messages.map((m) => ({
        role: m.role,
        content: config.redact.includes("email")
          ? m.content.replace(EMAIL, () => {
              count++;
              return "[EMAIL_REDACTED]";
            })
          : m.content,
      }));
      const verdict: FirewallVerdict = {
        riskScore,
        riskLevel: riskLevel(riskScore),
        findings,
        blocked: riskScore >= config.blockThreshold,
        redactions: count > 0 ? { email: count } : {},
      };
      if (count > 0 || riskScore >= config.sanitizeThreshold) verdict.sanitizedMessages = sanitized;
      return verdict;
    },
  };
}
