import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { KalGuardError } from "../../errors.js";
import type { ChatMessage } from "../../firewall/types.js";
import type { ServerDeps } from "../deps.js";
import { policyDenied } from "../policy-denied.js";
import { parseBody, PromptCheckBody } from "../request-body.js";

/** The prompt text never reaches the audit log by default; this hash lets a record be matched to a prompt. */
function hashMessages(messages: readonly ChatMessage[]): string {
  const hash = createHash("sha256");
  for (const m of messages) hash.update(m.role).update("\0").update(m.content).update("\0");
  return hash.digest("hex");
}

export function registerPromptRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post("/v1/prompt/check", { config: { capability: "prompt:check" } }, async (request, reply) => {
    const body = parseBody(PromptCheckBody, request.body);
    const messages: ChatMessage[] = body.messages.map((m) => ({ role: m.role, content: m.content }));
    const decision = deps.policy.evaluate({
      agentId: request.agent?.agentId ?? "",
      action: "prompt:check",
      ...(body.context?.metadata ? { metadata: body.context.metadata } : {}),
    });
    Object.assign(request.facts, { ruleId: decision.ruleId, policyHash: decision.policyHash, promptHash: hashMessages(messages) });
    if (decision.decision === "deny") throw policyDenied(decision);

    const verdict = deps.firewall.check(messages);
    Object.assign(request.facts, { riskScore: verdict.riskScore, findings: verdict.findings });
    if (deps.config.KALGUARD_AUDIT_STORE_PROMPTS) request.facts.prompt = verdict.sanitizedMessages ?? messages;
    const data = {
      allowed: !verdict.blocked,
      riskScore: verdict.riskScore,
      riskLevel: verdict.riskLevel,
      findings: verdict.findings,
      ...(verdict.sanitizedMessages ? { sanitizedMessages: verdict.sanitizedMessages } : {}),
    };
    if (verdict.blocked) {
      const top = verdict.findings.reduce<(typeof verdict.findings)[number] | undefined>((best, f) => (!best || f.score > best.score ? f : best), undefined);
      throw new KalGuardError("PROMPT_BLOCKED", { reason: top?.ruleId ?? "risk.threshold", data });
    }
    return deps.recorder.allow(request, reply, data);
  });
}
