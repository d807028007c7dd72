import { z } from "zod";
import { KalGuardError } from "../errors.js";
import { MESSAGE_ROLES } from "../firewall/types.js";

const Metadata = z.record(z.string().max(256), z.string().max(4096)).refine((m) => Object.keys(m).length <= 64, "at most 64 entries");
const Context = z.strictObject({ metadata: Metadata.optional() });

/** OpenAI-style text parts are accepted and joined; anything the firewall cannot read is refused, not skipped. */
const Content = z.union(
  [
    z.string(),
    z.array(z.strictObject({ type: z.literal("text"), text: z.string() })).max(1000).transform((parts) => parts.map((p) => p.text).join("\n")),
  ],
  { error: 'expected a string or a list of at most 1000 {"type":"text","text":"…"} parts' },
);

export const PromptCheckBody = z.strictObject({
  messages: z
    .array(
      z.strictObject({
        role: z.enum(MESSAGE_ROLES),
        content: Content,
        name: z.string().max(256).optional(),
        tool_call_id: z.string().max(256).optional(),
      }),
    )
    .min(1)
    .max(1000),
  context: Context.optional(),
});

export const ToolCheckBody = z.strictObject({
  toolName: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "a tool name: 1-128 letters, digits, _ . : -"),
  arguments: z.record(z.string(), z.unknown()),
  context: Context.optional(),
});

function fieldName(path: readonly PropertyKey[]): string {
  let out = "body";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `.${String(part)}`;
  return out;
}

/** Validates a request body; a failure is a 400 whose message names the field at fault. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  if (body === undefined || body === null) throw new KalGuardError("BAD_REQUEST", { message: "body: a JSON object is required", reason: "body" });
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map((issue) => {
    if (issue.code === "unrecognized_keys") return `${fieldName(issue.path)}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    return `${fieldName(issue.path)}: ${issue.message}`;
  });
  const first = parsed.error.issues[0];
  throw new KalGuardError("BAD_REQUEST", {
    message: issues.join("; "),
    reason: first ? fieldName(first.path) : "body",
    data: { errors: issues },
  });
}
