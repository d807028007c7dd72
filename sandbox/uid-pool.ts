/**
 * Hands each concurrent run its own uid from [base, base + count), least recently used first, and never one that
 * some process still has: killed processes count against RLIMIT_NPROC until the host's init reaps them, and a
 * uid whose run left a process that could not be killed must not be shared with a later tool, so such a uid is
 * quarantined for good.
 */
export class UidPool {
  private readonly free: number[] = [];
  private readonly quarantined = new Set<number>();

  constructor(
    base: number,
    count: number,
    private readonly inUse: (uid: number) => boolean,
  ) {
    for (let i = 0; i < count; i++) this.free.push(base + i);
  }

  acquire(): number | undefined {
    for (let tries = this.free.length; tries > 0; tries--) {
      const uid = this.free.shift();
      if (uid === undefined) return undefined;
      if (!this.inUse(uid)) return uid;
      this.free.push(uid);
    }
    return undefined;
  }

  release(uid: number): void {
    if (!this.quarantined.has(uid)) this.free.push(uid);
  }

  quarantine(uid: number): void {
    this.quarantined.add(uid);
  }
}
