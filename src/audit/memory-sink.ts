import type { AuditEvent, AuditSink, SinkHealth } from "./types.js";

export interface StoredAuditRecord extends AuditEvent {
  time: string;
  seq: number;
}

/** Bounded ring buffer: the newest `capacity` records, constant memory however many decisions. */
export class MemoryAuditSink implements AuditSink {
  private readonly ring: (StoredAuditRecord | undefined)[];
  private next = 0;
  private seq = 0;

  constructor(
    readonly capacity: number,
    private readonly storePrompts = false,
  ) {
    this.ring = new Array<StoredAuditRecord | undefined>(capacity);
  }

  append(event: AuditEvent): Promise<void> {
    const { prompt, ...rest } = event;
    this.ring[this.next] = {
      ...rest,
      ...(this.storePrompts && prompt ? { prompt } : {}),
      time: new Date().toISOString(),
      seq: ++this.seq,
    };
    this.next = (this.next + 1) % this.capacity;
    return Promise.resolve();
  }

  /** The retained records, oldest first. */
  records(): StoredAuditRecord[] {
    const out: StoredAuditRecord[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const record = this.ring[(this.next + i) % this.capacity];
      if (record) out.push(record);
    }
    return out;
  }

  health(): SinkHealth {
    return { ok: true };
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
