import { z } from "zod";
import {
  KalGuardAuthError,
  KalGuardBadRequestError,
  KalGuardClientError,
  KalGuardDeniedError,
  KalGuardProtocolError,
  KalGuardRateLimitError,
  KalGuardServiceError,
  type ErrorDetails,
} from "./errors.js";
import { AllowEnvelopeSchema, type AllowVerdict } from "./types.js";

/** The parts of an HTTP answer the client judges; kept apart from fetch so the rules are pure. */
export interface RawResponse {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

/** Every field optional and each one dropped on its own if mistyped: a broken error body still classifies. */
const ErrorBodySchema = z
  .looseObject({
    message: z.string().optional().catch(undefined),
    errorCode: z.string().optional().catch(undefined),
    reason: z.string().optional().catch(undefined),
    requestId: z.string().optional().catch(undefined),
    clientRequestId: z.string().optional().catch(undefined),
    data: z.record(z.string(), z.unknown()).optional().catch(undefined),
  })
  .catch({});

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(body)"}: ${issue.message}`)
    .join("; ");
}

/**
 * Turns a 200 into an allow verdict, and only a 200 whose envelope says `allowed: true`, `decision: "allow"`,
 * echoes exactly the client request id that was sent (none if none), and whose `data` matches the endpoint's
 * schema. Everything else throws.
 */
export function interpretAllow<D>(res: RawResponse, dataSchema: z.ZodType<D>, sentClientRequestId: string | undefined): AllowVerdict<D> {
  if (res.status !== 200) throw errorFor(res);
  const json = parseJson(res.text);
  if (!json.ok) throw new KalGuardProtocolError("KalGuard sidecar answered 200 with a body that is not JSON", { status: 200 });
  const envelope = AllowEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    throw new KalGuardProtocolError(`KalGuard sidecar answered 200 without a valid allow envelope: ${describeIssues(envelope.error)}`, {
      status: 200,
      body: json.value,
    });
  }
  // A mismatch means this answer belongs to another request (a confused proxy or connection reuse bug).
  if (envelope.data.clientRequestId !== sentClientRequestId) {
    throw new KalGuardProtocolError("KalGuard sidecar answered 200 for a different client request id", {
      status: 200,
      requestId: envelope.data.requestId,
      body: json.value,
    });
  }
  const data = dataSchema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new KalGuardProtocolError(`KalGuard sidecar answered 200 with invalid data: ${describeIssues(data.error)}`, {
      status: 200,
      requestId: envelope.data.requestId,
      body: json.value,
    });
  }
  const verdict: AllowVerdict<D> = {
    allowed: true,
    decision: "allow",
    message: envelope.data.message,
    requestId: envelope.data.requestId,
    data: data.data,
  };
  if (envelope.data.clientRequestId !== undefined) verdict.clientRequestId = envelope.data.clientRequestId;
  return verdict;
}

/** A 200 whose whole body must match `schema` (the health answer has no envelope). */
export function interpretBody<T>(res: RawResponse, schema: z.ZodType<T>): T {
  if (res.status !== 200) throw errorFor(res);
  const json = parseJson(res.text);
  const body = json.ok ? schema.safeParse(json.value) : undefined;
  if (!body?.success) {
    const why = body ? describeIssues(body.error) : "not JSON";
    throw new KalGuardProtocolError(`KalGuard sidecar answered 200 with an invalid body: ${why}`, { status: 200 });
  }
  return body.data;
}

/** The error a non-200 answer stands for; the status decides the class, the body adds the details. */
export function errorFor(res: RawResponse): KalGuardClientError {
  const json = parseJson(res.text);
  const fields = ErrorBodySchema.parse(json.ok ? json.value : undefined);
  const details: ErrorDetails = {
    status: res.status,
    errorCode: fields.errorCode,
    reason: fields.reason,
    requestId: fields.requestId,
    clientRequestId: fields.clientRequestId,
    data: fields.data,
    body: json.ok ? json.value : undefined,
  };
  const said = fields.message ?? `HTTP ${res.status}`;
  const because = fields.reason ? ` (${fields.reason})` : "";
  const message = `KalGuard sidecar: ${said}${because}`;

  if (res.status === 401) return new KalGuardAuthError(message, details);
  if (res.status === 403) {
    return fields.errorCode === "CAPABILITY_DENIED" ? new KalGuardAuthError(message, details) : new KalGuardDeniedError(message, details);
  }
  if (res.status === 429) {
    return new KalGuardRateLimitError(message, details, {
      retryAfterSeconds: parseRetryAfter(res.headers.get("retry-after"), Date.now()),
      limit: parseHeaderNumber(res.headers.get("x-ratelimit-limit")),
      remaining: parseHeaderNumber(res.headers.get("x-ratelimit-remaining")),
      reset: parseHeaderNumber(res.headers.get("x-ratelimit-reset")),
    });
  }
  if (res.status >= 400 && res.status < 500) return new KalGuardBadRequestError(message, details);
  if (res.status >= 500 && res.status < 600) return new KalGuardServiceError(message, details);
  return new KalGuardProtocolError(`KalGuard sidecar answered an unexpected HTTP ${res.status}`, details);
}

/** `retry-after` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); anything else is unknown. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!/[A-Za-z]/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function parseHeaderNumber(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
