import type { PolicyInput } from "./schema.js";

/** In force when no KALGUARD_POLICY_PATH is configured: nothing is allowed. */
export const DENY_ALL_POLICY: PolicyInput = {
  version: "1.0",
  defaultDecision: "deny",
  defaultReason: "no policy configured (set KALGUARD_POLICY_PATH)",
  rules: [],
};

export const DEMO_AGENT_ID = "demo-agent";

/** The embedded policy of `kalguard-sidecar dev`: one agent, both actions, one schema-checked tool. */
export const DEMO_POLICY: PolicyInput = {
  version: "1.0",
  description: "kalguard-sidecar dev demo policy",
  defaultDecision: "deny",
  defaultReason: "no matching rule",
  rules: [
    { id: "deny-destructive-tools", match: { tools: ["delete_*", "drop_*"] }, decision: "deny", reason: "destructive tools are never allowed" },
    { id: "demo-prompts", match: { agentIds: [DEMO_AGENT_ID], actions: ["prompt:check"] }, decision: "allow", reason: "demo agent may send prompts" },
    {
      id: "demo-weather",
      match: { agentIds: [DEMO_AGENT_ID], actions: ["tool:execute"], tools: ["get_weather"] },
      decision: "allow",
      reason: "demo agent may look up the weather",
    },
  ],
  tools: {
    get_weather: {
      description: "Echoes a weather request (demo tool)",
      schema: {
        type: "object",
        properties: {
          location: { type: "string", minLength: 1, maxLength: 100 },
          units: { type: "string", enum: ["metric", "imperial"] },
        },
        required: ["location"],
      },
      rateLimit: { perMinute: 30 },
      exec: { command: "/bin/echo", args: ["weather for", "{{location}}"], timeoutMs: 5000 },
    },
  },
};
