import { readFile, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { DENY_ALL_POLICY } from "./builtin.js";
import { compilePolicy, policyHash, PolicyLoadError, type CompiledPolicy } from "./compile.js";
import { evaluatePolicy, type DecisionRequest, type PolicyDecision } from "./evaluate.js";

const MAX_POLICY_BYTES = 5 * 1024 * 1024;
/** Two reads this far apart must agree before a changed file is judged, so a half-written file is not refused. */
const SETTLE_MS = 25;

export type ReloadTrigger = "watch" | "signal" | "request";

export type ReloadOutcome =
  | { status: "accepted"; hash: string; previousHash: string; trigger: ReloadTrigger }
  | { status: "refused"; error: string; keptHash: string; trigger: ReloadTrigger }
  | { status: "unchanged"; hash: string; trigger: ReloadTrigger };

export interface PolicyDecisionWithHash extends PolicyDecision {
  policyHash: string;
}

export function compileEmbeddedPolicy(policy: unknown, source: string): CompiledPolicy {
  return compilePolicy(JSON.stringify(policy, null, 2), source);
}

async function readPolicyText(path: string): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new PolicyLoadError(path, [{ path: "", line: 1, message: "not a regular file" }]);
  if (info.size > MAX_POLICY_BYTES) throw new PolicyLoadError(path, [{ path: "", line: 1, message: `larger than ${MAX_POLICY_BYTES} bytes` }]);
  return readFile(path, "utf8");
}

/**
 * Holds the policy in force. Reloads re-read the path each time (following symlinks), so in-place writes,
 * rename-over and Kubernetes `..data` symlink swaps all land; a file that fails validation never replaces the
 * last good policy.
 */
export class PolicyStore {
  private compiled: CompiledPolicy;
  private lastRefusedHash: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<ReloadOutcome> | undefined;

  private constructor(
    initial: CompiledPolicy,
    private readonly path: string | undefined,
    private readonly fallbackDeny: boolean,
    private readonly onReload: (outcome: ReloadOutcome) => void,
  ) {
    this.compiled = initial;
  }

  /** Loads the configured file (a bad one throws PolicyLoadError: the start must stop) or the deny-all policy. */
  static async open(opts: {
    path?: string | undefined;
    embedded?: unknown;
    fallbackDeny: boolean;
    onReload?: (outcome: ReloadOutcome) => void;
  }): Promise<PolicyStore> {
    const initial = opts.path
      ? compilePolicy(await readPolicyText(opts.path), opts.path)
      : compileEmbeddedPolicy(opts.embedded ?? DENY_ALL_POLICY, opts.embedded ? "embedded" : "builtin:deny-all");
    return new PolicyStore(initial, opts.path, opts.fallbackDeny, opts.onReload ?? (() => undefined));
  }

  get current(): CompiledPolicy {
    return this.compiled;
  }

  evaluate(request: DecisionRequest): PolicyDecisionWithHash {
    const policy = this.compiled;
    return { ...evaluatePolicy(policy.policy, request, this.fallbackDeny), policyHash: policy.hash };
  }

  /** Re-reads the file. Concurrent calls share one reload. */
  reload(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    this.reloading ??= this.doReload(trigger).finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  private async doReload(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    // A watch tick acts only on a change; a signal or request reloads even an unchanged file.
    const force = trigger !== "watch";
    const keptHash = this.compiled.hash;
    if (!this.path) return { status: "unchanged", hash: keptHash, trigger };
    let outcome: ReloadOutcome;
    try {
      let text = await readPolicyText(this.path);
      let next = compilePolicyOrError(text, this.path);
      if (!force && next.hash === keptHash) return { status: "unchanged", hash: keptHash, trigger };
      if (!force && next.hash === this.lastRefusedHash) return { status: "unchanged", hash: keptHash, trigger };
      await sleep(SETTLE_MS);
      const again = await readPolicyText(this.path);
      if (again !== text) {
        text = again;
        next = compilePolicyOrError(text, this.path);
      }
      if ("error" in next) {
        this.lastRefusedHash = next.hash;
        outcome = { status: "refused", error: next.error, keptHash, trigger };
      } else {
        this.compiled = next.compiled;
        this.lastRefusedHash = undefined;
        outcome = next.compiled.hash === keptHash && !force
          ? { status: "unchanged", hash: keptHash, trigger }
          : { status: "accepted", hash: next.compiled.hash, previousHash: keptHash, trigger };
      }
    } catch (err) {
      outcome = { status: "refused", error: (err as Error).message, keptHash, trigger };
    }
    if (outcome.status !== "unchanged") this.onReload(outcome);
    return outcome;
  }

  watch(intervalMs: number): void {
    if (!this.path || this.timer) return;
    const tick = (): void => {
      void this.reload("watch").finally(() => {
        if (this.timer) this.timer = setTimeout(tick, intervalMs).unref();
      });
    };
    this.timer = setTimeout(tick, intervalMs).unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function compilePolicyOrError(text: string, source: string): ({ compiled: CompiledPolicy } | { error: string }) & { hash: string } {
  try {
    const compiled = compilePolicy(text, source);
    return { compiled, hash: compiled.hash };
  } catch (err) {
    return { error: (err as Error).message, hash: policyHash(text) };
  }
}
