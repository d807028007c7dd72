import { get } from "node:http";
import { loadConfig } from "../config/env.js";

/** Where a local client reaches a server bound to `host`: a wildcard bind is reached on loopback. */
export function healthUrl(host: string, port: number): string {
  const target = host === "0.0.0.0" ? "127.0.0.1" : host === "::" || host === "[::]" ? "::1" : host;
  return `http://${target.includes(":") && !target.startsWith("[") ? `[${target}]` : target}:${port}/health`;
}

/** The local service's /health, at the KALGUARD_HOST and KALGUARD_PORT of the environment. */
export function localHealthUrl(): string {
  const config = loadConfig();
  return healthUrl(config.KALGUARD_HOST, config.KALGUARD_PORT);
}

export interface HealthAnswer {
  status: number;
  body: unknown;
}

/**
 * The local service's /health answer, its body parsed as JSON; rejects when it does not answer within `timeoutMs`
 * or answers something else. With node:http, not fetch: fetch parses HTTP in WebAssembly, which `--jitless` (as
 * the systemd unit runs node) turns off.
 */
export function readHealth(url: string, timeoutMs: number): Promise<HealthAnswer> {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown });
        } catch (err) {
          reject(err as Error);
        }
      });
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}
