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

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

export function requireJsonBody(request: FastifyRequest): void {
  if (request.method !== "POST") return;
  const type = request.headers["content-type"];
  if (!type || !JSON_MEDIA_TYPE.test(type)) {
    throw new KalGuardError("UNSUPPORTED_MEDIA_TYPE", { reason: "content-type" });
  }
}

const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export function clientRequestIdOf(request: FastifyRequest): string | undefined {
  const value = request.headers["x-kalguard-request-id"];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !CLIENT_REQUEST_ID.test(value)) {
    throw new KalGuardError("BAD_REQUEST", {
      reason: "header.x-kalguard-request-id",
      message: "x-kalguard-request-id: 1-128 printable ASCII characters without spaces",
    });
  }
  return value;
}
