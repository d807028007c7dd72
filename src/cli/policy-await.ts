import { get } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { loadConfig } from "../config/env.js";
import { healthUrl } from "./healthcheck.js";

/** How often /health is asked while waiting. */
const POLL_MS = 50;

/**
 * The policy hash the local service's /health reports, or undefined when it does not answer one. With node:http,
 * not fetch: fetch parses HTTP in WebAssembly, which the unit's `--jitless` turns off.
 */
function servedHash(url: string, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", () => resolve(undefined));
      res.on("end", () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { checks?: { policy?: { hash?: unknown } } };
          const hash = body.checks?.policy?.hash;
          resolve(typeof hash === "string" ? hash : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(undefined));
  });
}

/**
 * Waits until the local service (KALGUARD_HOST, KALGUARD_PORT) serves the policy whose hash is `hash`, asking its
 * /health; true when it does within `timeoutMs`. Signals return before their handler runs, so a reload is only
 * done when the service says so: `systemctl reload` runs this after its SIGHUP and fails if the policy never comes.
 */
export async function awaitServedPolicy(hash: string, timeoutMs: number): Promise<{ served: boolean; last: string | undefined; url: string }> {
  const config = loadConfig();
  const url = healthUrl(config.KALGUARD_HOST, config.KALGUARD_PORT);
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    last = await servedHash(url, Math.max(1, Math.min(1000, deadline - Date.now())));
    if (last === hash) return { served: true, last, url };
    if (Date.now() + POLL_MS > deadline) return { served: false, last, url };
    await sleep(POLL_MS);
  }
}
