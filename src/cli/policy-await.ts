import { setTimeout as sleep } from "node:timers/promises";
import { localHealthUrl, readHealth } from "./local-health.js";

/** How often /health is asked while waiting. */
const POLL_MS = 50;

/** The policy hash the local service's /health reports, or undefined when it does not answer one. */
async function servedHash(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const { body } = await readHealth(url, timeoutMs);
    const hash = (body as { checks?: { policy?: { hash?: unknown } } }).checks?.policy?.hash;
    return typeof hash === "string" ? hash : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the local service (KALGUARD_HOST, KALGUARD_PORT) serves the policy whose hash is `hash`, asking its
 * /health; true when it does within `timeoutMs`. Signals return before their handler runs, so a reload is only
 * done when the service says so: `systemctl reload` runs this after its SIGHUP and fails if the policy never comes.
 */
export async function awaitServedPolicy(hash: string, timeoutMs: number): Promise<{ served: boolean; last: string | undefined; url: string }> {
  const url = localHealthUrl();
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    last = await servedHash(url, Math.max(1, Math.min(1000, deadline - Date.now())));
    if (last === hash) return { served: true, last, url };
    if (Date.now() + POLL_MS > deadline) return { served: false, last, url };
    await sleep(POLL_MS);
  }
}
