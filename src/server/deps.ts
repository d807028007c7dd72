import type { Logger } from "pino";
import type { AuditSink } from "../audit/types.js";
import type { TokenVerifier } from "../auth/verifier.js";
import type { Config } from "../config/env.js";
import type { PromptFirewall } from "../firewall/types.js";
import type { PolicyStore } from "../policy/store.js";
import type { RateLimiter } from "../tools/rate-limiter.js";
import type { ToolRunner } from "../../sandbox/types.js";
import type { DecisionRecorder } from "./decision-recorder.js";

/** Everything the HTTP layer needs, built once at start. */
export interface ServerDeps {
  config: Config;
  logger: Logger;
  verifier: TokenVerifier;
  policy: PolicyStore;
  firewall: PromptFirewall;
  audit: AuditSink;
  recorder: DecisionRecorder;
  rateLimiter: RateLimiter;
  toolRunner: ToolRunner | undefined;
  /** Why there is no tool runner, for /health. */
  sandboxProblem: string | undefined;
}
