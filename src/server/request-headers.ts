import type { FastifyRequest } from "fastify";
import { KalGuardError } from "../errors.js";

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

export function requireJsonBody(request: FastifyRequest): void {
  if (request.method !== "POST") return;
  const type = request.headers["content-type"];
  if (!type || !JSON_MEDIA_TYPE.test(type)) {
    throw new KalGuardError("UNSUPPORTED_MEDIA_TYPE", { reason: "content-type" });
  }
}

const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export function clientRequestIdOf(request: FastifyRequest): string | undefined {
  const value = request.headers["x-kalguard-request-id"];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !CLIENT_REQUEST_ID.test(value)) {
    throw new KalGuardError("BAD_REQUEST", {
      reason: "header.x-kalguard-request-id",
      message: "x-kalguard-request-id: 1-128 printable ASCII characters without spaces",
    });
  }
  return value;
}
