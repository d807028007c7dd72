/** The one table of error codes: HTTP status and default message for every non-200 answer. */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: "Bad request" },
  AUTH_FAILED: { status: 401, message: "Authentication failed" },
  CAPABILITY_DENIED: { status: 403, message: "Capability denied" },
  POLICY_DENY: { status: 403, message: "Denied by policy" },
  PROMPT_BLOCKED: { status: 403, message: "Prompt blocked" },
  TOOL_DENIED: { status: 403, message: "Tool denied" },
  NOT_FOUND: { status: 404, message: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, message: "Method not allowed" },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Payload too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Unsupported media type: POST bodies must be application/json" },
  RATE_LIMIT_EXCEEDED: { status: 429, message: "Rate limit exceeded" },
  INTERNAL: { status: 500, message: "Internal error" },
  UNAVAILABLE: { status: 503, message: "Service unavailable" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A refusal raised anywhere on the request path; the server turns it into the deny envelope. */
export class KalGuardError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly reason: string | undefined;
  readonly data: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    opts: { message?: string; reason?: string; data?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(opts.message ?? ERROR_CODES[code].message);
    this.name = "KalGuardError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.reason = opts.reason;
    this.data = opts.data;
    this.headers = opts.headers;
  }
}
