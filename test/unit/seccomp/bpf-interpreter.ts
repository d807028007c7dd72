import { BPF, type BpfInstruction } from "../../../os/seccomp/bpf.js";

/** What the kernel hands a seccomp filter, as 32-bit words at their `struct seccomp_data` offsets. */
export interface SeccompData {
  nr: number;
  arch: number;
  args?: number[];
}

/**
 * A tiny classic-BPF evaluator for the instructions the compiler emits, written from the BPF semantics (not from
 * the compiler), so a wrong offset, jump or return value shows up as a wrong verdict. Unknown opcodes throw.
 */
export function runBpf(program: readonly BpfInstruction[], data: SeccompData): number {
  const word = (offset: number): number => {
    if (offset === 0) return data.nr >>> 0;
    if (offset === 4) return data.arch >>> 0;
    if (offset >= 16 && offset < 64 && offset % 8 === 0) return (data.args?.[(offset - 16) / 8] ?? 0) >>> 0;
    throw new Error(`load from unsupported offset ${offset}`);
  };
  let a = 0;
  let pc = 0;
  for (let steps = 0; steps < 10_000; steps++) {
    const insn = program[pc];
    if (!insn) throw new Error(`fell off the program at ${pc}`);
    switch (insn.code) {
      case BPF.LD_W_ABS:
        a = word(insn.k);
        pc += 1;
        break;
      case BPF.JEQ_K:
        pc += 1 + (a === insn.k >>> 0 ? insn.jt : insn.jf);
        break;
      case BPF.JGE_K:
        pc += 1 + (a >= insn.k >>> 0 ? insn.jt : insn.jf);
        break;
      case BPF.JSET_K:
        pc += 1 + ((a & insn.k) !== 0 ? insn.jt : insn.jf);
        break;
      case BPF.RET_K:
        return insn.k >>> 0;
      default:
        throw new Error(`unknown opcode 0x${insn.code.toString(16)} at ${pc}`);
    }
  }
  throw new Error("program did not return");
}
