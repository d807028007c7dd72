import { z } from "zod";
import { MESSAGE_ROLES } from "../firewall/types.js";
import type { ChatMessage, Finding } from "../firewall/types.js";
import type { ToolRunResult } from "../../sandbox/types.js";

/*
 * Schemas for what the sidecar answers. The client validates every 200 against them before it reports
 * "allowed": a body that does not match is an error, never a pass. Objects are loose so that fields a newer
 * server adds survive, while every field the SDK types is checked.
 */

const ChatMessageSchema = z.looseObject({
  role: z.enum(MESSAGE_ROLES),
  content: z.string(),
}) satisfies z.ZodType<ChatMessage>;

const FindingSchema = z.looseObject({
  ruleId: z.string(),
  category: z.string(),
  messageIndex: z.number().int().min(0),
  score: z.number(),
}) satisfies z.ZodType<Finding>;

/** `allowed` inside `data`, when the server sends it, must agree with the envelope. */
const DataAllowed = z.literal(true).optional();

export const PromptCheckDataSchema = z.looseObject({
  allowed: DataAllowed,
  riskScore: z.number().min(0).max(100),
  riskLevel: z.enum(["low", "medium", "high", "critical"]),
  findings: z.array(FindingSchema),
  /** Present whenever the sidecar redacted anything; send these, not the originals. */
  sanitizedMessages: z.array(ChatMessageSchema).optional(),
});

export const ToolCheckDataSchema = z.looseObject({
  allowed: DataAllowed,
  toolName: z.string().optional(),
  /** The policy rule that allowed the call. */
  ruleId: z.string().optional(),
});

export const ToolExecuteDataSchema = z.looseObject({
  allowed: DataAllowed,
  toolName: z.string().optional(),
  exitCode: z.number().int().nullable(),
  signal: z.string().nullable(),
  stdout: z.string(),
  stderr: z.string(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
  durationMs: z.number().min(0),
  /** Which protections were really in force for this run. */
  isolation: z.looseObject({
    level: z.enum(["namespaces", "process"]),
    seccomp: z.boolean(),
    network: z.boolean(),
    rlimits: z.boolean(),
  }),
}) satisfies z.ZodType<ToolRunResult>;

/** The envelope of a 200 answer; anything but `allowed: true` with `decision: "allow"` is rejected. */
export const AllowEnvelopeSchema = z.looseObject({
  allowed: z.literal(true),
  decision: z.literal("allow"),
  message: z.string(),
  requestId: z.string().min(1),
  clientRequestId: z.string().optional(),
  data: z.unknown(),
});

export const HealthBodySchema = z.looseObject({
  status: z.literal("ok"),
  requestId: z.string().min(1),
  checks: z.record(z.string(), z.unknown()),
});

export type PromptCheckData = z.output<typeof PromptCheckDataSchema>;
export type ToolCheckData = z.output<typeof ToolCheckDataSchema>;
export type ToolExecuteData = z.output<typeof ToolExecuteDataSchema>;
export type HealthResult = z.output<typeof HealthBodySchema>;

/** A decision the sidecar allowed. Denials never come back as a value: they are thrown. */
export interface AllowVerdict<D> {
  allowed: true;
  decision: "allow";
  message: string;
  requestId: string;
  /** The caller's `x-kalguard-request-id`, echoed by the server. */
  clientRequestId?: string;
  data: D;
}

export type PromptVerdict = AllowVerdict<PromptCheckData>;
export type ToolCheckVerdict = AllowVerdict<ToolCheckData>;
export type ToolExecuteVerdict = AllowVerdict<ToolExecuteData>;

/** Matched against the `metadata` of policy rules. */
export interface RequestContext {
  metadata?: Record<string, string>;
}

export interface CallOptions {
  /** Sent as `x-kalguard-request-id`; the server echoes it and records it beside its own request id. */
  requestId?: string;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
}

export interface ToolCallOptions extends CallOptions {
  context?: RequestContext;
}

export type { ChatMessage, Finding, RiskLevel } from "../firewall/types.js";
