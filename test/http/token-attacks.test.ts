import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgentToken } from "../../src/auth/mint.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { TEST_POLICY } from "../helpers/policies.js";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({ sub: "agent-1", capabilities: ["prompt:check"], iat: now(), nbf: now(), exp: now() + 600, ...extra });
const body = { messages: [{ role: "user", content: "hello" }] };

async function expect401(s: TestServer, token: string): Promise<void> {
  const res = await s.post("/v1/prompt/check", body, { token });
  expect(res.status).toBe(401);
  expect(res.body).toMatchObject({ allowed: false, decision: "deny", errorCode: "AUTH_FAILED" });
}

describe("HS256 tokens", () => {
  let s: TestServer;
  let secret: Uint8Array;
  beforeAll(async () => {
    s = await startTestServer({ policy: TEST_POLICY, env: { KALGUARD_TOKEN_ISSUER: "kalguard-test", KALGUARD_TOKEN_AUDIENCE: "sidecar", KALGUARD_TOKEN_MAX_TTL_SECONDS: "3600", KALGUARD_TOKEN_CLOCK_TOLERANCE_SECONDS: "1" } });
    secret = new TextEncoder().encode(s.secret);
  });
  afterAll(() => s.close());
  const sign = (c: Record<string, unknown>, header: Record<string, unknown> = { alg: "HS256" }) =>
    new SignJWT(c).setProtectedHeader(header as { alg: string }).sign(secret);
  const good = (extra: Record<string, unknown> = {}) => sign(claims({ iss: "kalguard-test", aud: "sidecar", ...extra }));

  it("accepts a well-formed token", async () => {
    expect((await s.post("/v1/prompt/check", body, { token: await good() })).status).toBe(200);
  });
  it("accepts a token minted by createAgentToken with the configured issuer and audience", async () => {
    const token = await createAgentToken({ agentId: "agent-1", capabilities: ["prompt:check"], ttlSeconds: 60, key: { secret: s.secret }, issuer: "kalguard-test", audience: "sidecar" });
    expect((await s.post("/v1/prompt/check", body, { token })).status).toBe(200);
  });
  it("refuses alg none", async () => {
    await expect401(s, `${b64({ alg: "none", typ: "JWT" })}.${b64(claims({ iss: "kalguard-test", aud: "sidecar" }))}.`);
  });
  it("refuses alg none even with a signature segment", async () => {
    await expect401(s, `${b64({ alg: "none" })}.${b64(claims({ iss: "kalguard-test", aud: "sidecar" }))}.AAAA`);
  });
  it("refuses an expired token", async () => {
    await expect401(s, await good({ iat: now() - 1200, nbf: now() - 1200, exp: now() - 600 }));
  });
  it("refuses a token whose nbf is in the future", async () => {
    await expect401(s, await good({ nbf: now() + 600 }));
  });
  it("refuses a token without exp", async () => {
    const { exp: _exp, ...rest } = claims({ iss: "kalguard-test", aud: "sidecar" });
    await expect401(s, await sign(rest));
  });
  it("refuses a lifetime above KALGUARD_TOKEN_MAX_TTL_SECONDS", async () => {
    await expect401(s, await good({ exp: now() + 7200 }));
  });
  it("refuses the wrong issuer", async () => {
    await expect401(s, await good({ iss: "someone-else" }));
  });
  it("refuses the wrong audience", async () => {
    await expect401(s, await good({ aud: "another-service" }));
  });
  it("refuses a token signed with another secret", async () => {
    const other = await new SignJWT(claims({ iss: "kalguard-test", aud: "sidecar" }))
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode("x".repeat(48)));
    await expect401(s, other);
  });
  it("refuses a tampered payload", async () => {
    const [header, , signature] = (await good()).split(".");
    await expect401(s, `${header}.${b64(claims({ iss: "kalguard-test", aud: "sidecar", sub: "admin", capabilities: ["prompt:check", "tool:execute"] }))}.${signature}`);
  });
  it("refuses a truncated token", async () => {
    const token = await good();
    await expect401(s, token.slice(0, token.length - 5));
    await expect401(s, token.split(".").slice(0, 2).join("."));
  });
  it("refuses a 10 KB token", async () => {
    await expect401(s, await good({ padding: "p".repeat(10 * 1024) }));
  });
  it("refuses HS512 although the secret would verify it", async () => {
    await expect401(s, await sign(claims({ iss: "kalguard-test", aud: "sidecar" }), { alg: "HS512" }));
  });
  it("refuses a token after it expires even when it was cached while valid", async () => {
    const token = await good({ exp: now() + 2 });
    expect((await s.post("/v1/prompt/check", body, { token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3500));
    await expect401(s, token);
  });
});

describe("asymmetric tokens", () => {
  it("refuses HS256 signed with the RSA public key as the HMAC secret (algorithm confusion)", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const s = await startTestServer({ policy: TEST_POLICY, env: { KALGUARD_TOKEN_SECRET: "", KALGUARD_TOKEN_PUBLIC_KEY_PATH: await writeKey(pem) } });
    try {
      const genuine = await new SignJWT(claims()).setProtectedHeader({ alg: "RS256" }).sign(privateKey);
      expect((await s.post("/v1/prompt/check", body, { token: genuine })).status).toBe(200);
      const forged = await new SignJWT(claims()).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(pem));
      await expect401(s, forged);
    } finally {
      await s.close();
    }
  });

  it("refuses HS256 signed with the EC public key as the HMAC secret", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const s = await startTestServer({ policy: TEST_POLICY, env: { KALGUARD_TOKEN_SECRET: "", KALGUARD_TOKEN_PUBLIC_KEY_PATH: await writeKey(pem) } });
    try {
      expect((await s.post("/v1/prompt/check", body, { token: await new SignJWT(claims()).setProtectedHeader({ alg: "ES256" }).sign(privateKey) })).status).toBe(200);
      await expect401(s, await new SignJWT(claims()).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(pem)));
    } finally {
      await s.close();
    }
  });

  it("verifies EdDSA tokens against a JWKS by kid, so keys can rotate", async () => {
    const oldKey = await generateKeyPair("EdDSA", { extractable: true });
    const newKey = await generateKeyPair("EdDSA", { extractable: true });
    const stranger = await generateKeyPair("EdDSA", { extractable: true });
    const jwks = {
      keys: [
        { ...(await exportJWK(oldKey.publicKey)), kid: "2026-01", alg: "EdDSA" },
        { ...(await exportJWK(newKey.publicKey)), kid: "2026-02", alg: "EdDSA" },
      ],
    };
    const s = await startTestServer({ policy: TEST_POLICY, env: { KALGUARD_TOKEN_SECRET: "", KALGUARD_TOKEN_JWKS_PATH: await writeKey(JSON.stringify(jwks)) } });
    try {
      const mint = (key: CryptoKey, kid: string) => createAgentToken({ agentId: "agent-1", capabilities: ["prompt:check"], ttlSeconds: 60, key: { privateKey: key, algorithm: "EdDSA", keyId: kid } });
      expect((await s.post("/v1/prompt/check", body, { token: await mint(oldKey.privateKey, "2026-01") })).status).toBe(200);
      expect((await s.post("/v1/prompt/check", body, { token: await mint(newKey.privateKey, "2026-02") })).status).toBe(200);
      await expect401(s, await mint(stranger.privateKey, "2026-02"));
      await expect401(s, await mint(newKey.privateKey, "2026-03"));
    } finally {
      await s.close();
    }
  });

  it("accepts an ES256 key file and refuses a token signed with a different P-256 key", async () => {
    const key = await generateKeyPair("ES256", { extractable: true });
    const other = await generateKeyPair("ES256");
    const s = await startTestServer({ policy: TEST_POLICY, env: { KALGUARD_TOKEN_SECRET: "", KALGUARD_TOKEN_PUBLIC_KEY_PATH: await writeKey(await exportSPKI(key.publicKey)) } });
    try {
      const mint = (k: CryptoKey) => createAgentToken({ agentId: "agent-1", capabilities: ["prompt:check"], ttlSeconds: 60, key: { privateKey: k, algorithm: "ES256" } });
      expect((await s.post("/v1/prompt/check", body, { token: await mint(key.privateKey) })).status).toBe(200);
      await expect401(s, await mint(other.privateKey));
    } finally {
      await s.close();
    }
  });
});

let keyDir: string | undefined;
async function writeKey(text: string): Promise<string> {
  keyDir ??= await mkdtemp(join(tmpdir(), "kalguard-keys-"));
  const file = join(keyDir, `${Math.random().toString(36).slice(2)}.key`);
  await writeFile(file, text);
  return file;
}
