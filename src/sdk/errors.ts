/** What the sidecar said in a non-200 answer, as far as the body could be read. */
export interface ErrorDetails {
  status?: number;
  errorCode?: string;
  reason?: string;
  requestId?: string;
  clientRequestId?: string;
  data?: Record<string, unknown>;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
  cause?: unknown;
}

/** Base of every error the SDK throws for a call that did not end in an allow. */
export class KalGuardClientError extends Error {
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly reason: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly data: Record<string, unknown> | undefined;
  readonly body: unknown;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.reason = details.reason;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.data = details.data;
    this.body = details.body;
  }
}

/** 403 from the policy, the prompt firewall or the tool mediator: `errorCode` and `reason` say which rule. */
export class KalGuardDeniedError extends KalGuardClientError {}

/** 401 (the token was refused) or 403 CAPABILITY_DENIED (the token lacks the capability). */
export class KalGuardAuthError extends KalGuardClientError {}

export interface RateLimitDetails {
  /** From `retry-after`; undefined when the header is missing or unreadable. */
  retryAfterSeconds: number | undefined;
  limit: number | undefined;
  remaining: number | undefined;
  reset: number | undefined;
}

/** 429: wait `retryAfterSeconds` before asking again. */
export class KalGuardRateLimitError extends KalGuardClientError {
  readonly retryAfterSeconds: number | undefined;
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  readonly reset: number | undefined;

  constructor(message: string, details: ErrorDetails, rate: RateLimitDetails) {
    super(message, details);
    this.retryAfterSeconds = rate.retryAfterSeconds;
    this.limit = rate.limit;
    this.remaining = rate.remaining;
    this.reset = rate.reset;
  }
}

/** The request never got an answer: connection refused or reset, DNS, TLS, a body cut short. */
export class KalGuardNetworkError extends KalGuardClientError {}

/** No complete answer within `timeoutMs`; the request was aborted. */
export class KalGuardTimeoutError extends KalGuardClientError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, details: ErrorDetails = {}) {
    super(`KalGuard sidecar did not answer within ${timeoutMs} ms`, details);
    this.timeoutMs = timeoutMs;
  }
}

/** Any other 4xx: the request itself was wrong (400, 404, 405, 413, 415, ...). */
export class KalGuardBadRequestError extends KalGuardClientError {}

/** 5xx: the sidecar could not decide (or a health check failed); the decision is deny. */
export class KalGuardServiceError extends KalGuardClientError {}

/** The answer is not one the client can trust: a malformed 200, a redirect, an unexpected status. */
export class KalGuardProtocolError extends KalGuardClientError {}
