/**
 * A diagnostic for `npm run bench`, never a way to run the service: the sidecar's production build (token
 * check, policy, body schema, audit with fdatasync, the same envelope) with its prompt firewall swapped for one
 * that allows every prompt without reading it. Its row against the ceiling and the real sidecar splits the
 * prompt check's cost into "the request path" and "the firewall". Configured like the sidecar, from KALGUARD_*.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PromptFirewall } from "../src/firewall/types.js";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const built = async <T>(module: string): Promise<T> => (await import(pathToFileURL(join(DIST, module)).href)) as T;

const { loadConfig } = await built<typeof import("../src/config/env.js")>("src/config/env.js");
const { serveUntilSignalled } = await built<typeof import("../src/cli/serve.js")>("src/cli/serve.js");

const passThrough: PromptFirewall = {
  check: () => ({ riskScore: 0, riskLevel: "low", findings: [], blocked: false, redactions: {} }),
};
await serveUntilSignalled(loadConfig(), { firewall: passThrough });
