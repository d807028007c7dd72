import { createServer } from "node:http";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { KalGuardError } from "../errors.js";
import { authenticate } from "./authenticate.js";
import "./context.js";
import type { ServerDeps } from "./deps.js";
import { denyEnvelope } from "./envelope.js";
import { clientRequestIdOf, requireJsonBody } from "./request-headers.js";
import { createRequestIdGenerator } from "./request-id.js";
import { registerHealthRoute } from "./routes/health.js";
import { registerPromptRoutes } from "./routes/prompt.js";
import { registerToolRoutes } from "./routes/tool.js";

/** Methods each path answers; any other method on a known path is 405, an unknown path 404. */
const ROUTE_METHODS: Record<string, string> = {
  "/health": "GET, HEAD",
  "/v1/prompt/check": "POST",
  "/v1/tool/check": "POST",
  "/v1/tool/execute": "POST",
};

/** Maps anything thrown on the request path to a row of the error table; unknown errors are 500, never a trace. */
function toKalGuardError(error: FastifyError | Error, deps: ServerDeps, requestId: string): KalGuardError {
  if (error instanceof KalGuardError) return error;
  const code = (error as FastifyError).code;
  const status = (error as FastifyError).statusCode;
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE" || status === 413) {
    return new KalGuardError("PAYLOAD_TOO_LARGE", { reason: "body", message: `Payload too large: the limit is ${deps.config.KALGUARD_BODY_LIMIT_BYTES} bytes` });
  }
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || status === 415) return new KalGuardError("UNSUPPORTED_MEDIA_TYPE", { reason: "content-type" });
  if (code === "FST_ERR_CTP_EMPTY_JSON_BODY") return new KalGuardError("BAD_REQUEST", { reason: "body", message: "body: a JSON object is required" });
  if (status === 400) return new KalGuardError("BAD_REQUEST", { reason: "body", message: `body: malformed JSON (${error.message})` });
  if (status === 408) return new KalGuardError("BAD_REQUEST", { reason: "timeout", message: "request timed out" });
  deps.logger.error({ requestId, err: error.message, code }, "unexpected error on the request path");
  return new KalGuardError("INTERNAL", { reason: "internal" });
}

export function buildApp(deps: ServerDeps): FastifyInstance {
  const { config } = deps;
  const app = Fastify({
    bodyLimit: config.KALGUARD_BODY_LIMIT_BYTES,
    requestTimeout: config.KALGUARD_REQUEST_TIMEOUT_MS,
    connectionTimeout: config.KALGUARD_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KALGUARD_KEEP_ALIVE_TIMEOUT_MS,
    forceCloseConnections: "idle",
    return503OnClosing: true,
    onProtoPoisoning: "error",
    onConstructorPoisoning: "error",
    requestIdHeader: false,
    genReqId: createRequestIdGenerator(),
    logger: false,
    // Node enforces header and request deadlines only as often as it checks connections (30 s by default):
    // check every second so a slow client cannot hold a socket much past its deadline.
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: config.KALGUARD_HEADERS_TIMEOUT_MS,
          requestTimeout: config.KALGUARD_REQUEST_TIMEOUT_MS,
          keepAliveTimeout: config.KALGUARD_KEEP_ALIVE_TIMEOUT_MS,
          connectionsCheckingInterval: Math.min(1000, config.KALGUARD_HEADERS_TIMEOUT_MS),
        },
        handler,
      ),
  });

  app.decorateRequest("agent", undefined);
  app.decorateRequest("clientRequestId", undefined);
  app.decorateRequest("facts", undefined as never);
  app.decorateRequest("startedAt", 0n);

  app.addHook("onRequest", async (request) => {
    request.startedAt = process.hrtime.bigint();
    request.facts = {};
    request.clientRequestId = clientRequestIdOf(request);
    const capability = request.routeOptions.config.capability;
    if (!capability) return;
    request.facts.action = capability;
    await authenticate(request, deps.verifier, capability);
    requireJsonBody(request);
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const err = toKalGuardError(error, deps, request.id);
    if (request.routeOptions.config.capability && request.facts) return deps.recorder.deny(request, reply, err);
    return reply.code(err.status).send(denyEnvelope(err, request.id, request.clientRequestId));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const allow = Object.hasOwn(ROUTE_METHODS, path) ? ROUTE_METHODS[path] : undefined;
    const err = allow ? new KalGuardError("METHOD_NOT_ALLOWED", { reason: "method" }) : new KalGuardError("NOT_FOUND", { reason: "route" });
    if (allow) reply.header("allow", allow);
    return reply.code(err.status).send(denyEnvelope(err, request.id, request.clientRequestId));
  });

  registerHealthRoute(app, deps);
  registerPromptRoutes(app, deps);
  registerToolRoutes(app, deps);
  return app;
}
