import { hash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { KalGuardError } from "../../errors.js";
import type { ChatMessage } from "../../firewall/types.js";
import type { ServerDeps } from "../deps.js";
import { policyDenied } from "../policy-denied.js";
import { parseBody, PromptCheckBody } from "../request-body.js";

/** The prompt text never reaches the audit log by default; this hash lets a record be matched to a prompt. */
function hashMessages(messages: readonly ChatMessage[]): string {
  // One-shot over the joined text: a streaming Hash object and an update() per part cost several times more.
  let text = "";
  for (const m of messages) text += `${m.role}\0${m.content}\0`;
  return hash("sha256", text, "hex");
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
