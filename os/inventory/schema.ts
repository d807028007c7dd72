import { z } from "zod";

/**
 * `service`: what a check-only sidecar needs (and its CLIs: healthcheck, token, audit verify), measured with a
 * workload that runs no tool. `tools`: what running tools as plain processes adds: starting processes, the tool
 * programs, resource limits. `namespaces`: what bubblewrap adds on top: namespaces, mounts, its new root.
 */
export const TIERS = ["service", "tools", "namespaces"] as const;
export type Tier = (typeof TIERS)[number];

/** Address families the service may open sockets in, by name; numbers are the same on x86_64 and aarch64. */
export const ADDRESS_FAMILIES = { AF_UNIX: 1, AF_INET: 2, AF_INET6: 10, AF_NETLINK: 16 } as const;
export type AddressFamily = keyof typeof ADDRESS_FAMILIES;

const SyscallName = z.string().regex(/^[a-z0-9_]+$/);

const GroupSchema = z.strictObject({ id: z.string().min(1), reason: z.string().min(1), syscalls: z.array(SyscallName).min(1) });

const TierSchema = z.strictObject({
  groups: z.array(GroupSchema),
  /** Families seen in socket() calls: the seccomp profile allows socket() for these only. */
  socketFamilies: z.array(z.enum(Object.keys(ADDRESS_FAMILIES) as [AddressFamily, ...AddressFamily[]])),
  /** Whether a process (not a thread) was created. */
  forks: z.boolean(),
  /** Whether clone()/unshare() with namespace flags was seen. */
  namespaces: z.boolean(),
});

export const InventorySchema = z.strictObject({
  comment: z.string(),
  measuredWith: z.strictObject({
    arch: z.literal("x86_64"),
    kernel: z.string(),
    node: z.string(),
    strace: z.string(),
    date: z.string(),
    workload: z.array(z.string()).min(1),
  }),
  tiers: z.strictObject({ service: TierSchema, tools: TierSchema, namespaces: TierSchema }),
  /**
   * Calls the container runtime makes under the filter before it execs the entrypoint (no-new-privileges):
   * only an OCI profile needs them; systemd allows its own exec path itself.
   */
  containerHandover: z.strictObject({ runtime: z.string(), reason: z.string().min(1), syscalls: z.array(SyscallName).min(1) }),
});

export type Inventory = z.output<typeof InventorySchema>;
export type TierInventory = z.output<typeof TierSchema>;

