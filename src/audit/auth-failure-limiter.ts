import type { AuditEvent, AuditSink, SinkHealth } from "./types.js";

const WINDOW_MS = 60_000;

/**
 * Lets at most `perMinute` auth-failure records a minute through to the sink, so a flood of bad tokens cannot
 * fill the disk, and records how many it held back in one `auth_failure_summary` per window. Every other event
 * passes straight through.
 */
export class AuthFailureLimiter implements AuditSink {
  private windowStart = 0;
  private passed = 0;
  private suppressed = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly inner: AuditSink,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  append(event: AuditEvent): Promise<void> {
    if (event.type !== "auth_failure") return this.inner.append(event);
    const now = this.now();
    if (now >= this.windowStart + WINDOW_MS) {
      void this.summarise();
      this.windowStart = now;
      this.passed = 0;
    }
    if (this.passed < this.perMinute) {
      this.passed++;
      return this.inner.append(event);
    }
    this.suppressed++;
    if (this.timer === undefined) {
      this.timer = setTimeout(() => void this.summarise(), Math.max(0, this.windowStart + WINDOW_MS - now));
      this.timer.unref();
    }
    // The request is refused with 401 either way; this record is counted in the summary instead of written.
    return Promise.resolve();
  }

  health(): SinkHealth {
    return this.inner.health();
  }

  async flush(): Promise<void> {
    await this.summarise();
    await this.inner.flush();
  }

  async close(): Promise<void> {
    await this.summarise().catch(() => undefined);
    await this.inner.close();
  }

  /** Writes the summary of the held-back records, if any. */
  private summarise(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.suppressed === 0) return Promise.resolve();
    const suppressed = this.suppressed;
    this.suppressed = 0;
    return this.inner.append({
      type: "auth_failure_summary",
      reason: `${suppressed} auth failure record${suppressed === 1 ? "" : "s"} suppressed by the rate limit`,
      detail: {
        suppressed,
        limitPerMinute: this.perMinute,
        windowStart: new Date(this.windowStart).toISOString(),
        windowEnd: new Date(this.windowStart + WINDOW_MS).toISOString(),
      },
    });
  }
}
