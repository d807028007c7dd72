/** Classic BPF as the kernel's seccomp loader reads it: `struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; }`. */
export interface BpfInstruction {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

export const BPF = {
  LD_W_ABS: 0x20, // BPF_LD | BPF_W | BPF_ABS
  JEQ_K: 0x15, // BPF_JMP | BPF_JEQ | BPF_K
  JGE_K: 0x35, // BPF_JMP | BPF_JGE | BPF_K
  JSET_K: 0x45, // BPF_JMP | BPF_JSET | BPF_K
  RET_K: 0x06, // BPF_RET | BPF_K
} as const;

/** Offsets into `struct seccomp_data { int nr; u32 arch; u64 instruction_pointer; u64 args[6]; }`. */
export const SECCOMP_DATA = { nr: 0, arch: 4, instructionPointer: 8, args: 16 } as const;

export const SECCOMP_RET = {
  KILL_PROCESS: 0x8000_0000,
  ERRNO: 0x0005_0000,
  ALLOW: 0x7fff_0000,
} as const;

/** The kernel refuses longer programs (BPF_MAXINSNS). */
export const BPF_MAX_INSTRUCTIONS = 4096;

export const load = (offset: number): BpfInstruction => ({ code: BPF.LD_W_ABS, jt: 0, jf: 0, k: offset });
export const ret = (value: number): BpfInstruction => ({ code: BPF.RET_K, jt: 0, jf: 0, k: value >>> 0 });
export const jump = (code: number, k: number, jt: number, jf: number): BpfInstruction => ({ code, jt, jf, k: k >>> 0 });

/**
 * The 8-byte-per-instruction binary that `bwrap --seccomp FD` and `seccomp(2)` take, in host byte order: both
 * supported architectures (x86_64, aarch64) run Linux little-endian.
 */
export function encodeProgram(program: readonly BpfInstruction[]): Buffer {
  const out = Buffer.alloc(program.length * 8);
  program.forEach((insn, i) => {
    if (insn.jt > 0xff || insn.jf > 0xff || insn.code > 0xffff) throw new Error(`BPF instruction ${i} does not fit its fields`);
    const at = i * 8;
    out.writeUInt16LE(insn.code, at);
    out.writeUInt8(insn.jt, at + 2);
    out.writeUInt8(insn.jf, at + 3);
    out.writeUInt32LE(insn.k >>> 0, at + 4);
  });
  return out;
}
