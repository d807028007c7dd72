import { createAgentToken, signingKeyFromConfig } from "../auth/mint.js";
import { loadConfig } from "../config/env.js";
import { ACTIONS } from "../policy/schema.js";
import { parseCommandArgs, parseDuration, UsageError } from "./args.js";

export const TOKEN_HELP = `Usage: kalguard-sidecar token --agent ID --cap CAPABILITY [--cap ...] [--ttl 1h] [--kid KEY_ID]

Mints an agent token with the configured key: KALGUARD_TOKEN_SECRET (HS256), or
KALGUARD_TOKEN_PRIVATE_KEY_PATH with KALGUARD_TOKEN_ALGORITHM (EdDSA, ES256, RS256).
KALGUARD_TOKEN_ISSUER / KALGUARD_TOKEN_AUDIENCE are set as iss / aud when configured.

  --agent ID       the agent id (the token's sub)
  --cap CAP        a capability: ${ACTIONS.join(", ")} (repeatable)
  --ttl DURATION   lifetime, e.g. 900, 15m, 1h, 7d (default 1h; at most KALGUARD_TOKEN_MAX_TTL_SECONDS)
  --kid KEY_ID     key id header for asymmetric keys (JWKS rotation)
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { agent: { type: "string" }, cap: { type: "string", multiple: true }, ttl: { type: "string" }, kid: { type: "string" } },
    { min: 0, max: 0 },
  );
  if (values.help) {
    process.stdout.write(TOKEN_HELP);
    return 0;
  }
  if (!values.agent) throw new UsageError("--agent is required");
  const caps = values.cap ?? [];
  if (caps.length === 0) throw new UsageError("at least one --cap is required");
  const unknown = caps.filter((c) => !(ACTIONS as readonly string[]).includes(c));
  if (unknown.length) throw new UsageError(`unknown capability: ${unknown.join(", ")} (known: ${ACTIONS.join(", ")})`);
  const config = loadConfig();
  const ttlSeconds = parseDuration(values.ttl ?? "1h");
  if (ttlSeconds > config.KALGUARD_TOKEN_MAX_TTL_SECONDS) {
    throw new UsageError(`--ttl exceeds KALGUARD_TOKEN_MAX_TTL_SECONDS (${config.KALGUARD_TOKEN_MAX_TTL_SECONDS}s): the server would refuse the token`);
  }
  const token = await createAgentToken({
    agentId: values.agent,
    capabilities: caps,
    ttlSeconds,
    key: await signingKeyFromConfig(config, values.kid),
    ...(config.KALGUARD_TOKEN_ISSUER ? { issuer: config.KALGUARD_TOKEN_ISSUER } : {}),
    ...(config.KALGUARD_TOKEN_AUDIENCE ? { audience: config.KALGUARD_TOKEN_AUDIENCE } : {}),
  });
  process.stdout.write(`${token}\n`);
  return 0;
}
