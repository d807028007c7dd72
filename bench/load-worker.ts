/** Child-process side of runLoad: one optional warm-up run, then the measured run, reported over IPC. */
import autocannon, { type Options } from "autocannon";
import type { LoadResult, LoadSpec } from "./load.js";
import { distribution, SampleBuffer } from "./stats.js";

function options(spec: LoadSpec, duration: number): Options {
  return {
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    connections: spec.connections,
    duration,
    pipelining: 1,
    timeout: 10,
  };
}

async function measure(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await autocannon(options(spec, spec.warmupSeconds));
  process.send?.({ type: "measuring" });
  const latencies = new SampleBuffer();
  const instance = autocannon(options(spec, spec.durationSeconds));
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  const result = await instance;
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statuses[code] = count;
  const requests = latencies.values().length;
  return {
    connections: spec.connections,
    durationSeconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    latencyMs: distribution(latencies.values()),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.once("message", (spec: LoadSpec) => {
  measure(spec).then(
    (result) => process.send?.({ type: "result", result }, () => process.disconnect()),
    (err: unknown) => {
      process.stderr.write(`load generator failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
      process.disconnect();
    },
  );
});
