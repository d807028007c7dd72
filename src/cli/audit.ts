import { basename } from "node:path";
import { createHasher } from "../audit/chain.js";
import { resolveChains, verifyFiles, VerifyInputError, type VerifyReport } from "../audit/verify.js";
import { EnvSchema } from "../config/env.js";

const USAGE = `Usage: kalguard-sidecar audit verify <file or directory>

Checks the hash chain of the audit log: every record's hash, its sequence number and its link to the record
before it, across rotated files in the order of their numbers. A directory is checked as a whole; a path that
does not exist is read as the configured KALGUARD_AUDIT_LOG_PATH (its numbered files sit beside it); a single
file is checked on its own. With KALGUARD_AUDIT_HMAC_KEY set the chain is checked as an HMAC chain.

Exit status: 0 intact (a torn last line left by a crash is reported but is not tampering), 1 broken,
2 usage or I/O error.`;

function describeIntact(report: VerifyReport, chain: string): string {
  const first = report.files[0] ? basename(report.files[0]) : "";
  const last = report.files.at(-1) ? basename(report.files.at(-1)!) : "";
  const span = report.files.length === 1 ? first : `${first}..${last}`;
  if (report.records === 0) return `audit log intact: no records in ${span}`;
  const seqs = `seq ${report.firstSeq}..${report.head?.seq}`;
  const start = report.firstSeq === 1 ? "" : " (older records rotated away)";
  return `audit log intact: ${report.records} records, ${seqs}${start}, ${report.files.length} file(s) ${span}, ${chain} chain, head ${report.head?.hash}`;
}

/** `kalguard-sidecar audit …`: exit 0 intact, 1 broken, 2 usage or I/O error. */
export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.find((arg) => arg.startsWith("-"));
  if (unknown !== undefined) {
    console.error(`unknown option ${unknown}\n\n${USAGE}`);
    return 2;
  }
  const [command, target, ...extra] = argv;
  if (command !== "verify" || target === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const key = EnvSchema.shape.KALGUARD_AUDIT_HMAC_KEY.safeParse(process.env.KALGUARD_AUDIT_HMAC_KEY || undefined);
  if (!key.success) {
    console.error(`KALGUARD_AUDIT_HMAC_KEY: ${key.error.issues[0]?.message ?? "invalid"}`);
    return 2;
  }
  const hasher = createHasher(key.data);
  const chain = key.data === undefined ? "sha256" : "hmac-sha256";
  try {
    let broken = false;
    for (const files of await resolveChains(target)) {
      const report = await verifyFiles(files, hasher);
      if (report.broken) {
        broken = true;
        const { file, line, message } = report.broken;
        const hint = key.data === undefined ? " (if the log was written with KALGUARD_AUDIT_HMAC_KEY, set it for verify too)" : "";
        console.log(`audit log BROKEN at ${file} line ${line}: ${message}${line === 1 && report.records === 0 ? hint : ""}`);
        continue;
      }
      for (const torn of report.torn) {
        console.log(`torn line at ${torn.file} line ${torn.line}: ${torn.bytes} bytes of an interrupted write (a crash or a full disk), never acknowledged; the chain continues past it`);
      }
      console.log(describeIntact(report, chain));
    }
    return broken ? 1 : 0;
  } catch (error) {
    const message = error instanceof VerifyInputError ? error.message : `cannot read the audit log: ${(error as Error).message}`;
    console.error(message);
    return 2;
  }
}
