import { KalGuardNetworkError, KalGuardProtocolError, KalGuardTimeoutError } from "./errors.js";
import { interpretAllow, interpretBody, type RawResponse } from "./response.js";
import {
  HealthBodySchema,
  PromptCheckDataSchema,
  ToolCheckDataSchema,
  ToolExecuteDataSchema,
  type CallOptions,
  type ChatMessage,
  type HealthResult,
  type RequestContext,
  type PromptVerdict,
  type ToolCallOptions,
  type ToolCheckVerdict,
  type ToolExecuteVerdict,
} from "./types.js";

export type TokenSource = string | (() => string | Promise<string>);

export interface KalGuardClientOptions {
  /** Where the sidecar listens, e.g. `http://127.0.0.1:9292`; a path prefix is kept. */
  baseUrl: string;
  /** The agent token, or a function returning a current one (called per request, for rotation). */
  token: TokenSource;
  /** Whole-request budget, connect to last body byte. Default 5000. */
  timeoutMs?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 5000;

// Characters of a compact JWS; anything else (CR, LF, spaces) would be a header-injection attempt or a bug.
const TOKEN_SHAPE = /^[A-Za-z0-9_\-.=+/~]+$/;
// Visible ASCII only, so the header can never be split or rejected by fetch as a network error.
const REQUEST_ID_SHAPE = /^[\x21-\x7e]{1,128}$/;

function checkTimeout(ms: number, what: string): number {
  if (!Number.isInteger(ms) || ms <= 0) throw new TypeError(`${what} must be a positive whole number of milliseconds`);
  return ms;
}

function checkToken(token: unknown): string {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) throw new TypeError("KalGuard token must be a non-empty compact JWT string");
  return token;
}

/** Client for the KalGuard sidecar. Only a well-formed allow resolves; every denial or failure throws. */
export class KalGuardClient {
  readonly #base: URL;
  readonly #token: TokenSource;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(options: KalGuardClientOptions) {
    let base: URL;
    try {
      base = new URL(options.baseUrl);
    } catch {
      throw new TypeError(`KalGuard baseUrl is not a URL: ${String(options.baseUrl)}`);
    }
    if (base.protocol !== "http:" && base.protocol !== "https:") throw new TypeError("KalGuard baseUrl must be http or https");
    if (base.username || base.password || base.search || base.hash) {
      throw new TypeError("KalGuard baseUrl must not carry credentials, a query or a fragment");
    }
    if (!base.pathname.endsWith("/")) base.pathname += "/";
    this.#base = base;
    if (typeof options.token !== "function") checkToken(options.token);
    this.#token = options.token;
    this.#timeoutMs = checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, "timeoutMs");
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  /** May these messages go to the model? Resolves with the verdict (use `data.sanitizedMessages` if present). */
  async checkPrompt(messages: readonly ChatMessage[], context?: RequestContext, options?: CallOptions): Promise<PromptVerdict> {
    const body = context === undefined ? { messages } : { messages, context };
    return interpretAllow(await this.#post("v1/prompt/check", body, options), PromptCheckDataSchema, options?.requestId);
  }

  /** May this tool run with these arguments? */
  async checkTool(toolName: string, args: Record<string, unknown>, options?: ToolCallOptions): Promise<ToolCheckVerdict> {
    const res = await this.#post("v1/tool/check", toolBody(toolName, args, options), options);
    return answersTool(interpretAllow(res, ToolCheckDataSchema, options?.requestId), toolName);
  }

  /** Checks the tool call, then has the sidecar run the tool's registered command in its sandbox. */
  async executeTool(toolName: string, args: Record<string, unknown>, options?: ToolCallOptions): Promise<ToolExecuteVerdict> {
    const res = await this.#post("v1/tool/execute", toolBody(toolName, args, options), options);
    return answersTool(interpretAllow(res, ToolExecuteDataSchema, options?.requestId), toolName);
  }

  /** Resolves when the sidecar reports healthy; a 503 throws KalGuardServiceError with the failing check in `body`. */
  async health(options?: CallOptions): Promise<HealthResult> {
    return interpretBody(await this.#send("GET", "health", undefined, false, options), HealthBodySchema);
  }

  #post(path: string, body: unknown, options: CallOptions | undefined): Promise<RawResponse> {
    return this.#send("POST", path, JSON.stringify(body), true, options);
  }

  async #send(method: string, path: string, body: string | undefined, authenticated: boolean, options: CallOptions = {}): Promise<RawResponse> {
    const timeoutMs = options.timeoutMs === undefined ? this.#timeoutMs : checkTimeout(options.timeoutMs, "timeoutMs");
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (options.requestId !== undefined) {
      if (!REQUEST_ID_SHAPE.test(options.requestId)) throw new TypeError("requestId must be 1-128 visible ASCII characters");
      headers["x-kalguard-request-id"] = options.requestId;
    }
    if (authenticated) {
      const token = typeof this.#token === "function" ? checkToken(await this.#token()) : this.#token;
      headers.authorization = `Bearer ${token}`;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // The sidecar never redirects; following one could carry the token elsewhere.
      const response = await this.#fetch(new URL(path, this.#base), { method, headers, body, signal: controller.signal, redirect: "manual" });
      // The body is read under the same timer: a server that stalls mid-body times out too.
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (controller.signal.aborted) throw new KalGuardTimeoutError(timeoutMs, { cause: error });
      throw new KalGuardNetworkError(`request to KalGuard sidecar at ${this.#base.origin} failed: ${describeFailure(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

function toolBody(toolName: string, args: Record<string, unknown>, options: ToolCallOptions | undefined) {
  return options?.context === undefined ? { toolName, arguments: args } : { toolName, arguments: args, context: options.context };
}

/** An allow that names another tool is not an allow for this one. */
function answersTool<V extends { requestId: string; data: { toolName?: string | undefined } }>(verdict: V, toolName: string): V {
  if (verdict.data.toolName !== undefined && verdict.data.toolName !== toolName) {
    throw new KalGuardProtocolError(`KalGuard sidecar answered for tool ${verdict.data.toolName}, not ${toolName}`, {
      status: 200,
      requestId: verdict.requestId,
    });
  }
  return verdict;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
