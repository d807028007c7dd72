import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { importPKCS8, SignJWT, type CryptoKey } from "jose";
import { ConfigError, type Config } from "../config/env.js";
import { ASYMMETRIC_ALGORITHMS, type AsymmetricAlgorithm } from "./keys.js";

export type SigningKey =
  | { secret: string }
  | { privateKey: CryptoKey | string; algorithm: AsymmetricAlgorithm; keyId?: string };

export interface AgentTokenOptions {
  agentId: string;
  capabilities: readonly string[];
  /** Lifetime in seconds. */
  ttlSeconds: number;
  key: SigningKey;
  issuer?: string;
  audience?: string;
}

/** Mints an agent token: `sub` the agent, `capabilities` the actions it may ask for, iat/nbf/exp/jti always set. */
export async function createAgentToken(opts: AgentTokenOptions): Promise<string> {
  if (!/^[\x21-\x7e]{1,256}$/.test(opts.agentId)) throw new Error("agentId must be 1-256 printable ASCII characters without spaces");
  if (!(opts.ttlSeconds > 0)) throw new Error("ttlSeconds must be positive");
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT({ capabilities: [...opts.capabilities] })
    .setSubject(opts.agentId)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + Math.floor(opts.ttlSeconds))
    .setJti(randomUUID());
  if (opts.issuer) jwt = jwt.setIssuer(opts.issuer);
  if (opts.audience) jwt = jwt.setAudience(opts.audience);
  if ("secret" in opts.key) {
    const secret = new TextEncoder().encode(opts.key.secret);
    if (secret.length < 32) throw new Error("the secret must be at least 32 bytes");
    return jwt.setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(secret);
  }
  const { algorithm, keyId } = opts.key;
  const privateKey = typeof opts.key.privateKey === "string" ? await importPKCS8(opts.key.privateKey, algorithm) : opts.key.privateKey;
  return jwt.setProtectedHeader({ alg: algorithm, typ: "JWT", ...(keyId ? { kid: keyId } : {}) }).sign(privateKey);
}

/** The signing key the configuration implies, for `kalguard-sidecar token`. */
export async function signingKeyFromConfig(config: Config, keyId?: string): Promise<SigningKey> {
  if (config.KALGUARD_TOKEN_SECRET) return { secret: config.KALGUARD_TOKEN_SECRET };
  const path = config.KALGUARD_TOKEN_PRIVATE_KEY_PATH;
  if (!path) {
    throw new ConfigError(["KALGUARD_TOKEN_SECRET or KALGUARD_TOKEN_PRIVATE_KEY_PATH (with KALGUARD_TOKEN_ALGORITHM) is needed to mint tokens"]);
  }
  const algorithm = config.KALGUARD_TOKEN_ALGORITHM;
  if (!algorithm || !ASYMMETRIC_ALGORITHMS.includes(algorithm)) throw new ConfigError(["KALGUARD_TOKEN_ALGORITHM: required with KALGUARD_TOKEN_PRIVATE_KEY_PATH"]);
  let pem: string;
  try {
    pem = await readFile(path, "utf8");
  } catch (err) {
    throw new ConfigError([`KALGUARD_TOKEN_PRIVATE_KEY_PATH: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? ""}`]);
  }
  return { privateKey: pem, algorithm, ...(keyId ? { keyId } : {}) };
}
