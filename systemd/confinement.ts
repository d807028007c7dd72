import { systemdConfinementDirectives } from "../os/profiles/systemd.js";
import { INVENTORY, type Inventory } from "../os/inventory/inventory.js";
import type { SeccompArch } from "../os/seccomp/index.js";

export interface UnitConfinement {
  /** Directives for the unit: the service and the tools it spawns, with namespace creation refused. */
  unit: string[];
  /** Directives for the drop-in that lets bubblewrap create the namespaces the inventory measured. */
  namespacesDropIn: string[];
}

export class ConfinementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfinementError";
  }
}

const NAMESPACES = "RestrictNamespaces=";

/**
 * Splits the OS-confinement generator's directives between the unit and the namespaces drop-in. Tools are run
 * by the service, so they live under its filter: the inventory's tool tier is always included. The unit
 * itself always refuses namespaces (`RestrictNamespaces=yes`); the generator's namespace list, which allows
 * what bubblewrap was measured to create, goes to the drop-in only. An empty filter would mean "no filter" to
 * systemd, so it is refused rather than written.
 */
export function unitConfinement(arch: SeccompArch, inventory: Inventory = INVENTORY): UnitConfinement {
  const directives = systemdConfinementDirectives(inventory, { arch, withTools: true });
  const filter = directives.find((d) => d.startsWith("SystemCallFilter="));
  if (filter === undefined || filter.trim() === "SystemCallFilter=") {
    throw new ConfinementError("the syscall inventory yields an empty SystemCallFilter=, which systemd reads as no filter at all");
  }
  const namespaces = directives.filter((d) => d.startsWith(NAMESPACES));
  if (namespaces.length !== 1 || namespaces[0] === `${NAMESPACES}yes`) {
    throw new ConfinementError("the syscall inventory measured no namespaces for tools, so there is nothing for the namespaces drop-in to allow");
  }
  return { unit: [...directives.filter((d) => !d.startsWith(NAMESPACES)), `${NAMESPACES}yes`], namespacesDropIn: namespaces };
}

/** Debian architecture names of the architectures the inventory covers. */
export function seccompArchForDebian(debianArch: string): SeccompArch {
  if (debianArch === "amd64") return "x86_64";
  if (debianArch === "arm64") return "aarch64";
  throw new ConfinementError(`no syscall inventory for Debian architecture "${debianArch}"`);
}
