/**
 * The unit and its drop-in are committed files an operator can read, with one block in each generated from
 * the syscall inventory. This module finds and replaces that block; it knows nothing of what goes in it.
 */
export const BLOCK_BEGIN = "# BEGIN generated confinement: systemd/sync-unit.ts from os/profiles (do not edit by hand)";
export const BLOCK_END = "# END generated confinement";

export class GeneratedBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GeneratedBlockError";
  }
}

function blockBounds(lines: readonly string[]): { begin: number; end: number } {
  const begins = lines.flatMap((l, i) => (l === BLOCK_BEGIN ? [i] : []));
  const ends = lines.flatMap((l, i) => (l === BLOCK_END ? [i] : []));
  if (begins.length !== 1 || ends.length !== 1) {
    throw new GeneratedBlockError(`expected exactly one "${BLOCK_BEGIN}" and one "${BLOCK_END}" line, found ${begins.length} and ${ends.length}`);
  }
  const [begin, end] = [begins[0] as number, ends[0] as number];
  if (end < begin) throw new GeneratedBlockError("the generated block ends before it begins");
  return { begin, end };
}

/** The directive lines currently inside the generated block. */
export function generatedBlock(text: string): string[] {
  const lines = text.split("\n");
  const { begin, end } = blockBounds(lines);
  return lines.slice(begin + 1, end);
}

/** The text with the generated block's contents replaced by `directives`; everything else byte for byte. */
export function replaceGeneratedBlock(text: string, directives: readonly string[]): string {
  const lines = text.split("\n");
  const { begin, end } = blockBounds(lines);
  return [...lines.slice(0, begin + 1), ...directives, ...lines.slice(end)].join("\n");
}
