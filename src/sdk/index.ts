export { KalGuardClient, DEFAULT_TIMEOUT_MS, type KalGuardClientOptions, type TokenSource } from "./client.js";
export { withPromptCheck, withToolCheck, type GuardOptions } from "./wrappers.js";
export {
  KalGuardClientError,
  KalGuardDeniedError,
  KalGuardAuthError,
  KalGuardRateLimitError,
  KalGuardNetworkError,
  KalGuardTimeoutError,
  KalGuardBadRequestError,
  KalGuardServiceError,
  KalGuardProtocolError,
  type ErrorDetails,
  type RateLimitDetails,
} from "./errors.js";
export type {
  AllowVerdict,
  CallOptions,
  ChatMessage,
  Finding,
  HealthResult,
  PromptCheckData,
  RequestContext,
  PromptVerdict,
  RiskLevel,
  ToolCallOptions,
  ToolCheckData,
  ToolCheckVerdict,
  ToolExecuteData,
  ToolExecuteVerdict,
} from "./types.js";
