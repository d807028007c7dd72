import type { KalGuardClient } from "./client.js";
import type { ChatMessage, PromptVerdict, RequestContext, ToolCheckVerdict } from "./types.js";

/**
 * The JSON form of a value, taken once. The check and the handler both see exactly this copy, so neither a later
 * mutation nor a `toJSON` that shows the sidecar something other than the object itself slips past the check.
 */
function snapshot<T>(value: T, what: string): T {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`${what} must be JSON-serialisable`);
  return JSON.parse(json) as T;
}

export interface GuardOptions {
  /** Sent with every check (matched against rule `metadata`); a prompt call may pass its own instead. */
  context?: RequestContext;
}

/**
 * Wraps an LLM call: the messages are checked first; on allow the handler receives the sanitized messages when
 * the sidecar redacted anything, else the messages as checked. A denial or any error throws and the handler is
 * never called.
 */
export function withPromptCheck<R>(
  client: KalGuardClient,
  handler: (messages: ChatMessage[], verdict: PromptVerdict) => R | Promise<R>,
  options: GuardOptions = {},
): (messages: readonly ChatMessage[], context?: RequestContext) => Promise<R> {
  return async (messages, context) => {
    const checked = snapshot([...messages], "messages");
    const verdict = await client.checkPrompt(checked, context ?? options.context);
    return handler(verdict.data.sanitizedMessages ?? checked, verdict);
  };
}

/**
 * Wraps a tool implementation: the call is checked with these arguments first, and the handler receives the
 * arguments as checked. A denial or any error throws and the handler is never called.
 */
export function withToolCheck<A extends Record<string, unknown>, R>(
  client: KalGuardClient,
  toolName: string,
  handler: (args: A, verdict: ToolCheckVerdict) => R | Promise<R>,
  options: GuardOptions = {},
): (args: A) => Promise<R> {
  return async (args) => {
    const checked = snapshot(args, "tool arguments");
    if (checked === null || typeof checked !== "object" || Array.isArray(checked)) throw new TypeError("tool arguments must be a JSON object");
    const verdict = await client.checkTool(toolName, checked, options.context === undefined ? {} : { context: options.context });
    return handler(checked, verdict);
  };
}
