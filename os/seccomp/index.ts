export { AUDIT_ARCH, SECCOMP_ARCHES, SYSCALL_TABLES, X32_SYSCALL_BIT, hostSeccompArch, syscallNumber, type SeccompArch } from "./arch.js";
export { BPF, BPF_MAX_INSTRUCTIONS, SECCOMP_DATA, SECCOMP_RET, encodeProgram, type BpfInstruction } from "./bpf.js";
export { ENOSYS, EPERM, UnknownSyscallError, compileSeccompFilter, knownOnAnyArch, type CompiledFilter, type SeccompRuleSet } from "./compile.js";
export { CLONE_NAMESPACE_FLAGS, DEFAULT_TOOL_DENY, toolRuleSet } from "./tool-rules.js";
