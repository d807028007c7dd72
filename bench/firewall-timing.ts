import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { ChatMessage, PromptFirewall } from "../src/firewall/types.js";
import { distribution, type Distribution } from "./stats.js";

export interface FirewallCase {
  name: string;
  text: string;
  repetitions: number;
}

export interface FirewallTiming {
  name: string;
  bytes: number;
  repetitions: number;
  /** Milliseconds per check (one user message holding the whole text). */
  ms: Distribution;
  riskScore: number;
  blocked: boolean;
}

type FirewallModule = typeof import("../src/firewall/index.js");
type ConfigModule = typeof import("../src/config/env.js");

/** Loads the production build's firewall with the default configuration, as the served process would. */
export async function loadBuiltFirewall(distRoot: string): Promise<PromptFirewall> {
  const { createFirewall } = (await import(pathToFileURL(`${distRoot}/src/firewall/index.js`).href)) as FirewallModule;
  const { loadConfig } = (await import(pathToFileURL(`${distRoot}/src/config/env.js`).href)) as ConfigModule;
  const config = loadConfig({});
  return createFirewall({
    blockThreshold: config.KALGUARD_PROMPT_BLOCK_THRESHOLD,
    sanitizeThreshold: config.KALGUARD_PROMPT_SANITIZE_THRESHOLD,
    redact: config.KALGUARD_PROMPT_REDACT,
  });
}

/** Times `firewall.check` in this process, with nothing else running; two untimed checks first warm the JIT. */
export function timeFirewall(firewall: PromptFirewall, cases: readonly FirewallCase[]): FirewallTiming[] {
  return cases.map(({ name, text, repetitions }) => {
    const messages: ChatMessage[] = [{ role: "user", content: text }];
    firewall.check(messages);
    const verdict = firewall.check(messages);
    const samples = new Float64Array(repetitions);
    for (let i = 0; i < repetitions; i++) {
      const start = performance.now();
      firewall.check(messages);
      samples[i] = performance.now() - start;
    }
    const ms = distribution(samples);
    return { name, bytes: Buffer.byteLength(text), repetitions, ms, riskScore: verdict.riskScore, blocked: verdict.blocked };
  });
}
