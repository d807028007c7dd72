import { errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config/env.js";
import { KalGuardError } from "../errors.js";
import type { VerificationKey } from "./keys.js";

export interface AgentIdentity {
  agentId: string;
  capabilities: ReadonlySet<string>;
  /** Epoch ms after which the identity must not be used (exp plus the clock tolerance). */
  validUntil: number;
  tokenId: string | undefined;
}

export interface TokenVerifier {
  verify(token: string): Promise<AgentIdentity>;
}

const MAX_TOKEN_CHARS = 4096;
const CACHE_ENTRIES = 10_000;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]+$/;
const AGENT_ID = /^[\x21-\x7e]{1,256}$/;

const authFailed = (reason: string, message: string): KalGuardError =>
  new KalGuardError("AUTH_FAILED", { reason, message: `Authentication failed: ${message}` });

function failureFor(err: unknown): KalGuardError {
  if (err instanceof KalGuardError) return err;
  if (err instanceof joseErrors.JWTExpired) return authFailed("token.expired", "token expired");
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === "nbf") return authFailed("token.not_yet_valid", "token not yet valid");
    if (err.claim === "iat" && err.reason === "check_failed") return authFailed("token.too_old", "token older than the maximum lifetime");
    return authFailed(`token.claim.${err.claim}`, `claim ${err.claim} ${err.reason === "missing" ? "missing" : "invalid"}`);
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return authFailed("token.signature", "signature invalid");
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return authFailed("token.algorithm", "algorithm not allowed");
  if (err instanceof joseErrors.JWKSNoMatchingKey) return authFailed("token.key", "no matching key");
  return authFailed("token.malformed", "token malformed");
}

function identityFrom(payload: JWTPayload, maxTtlSeconds: number, toleranceSeconds: number): AgentIdentity {
  const { sub, exp, iat, capabilities, jti } = payload;
  if (typeof sub !== "string" || !AGENT_ID.test(sub)) throw authFailed("token.claim.sub", "claim sub invalid");
  if (typeof exp !== "number" || typeof iat !== "number") throw authFailed("token.claim.exp", "claims exp and iat are required");
  if (exp - iat > maxTtlSeconds) throw authFailed("token.lifetime", "token lifetime exceeds the maximum");
  if (!Array.isArray(capabilities) || capabilities.length > 32 || !capabilities.every((c) => typeof c === "string" && c.length <= 64)) {
    throw authFailed("token.claim.capabilities", "claim capabilities must be a list of strings");
  }
  return {
    agentId: sub,
    capabilities: new Set(capabilities as string[]),
    validUntil: (exp + toleranceSeconds) * 1000,
    tokenId: typeof jti === "string" ? jti : undefined,
  };
}

/**
 * Verifies agent tokens against a pinned key and algorithm set. A verified token is cached until it expires,
 * so the signature check is paid once per token rather than once per request.
 */
export function createTokenVerifier(key: VerificationKey, config: Config): TokenVerifier {
  const cache = new Map<string, AgentIdentity>();
  const options = {
    algorithms: key.algorithms,
    clockTolerance: config.KALGUARD_TOKEN_CLOCK_TOLERANCE_SECONDS,
    maxTokenAge: config.KALGUARD_TOKEN_MAX_TTL_SECONDS,
    requiredClaims: ["exp", "iat", "sub"],
    ...(config.KALGUARD_TOKEN_ISSUER ? { issuer: config.KALGUARD_TOKEN_ISSUER } : {}),
    ...(config.KALGUARD_TOKEN_AUDIENCE ? { audience: config.KALGUARD_TOKEN_AUDIENCE } : {}),
  };

  return {
    async verify(token) {
      const cached = cache.get(token);
      if (cached) {
        if (Date.now() < cached.validUntil) return cached;
        cache.delete(token);
        throw authFailed("token.expired", "token expired");
      }
      if (token.length > MAX_TOKEN_CHARS) throw authFailed("token.too_large", "token too large");
      if (!TOKEN_SHAPE.test(token)) throw authFailed("token.malformed", "token malformed");
      let payload: JWTPayload;
      try {
        payload = (await jwtVerify(token, key.getKey, options)).payload;
      } catch (err) {
        throw failureFor(err);
      }
      const identity = identityFrom(payload, config.KALGUARD_TOKEN_MAX_TTL_SECONDS, config.KALGUARD_TOKEN_CLOCK_TOLERANCE_SECONDS);
      if (cache.size >= CACHE_ENTRIES) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      cache.set(token, identity);
      return identity;
    },
  };
}
