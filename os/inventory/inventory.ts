import { SYSCALL_TABLES, type SeccompArch } from "../seccomp/index.js";
import { X86_64_ONLY_TO_AARCH64 } from "./aarch64.js";
import { InventorySchema, type AddressFamily, type Inventory, type Tier } from "./schema.js";
import measured from "./syscalls.json" with { type: "json" };

export { ADDRESS_FAMILIES, TIERS, type AddressFamily, type Inventory, type Tier, type TierInventory } from "./schema.js";

/** The committed, measured inventory; a malformed file throws here rather than yielding a wrong profile. */
export const INVENTORY: Inventory = InventorySchema.parse(measured);

/** What a deployment runs tools with: not at all (check-only), as plain processes, or under bubblewrap. */
export type ToolSupport = "none" | "process" | "namespaces";

/** The tiers a profile includes: the service always, then each level of tool support up to the chosen one. */
export function tiersFor(tools: ToolSupport): Tier[] {
  return tools === "none" ? ["service"] : tools === "process" ? ["service", "tools"] : ["service", "tools", "namespaces"];
}

/** x86_64 names of the container runtime's hand-over calls. */
export function handoverSyscalls(inventory: Inventory): string[] {
  return [...inventory.containerHandover.syscalls].sort();
}

/** x86_64 names of every syscall in the chosen tiers. */
export function inventorySyscalls(inventory: Inventory, tools: ToolSupport): string[] {
  const names = new Set<string>();
  for (const tier of tiersFor(tools)) for (const g of inventory.tiers[tier].groups) for (const s of g.syscalls) names.add(s);
  return [...names].sort();
}

export class UnmappedSyscallError extends Error {
  constructor(readonly arch: SeccompArch, readonly names: string[]) {
    super(`no ${arch} equivalent is known for: ${names.join(", ")} (add it to os/inventory/aarch64.ts)`);
    this.name = "UnmappedSyscallError";
  }
}

/** Translates x86_64 names to the names one architecture has; throws on any name it cannot place. */
export function namesForArch(arch: SeccompArch, x86Names: readonly string[]): string[] {
  const table = SYSCALL_TABLES[arch];
  const out = new Set<string>();
  const unmapped: string[] = [];
  for (const name of x86Names) {
    if (Object.hasOwn(table, name)) {
      out.add(name);
      continue;
    }
    const mapped = arch === "aarch64" ? X86_64_ONLY_TO_AARCH64[name] : undefined;
    if (mapped === undefined || mapped.some((m) => !Object.hasOwn(table, m))) unmapped.push(name);
    else for (const m of mapped) out.add(m);
  }
  if (unmapped.length > 0) throw new UnmappedSyscallError(arch, unmapped);
  return [...out].sort();
}

/** Socket families allowed for the chosen tiers. */
export function inventoryFamilies(inventory: Inventory, tools: ToolSupport): AddressFamily[] {
  const families = new Set<AddressFamily>();
  for (const tier of tiersFor(tools)) for (const f of inventory.tiers[tier].socketFamilies) families.add(f);
  return [...families].sort();
}

/** Whether the chosen tiers create processes (not only threads). */
export function inventoryForks(inventory: Inventory, tools: ToolSupport): boolean {
  return tiersFor(tools).some((tier) => inventory.tiers[tier].forks);
}

/** Whether the chosen tiers need namespace creation (bubblewrap). */
export function inventoryNeedsNamespaces(inventory: Inventory, tools: ToolSupport): boolean {
  return tiersFor(tools).some((tier) => inventory.tiers[tier].namespaces);
}
