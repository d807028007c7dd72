import "fastify";
import type { AgentIdentity } from "../auth/verifier.js";
import type { AuditEvent } from "../audit/types.js";

/** What a decision route learns as it goes; the decision recorder turns it into the audit record. */
export type DecisionFacts = Omit<AuditEvent, "type" | "requestId" | "clientRequestId" | "decision" | "errorCode" | "status">;

declare module "fastify" {
  interface FastifyRequest {
    agent: AgentIdentity | undefined;
    clientRequestId: string | undefined;
    facts: DecisionFacts;
    startedAt: bigint;
  }
  interface FastifyContextConfig {
    /** The capability a token needs for this route; routes without one are public. */
    capability?: string;
  }
}
