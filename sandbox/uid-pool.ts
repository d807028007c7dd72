/**
 * Hands each concurrent run its own uid from [base, base + count). A uid whose run left a process that could not
 * be killed is never handed out again: whatever survived must not share a uid with a later tool.
 */
export class UidPool {
  private readonly free: number[] = [];
  private readonly quarantined = new Set<number>();

  constructor(base: number, count: number) {
    for (let i = count - 1; i >= 0; i--) this.free.push(base + i);
  }

  acquire(): number | undefined {
    return this.free.pop();
  }

  release(uid: number): void {
    if (!this.quarantined.has(uid)) this.free.push(uid);
  }

  quarantine(uid: number): void {
    this.quarantined.add(uid);
  }
}
