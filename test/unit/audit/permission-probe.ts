/**
 * Run as an unprivileged user (root ignores file permissions). `start DIR`: tries to open a sink in DIR and
 * prints whether it refused. `revoke DIR`: opens a sink in DIR (owned by the user), takes its own write
 * permission away, appends until a rotation needs a new file, restores the permission, waits for recovery, and
 * prints what it saw as one JSON line.
 */
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { FileAuditSink } from "../../../src/audit/file-sink.js";
import { sinkOptions } from "./support.js";

const [mode, dir] = process.argv.slice(2);
if (!dir) throw new Error("usage: permission-probe start|revoke DIR");
const options = sinkOptions(join(dir, "audit.jsonl"), { maxSize: "2k", retryIntervalMs: 50 });

if (mode === "start") {
  const outcome = await FileAuditSink.open(options).then(
    async (sink) => {
      await sink.close();
      return { refused: false };
    },
    (error: Error) => ({ refused: true, message: error.message }),
  );
  console.log(JSON.stringify(outcome));
} else {
  const sink = await FileAuditSink.open(options);
  chmodSync(dir, 0o500);
  let accepted = 0;
  for (let i = 0; i < 200 && sink.health().ok; i++) {
    await sink.append({ type: "decision", requestId: `req_${i}` }).then(() => accepted++, () => undefined);
  }
  const health = sink.health();
  const refusedWhileDenied = await sink.append({ type: "decision", requestId: "req_denied" }).then(() => false, () => true);
  chmodSync(dir, 0o700);
  const deadline = Date.now() + 5000;
  while (!sink.health().ok && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const recovered = sink.health().ok;
  const acceptedAfter = await sink.append({ type: "decision", requestId: "req_after" }).then(() => true, () => false);
  await sink.close();
  console.log(JSON.stringify({ accepted, health, refusedWhileDenied, recovered, acceptedAfter }));
}
