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

// Absent optional keys are left undefined (JSON drops them) rather than spread in conditionally: conditional
// spreads inside a literal are a slow path in V8, paid on every response.
export function allowEnvelope(requestId: string, clientRequestId: string | undefined, data: Record<string, unknown>): AllowEnvelope {
  return { allowed: true, decision: "allow", message: "OK", requestId, clientRequestId: clientRequestId || undefined, data };
}

export function denyEnvelope(err: KalGuardError, requestId: string, clientRequestId: string | undefined): DenyEnvelope {
  return {
    allowed: false,
    decision: "deny",
    message: err.message,
    requestId,
    clientRequestId: clientRequestId || undefined,
    errorCode: err.code,
    reason: err.reason || undefined,
    data: err.data,
  };
}
