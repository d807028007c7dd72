import { createPublicKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createLocalJWKSet, importSPKI, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { ConfigError, type Config } from "../config/env.js";

export const ASYMMETRIC_ALGORITHMS = ["EdDSA", "ES256", "RS256"] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** The verification key and the only algorithms it may be used with: pinning is what stops alg confusion. */
export interface VerificationKey {
  kind: "secret" | "public-key" | "jwks";
  /** Every kind resolves through one getter, so verification is one code path whatever the key. */
  getKey: JWTVerifyGetKey;
  algorithms: ("HS256" | AsymmetricAlgorithm)[];
}

export const NO_KEY_HELP =
  "no token key configured: set KALGUARD_TOKEN_SECRET (at least 32 bytes, e.g. `openssl rand -base64 48`), " +
  "or KALGUARD_TOKEN_PUBLIC_KEY_PATH / KALGUARD_TOKEN_JWKS_PATH; for a local trial run `kalguard-sidecar dev`";

/** Which algorithm a PEM public key is for, from the key itself. */
export function algorithmOfPublicKey(pem: string): AsymmetricAlgorithm {
  const key = createPublicKey(pem);
  const type = key.asymmetricKeyType;
  if (type === "ed25519") return "EdDSA";
  if (type === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1") return "ES256";
  if (type === "rsa") {
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) throw new Error("RSA keys must be at least 2048 bits");
    return "RS256";
  }
  throw new Error(`unsupported public key type ${type ?? "unknown"} (use Ed25519, P-256 or RSA)`);
}

async function readConfigFile(variable: string, path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new ConfigError([`${variable}: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`]);
  }
}

export async function loadVerificationKey(config: Config): Promise<VerificationKey> {
  const sources = [
    config.KALGUARD_TOKEN_SECRET && "KALGUARD_TOKEN_SECRET",
    config.KALGUARD_TOKEN_PUBLIC_KEY_PATH && "KALGUARD_TOKEN_PUBLIC_KEY_PATH",
    config.KALGUARD_TOKEN_JWKS_PATH && "KALGUARD_TOKEN_JWKS_PATH",
  ].filter(Boolean);
  if (sources.length === 0) throw new ConfigError([NO_KEY_HELP]);
  if (sources.length > 1) throw new ConfigError([`${sources.join(", ")}: configure exactly one token key source`]);

  if (config.KALGUARD_TOKEN_SECRET) {
    const secret = new TextEncoder().encode(config.KALGUARD_TOKEN_SECRET);
    return { kind: "secret", getKey: () => secret, algorithms: ["HS256"] };
  }
  if (config.KALGUARD_TOKEN_PUBLIC_KEY_PATH) {
    const pem = await readConfigFile("KALGUARD_TOKEN_PUBLIC_KEY_PATH", config.KALGUARD_TOKEN_PUBLIC_KEY_PATH);
    let alg: AsymmetricAlgorithm;
    try {
      alg = algorithmOfPublicKey(pem);
    } catch (err) {
      throw new ConfigError([`KALGUARD_TOKEN_PUBLIC_KEY_PATH: ${(err as Error).message}`]);
    }
    if (config.KALGUARD_TOKEN_ALGORITHM && config.KALGUARD_TOKEN_ALGORITHM !== alg) {
      throw new ConfigError([`KALGUARD_TOKEN_ALGORITHM: ${config.KALGUARD_TOKEN_ALGORITHM} does not fit the ${alg} key`]);
    }
    const publicKey = await importSPKI(pem, alg);
    return { kind: "public-key", getKey: () => publicKey, algorithms: [alg] };
  }
  const path = config.KALGUARD_TOKEN_JWKS_PATH as string;
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(await readConfigFile("KALGUARD_TOKEN_JWKS_PATH", path)) as JSONWebKeySet;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError([`KALGUARD_TOKEN_JWKS_PATH: ${path} is not valid JSON`]);
  }
  const keys = Array.isArray(jwks?.keys) ? jwks.keys : [];
  if (keys.length === 0) throw new ConfigError([`KALGUARD_TOKEN_JWKS_PATH: ${path} has no keys`]);
  const algorithms = new Set<AsymmetricAlgorithm>();
  for (const [i, k] of keys.entries()) {
    if (!k.kid) throw new ConfigError([`KALGUARD_TOKEN_JWKS_PATH: keys[${i}] has no kid`]);
    if (!ASYMMETRIC_ALGORITHMS.includes(k.alg as AsymmetricAlgorithm)) {
      throw new ConfigError([`KALGUARD_TOKEN_JWKS_PATH: keys[${i}] must name alg EdDSA, ES256 or RS256`]);
    }
    if ("d" in k || "k" in k) throw new ConfigError([`KALGUARD_TOKEN_JWKS_PATH: keys[${i}] is not a public key`]);
    algorithms.add(k.alg as AsymmetricAlgorithm);
  }
  return { kind: "jwks", getKey: createLocalJWKSet(jwks), algorithms: [...algorithms] };
}
