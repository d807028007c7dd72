import { ERROR_CODES, type KalGuardError } from "../errors.js";

export interface AllowEnvelope {
  allowed: true;
  decision: "allow";
  message: string;
  requestId: string;
  clientRequestId?: string;
  data: Record<string, unknown>;
}

export interface DenyEnvelope {
  allowed: false;
  decision: "deny";
  message: string;
  requestId: string;
  clientRequestId?: string;
  errorCode: keyof typeof ERROR_CODES;
  reason?: string;
  data?: Record<string, unknown>;
}

export function allowEnvelope(requestId: string, clientRequestId: string | undefined, data: Record<string, unknown>): AllowEnvelope {
  return { allowed: true, decision: "allow", message: "OK", requestId, ...(clientRequestId ? { clientRequestId } : {}), data };
}

export function denyEnvelope(err: KalGuardError, requestId: string, clientRequestId: string | undefined): DenyEnvelope {
  return {
    allowed: false,
    decision: "deny",
    message: err.message,
    requestId,
    ...(clientRequestId ? { clientRequestId } : {}),
    errorCode: err.code,
    ...(err.reason ? { reason: err.reason } : {}),
    ...(err.data ? { data: err.data } : {}),
  };
}
