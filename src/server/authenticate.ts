import type { FastifyRequest } from "fastify";
import type { TokenVerifier } from "../auth/verifier.js";
import { KalGuardError } from "../errors.js";

const BEARER = /^Bearer ([^\s]+)$/i;

/** Resolves the agent behind the bearer token and checks it holds the route's capability. */
export async function authenticate(request: FastifyRequest, verifier: TokenVerifier, capability: string): Promise<void> {
  const header = request.headers.authorization;
  if (!header) throw new KalGuardError("AUTH_FAILED", { reason: "token.missing", message: "Authentication failed: missing bearer token" });
  const match = header.length <= 8192 ? BEARER.exec(header) : null;
  if (!match?.[1]) throw new KalGuardError("AUTH_FAILED", { reason: "token.malformed", message: "Authentication failed: expected Authorization: Bearer <token>" });
  const agent = await verifier.verify(match[1]);
  request.agent = agent;
  if (!agent.capabilities.has(capability)) {
    throw new KalGuardError("CAPABILITY_DENIED", { reason: `capability.${capability}`, message: `Token lacks the capability ${capability}` });
  }
}
