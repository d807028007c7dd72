import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../../src/cli/healthcheck.js";
import { healthUrl } from "../../../src/cli/local-health.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";

/** Runs the command against a port, with the environment it reads, restoring the process env after. */
async function healthcheckOn(port: number): Promise<number> {
  const saved = { ...process.env };
  process.env.KALGUARD_HOST = "0.0.0.0";
  process.env.KALGUARD_PORT = String(port);
  try {
    return await run(["--timeout-ms", "2000"]);
  } finally {
    process.env = saved;
  }
}

describe("healthcheck command (the container HEALTHCHECK)", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("exits 0 against a healthy service, without a token", async () => {
    server = await startTestServer();
    expect(await healthcheckOn(Number(new URL(server.url).port))).toBe(0);
  });

  it("exits 1 when nothing listens", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    expect(await healthcheckOn(port)).toBe(1);
  });

  it("exits 1 when the service answers 503 unavailable", async () => {
    const sick = createServer((_, res) => res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "unavailable" })));
    await new Promise<void>((r) => sick.listen(0, "127.0.0.1", r));
    try {
      expect(await healthcheckOn((sick.address() as AddressInfo).port)).toBe(1);
    } finally {
      await new Promise<void>((r) => sick.close(() => r()));
    }
  });

  it("reaches a wildcard bind on loopback, and brackets IPv6", () => {
    expect(healthUrl("0.0.0.0", 9292)).toBe("http://127.0.0.1:9292/health");
    expect(healthUrl("::", 9292)).toBe("http://[::1]:9292/health");
    expect(healthUrl("10.0.0.5", 80)).toBe("http://10.0.0.5:80/health");
  });
});
