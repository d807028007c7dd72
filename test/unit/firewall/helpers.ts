import { createFirewall, REDACTION_KINDS, type ChatMessage, type FirewallConfig, type FirewallVerdict } from "../../../src/firewall/index.js";

export const DEFAULT_CONFIG: FirewallConfig = { blockThreshold: 70, sanitizeThreshold: 50, redact: [...REDACTION_KINDS] };

const shared = createFirewall(DEFAULT_CONFIG);

export function check(messages: ChatMessage[]): FirewallVerdict {
  return shared.check(messages);
}

export function checkUser(text: string): FirewallVerdict {
  return shared.check([{ role: "user", content: text }]);
}

/** What an agent sends for fetched data: the user's request, then the data as a `tool` message. */
export function checkFetched(request: string, content: string): FirewallVerdict {
  return shared.check([
    { role: "user", content: request },
    { role: "tool", content },
  ]);
}

export function ruleIds(v: FirewallVerdict): string[] {
  return v.findings.map((f) => f.ruleId);
}

export function categories(v: FirewallVerdict): string[] {
  return [...new Set(v.findings.map((f) => f.category))];
}
