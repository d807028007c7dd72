import type { SeccompArch } from "../seccomp/index.js";
import { inventoryFamilies, inventoryNeedsNamespaces, inventorySyscalls, namesForArch, type Inventory, type ToolSupport } from "../inventory/inventory.js";

/**
 * The systemd unit directives that confine the service to the measured inventory, for one architecture:
 * an allow-list SystemCallFilter= (failing other calls with EPERM, as the container profile does), the native
 * ABI only, the socket families the workload used, and namespaces only when tools run under bubblewrap.
 * systemd cannot filter clone() flags itself; RestrictNamespaces= is how it refuses namespace creation.
 */
export function systemdConfinementDirectives(inventory: Inventory, opts: { arch: SeccompArch; withTools: boolean }): string[] {
  // A unit that runs tools may turn bubblewrap on with a drop-in, so its filter holds the namespaces tier too.
  const tools: ToolSupport = opts.withTools ? "namespaces" : "none";
  const names = namesForArch(opts.arch, inventorySyscalls(inventory, tools));
  const families = inventoryFamilies(inventory, tools);
  return [
    "SystemCallArchitectures=native",
    `SystemCallFilter=${names.join(" ")}`,
    "SystemCallErrorNumber=EPERM",
    `RestrictAddressFamilies=${families.length > 0 ? families.join(" ") : "none"}`,
    `RestrictNamespaces=${inventoryNeedsNamespaces(inventory, tools) ? "user mnt pid net ipc uts cgroup" : "yes"}`,
  ];
}
