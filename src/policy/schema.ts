import { z } from "zod";

/** Names an agent, action or tool; `*` globs are allowed in rule matches. */
const Name = z.string().min(1).max(256);
/** Tool names registered under `tools` are literal: no globs, nothing a shell would read. */
const ToolName = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "tool names use letters, digits, _ . : - only");
const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, "an environment variable name");

export const ACTIONS = ["prompt:check", "tool:execute"] as const;
export type Action = (typeof ACTIONS)[number];

export const RuleMatchSchema = z.strictObject({
  agentIds: z.array(Name).min(1).optional(),
  actions: z.array(Name).min(1).optional(),
  tools: z.array(Name).min(1).optional(),
  metadata: z.record(z.string().min(1), z.string()).optional(),
});

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "rule ids use letters, digits, _ . : - only"),
  description: z.string().max(1024).optional(),
  match: RuleMatchSchema,
  decision: z.enum(["allow", "deny"]),
  reason: z.string().max(1024).optional(),
});

export const ResourceLimitsSchema = z.strictObject({
  cpuSeconds: z.number().int().min(1).max(3600).default(10),
  memoryBytes: z.number().int().min(16 * 1024 * 1024).max(64 * 1024 ** 3).default(512 * 1024 * 1024),
  openFiles: z.number().int().min(8).max(65536).default(256),
  processes: z.number().int().min(1).max(4096).default(64),
  fileSizeBytes: z.number().int().min(0).max(64 * 1024 ** 3).default(64 * 1024 * 1024),
});

export const ExecSchema = z.strictObject({
  /** Absolute path of the program; it is executed directly, never through a shell. */
  command: z.string().regex(/^\/[^\0]*$/, "an absolute path"),
  /** argv template: an entry that is exactly `{{name}}` becomes that argument's value as one whole entry. */
  args: z.array(z.string().max(4096)).max(256).default([]),
  timeoutMs: z.number().int().min(1).max(600_000).default(5000),
  /** Names of the sidecar's environment variables the tool may see. */
  env: z.array(EnvName).max(64).default([]),
  maxOutputBytes: z.number().int().min(1).max(64 * 1024 * 1024).default(1024 * 1024),
  network: z.boolean().default(false),
  /** `namespaces`: refuse to run where namespace isolation is unavailable. */
  isolation: z.enum(["any", "namespaces"]).default("any"),
  limits: ResourceLimitsSchema.default(ResourceLimitsSchema.parse({})),
  /** Extra syscalls to deny for this tool, on top of the default tool filter. */
  seccompDeny: z.array(z.string().regex(/^[a-z0-9_]{1,64}$/)).max(512).default([]),
  /** Extra read-only paths bound into the namespace sandbox. */
  readOnlyPaths: z.array(z.string().regex(/^\/[^\0]*$/)).max(64).default([]),
});

export const ToolSchema = z.strictObject({
  description: z.string().max(1024).optional(),
  /** JSON Schema for the arguments object; compiled with ajv when the policy loads. */
  schema: z.record(z.string(), z.unknown()).optional(),
  rateLimit: z.strictObject({ perMinute: z.number().int().min(1).max(1_000_000) }).optional(),
  exec: ExecSchema.optional(),
});

export const PolicySchema = z
  .strictObject({
    version: z.literal("1.0"),
    description: z.string().max(4096).optional(),
    defaultDecision: z.enum(["allow", "deny"]).optional(),
    defaultReason: z.string().max(1024).optional(),
    requireToolSchemas: z.boolean().default(false),
    rules: z.array(RuleSchema).max(10_000).default([]),
    tools: z.record(ToolName, ToolSchema).default({}),
  })
  .superRefine((policy, ctx) => {
    const seen = new Map<string, number>();
    policy.rules.forEach((rule, i) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id "${rule.id}" (first at rules[${first}])` });
      } else {
        seen.set(rule.id, i);
      }
    });
    if (policy.requireToolSchemas) {
      for (const [name, tool] of Object.entries(policy.tools)) {
        if (!tool.schema) ctx.addIssue({ code: "custom", path: ["tools", name, "schema"], message: "requireToolSchemas is set: this tool needs a schema" });
      }
    }
  });

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyRule = z.output<typeof RuleSchema>;
export type RuleMatch = z.output<typeof RuleMatchSchema>;
export type ToolDefinition = z.output<typeof ToolSchema>;
export type ExecSpec = z.output<typeof ExecSchema>;
export type ResourceLimits = z.output<typeof ResourceLimitsSchema>;
