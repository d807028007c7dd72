import type { FastifyInstance } from "fastify";
import type { ServerDeps } from "../deps.js";

type Check = { status: "ok" } | { status: "unavailable"; reason: string } | { status: "disabled"; reason: string };

/** Liveness and readiness without a token: 503 names the failing check, and no decision is served then. */
export function registerHealthRoute(app: FastifyInstance, deps: ServerDeps): void {
  app.get("/health", async (request, reply) => {
    const policy = deps.policy.current;
    const audit = deps.audit.health();
    const checks: Record<string, Check & Record<string, unknown>> = {
      policy: { status: "ok", hash: policy.hash, source: policy.source, rules: policy.policy.rules.length },
      toolMediator: { status: "ok", tools: Object.keys(policy.policy.tools).length, schemas: policy.validators.size },
      audit: audit.ok ? { status: "ok" } : { status: "unavailable", reason: audit.reason },
      sandbox: deps.toolRunner
        ? { status: "ok", isolation: deps.toolRunner.isolationLevel, ...(deps.toolRunner.isolationReason ? { isolationReason: deps.toolRunner.isolationReason } : {}) }
        : { status: "disabled", reason: deps.sandboxProblem ?? "no tool runner" },
    };
    const failing = Object.entries(checks).find(([, c]) => c.status === "unavailable");
    const body = { status: failing ? "unavailable" : "ok", requestId: request.id, checks, ...(failing ? { failing: failing[0] } : {}) };
    return reply.code(failing ? 503 : 200).send(body);
  });
}
