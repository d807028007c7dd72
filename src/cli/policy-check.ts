import { readFile } from "node:fs/promises";
import { compilePolicy, PolicyLoadError } from "../policy/compile.js";
import { parseCommandArgs, UsageError } from "./args.js";

export const POLICY_HELP = `Usage: kalguard-sidecar policy check FILE

Validates a policy file the way the server does at start and on reload. Prints every error with its line
and JSON path and exits 1; prints the policy hash and exits 0 when the policy is valid.
`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    process.stdout.write(POLICY_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "check") throw new UsageError(`unknown policy command "${sub}"`);
  const { values, positionals } = parseCommandArgs(rest, {}, { min: 1, max: 1 });
  if (values.help) {
    process.stdout.write(POLICY_HELP);
    return 0;
  }
  const file = positionals[0] as string;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  try {
    const compiled = compilePolicy(text, file);
    const { rules, tools } = compiled.policy;
    process.stdout.write(`${file}: valid (${rules.length} rules, ${Object.keys(tools).length} tools), sha256 ${compiled.hash}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof PolicyLoadError)) throw err;
    for (const issue of err.issues) process.stdout.write(`${file}:${issue.line}: ${issue.path || "(document)"}: ${issue.message}\n`);
    return 1;
  }
}
