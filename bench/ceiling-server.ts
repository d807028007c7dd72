/**
 * The ceiling: bare fastify on the same Node, parsing the same JSON body and answering a fixed JSON of the
 * sidecar's envelope shape. No auth, no policy, no firewall, no audit: what the framework alone can serve.
 */
import Fastify from "fastify";

const FIXED = {
  allowed: true,
  decision: "allow",
  message: "OK",
  requestId: "req_ceiling",
  data: { allowed: true, riskScore: 0, riskLevel: "low", findings: [] },
};

const app = Fastify({ logger: false, bodyLimit: 5 * 1024 * 1024 });
app.post("/v1/prompt/check", async () => FIXED);
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ msg: "listening", url: `http://127.0.0.1:${port}` })}\n`);
process.on("SIGTERM", () => {
  void app.close().then(() => process.exit(0));
});
