import type { FastifyInstance, FastifyRequest } from "fastify";
import { KalGuardError } from "../../errors.js";
import type { ToolDefinition } from "../../policy/schema.js";
import { enforceToolRateLimits, mediateToolArguments } from "../../tools/mediator.js";
import { auditUnavailable } from "../decision-recorder.js";
import type { ServerDeps } from "../deps.js";
import { policyDenied } from "../policy-denied.js";
import { parseBody, ToolCheckBody } from "../request-body.js";

interface CheckedTool {
  toolName: string;
  args: Record<string, unknown>;
  tool: ToolDefinition | undefined;
  headers: Record<string, string>;
}

/** The common check of /v1/tool/check and /v1/tool/execute: rate limits, policy, then argument schema. */
function checkTool(request: FastifyRequest, deps: ServerDeps): CheckedTool {
  const body = parseBody(ToolCheckBody, request.body);
  const agentId = request.agent?.agentId ?? "";
  request.facts.tool = body.toolName;
  const compiled = deps.policy.current;
  const headers = enforceToolRateLimits(deps.rateLimiter, deps.config.KALGUARD_TOOL_RATE_LIMIT, compiled, agentId, body.toolName);
  const decision = deps.policy.evaluate({
    agentId,
    action: "tool:execute",
    tool: body.toolName,
    ...(body.context?.metadata ? { metadata: body.context.metadata } : {}),
  });
  Object.assign(request.facts, { ruleId: decision.ruleId, policyHash: decision.policyHash });
  if (decision.decision === "deny") throw policyDenied(decision);
  const tool = mediateToolArguments(compiled, body.toolName, body.arguments);
  return { toolName: body.toolName, args: body.arguments, tool, headers };
}

export function registerToolRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const config = { capability: "tool:execute" };

  app.post("/v1/tool/check", { config }, async (request, reply) => {
    const checked = checkTool(request, deps);
    reply.headers(checked.headers);
    return deps.recorder.allow(request, reply, { allowed: true, toolName: checked.toolName, ruleId: request.facts.ruleId });
  });

  app.post("/v1/tool/execute", { config }, async (request, reply) => {
    const checked = checkTool(request, deps);
    reply.headers(checked.headers);
    const exec = checked.tool?.exec;
    if (!exec) {
      throw new KalGuardError("TOOL_DENIED", {
        reason: "tool.not_executable",
        message: `Tool denied: ${checked.toolName} has no exec entry in the policy`,
        data: { allowed: false },
      });
    }
    if (!deps.toolRunner) throw new KalGuardError("UNAVAILABLE", { reason: "sandbox.unavailable", message: "Tool sandbox unavailable" });
    const recorded = await deps.recorder.recordBeforeRun(request);
    if (!recorded) throw auditUnavailable();

    const result = await deps.toolRunner.run({ requestId: request.id, toolName: checked.toolName, exec, arguments: checked.args });
    Object.assign(request.facts, {
      isolation: result.isolation.level,
      detail: { exitCode: result.exitCode, signal: result.signal, timedOut: result.timedOut, truncated: result.truncated, runMs: result.durationMs, isolation: result.isolation },
    });
    return deps.recorder.allow(request, reply, { allowed: true, toolName: checked.toolName, ...result }, "sandbox_run");
  });
}
