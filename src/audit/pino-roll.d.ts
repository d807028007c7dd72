/** pino-roll ships no types; this covers what the file sink uses (a SonicBoom stream underneath). */
declare module "pino-roll" {
  import type { EventEmitter } from "node:events";

  export interface RollStream extends EventEmitter {
    /** Descriptor of the file being written; changes on every rotation. */
    readonly fd: number;
    /** Path of the file being written. */
    readonly file: string | null;
    readonly destroyed: boolean;
    write(data: string): boolean;
    end(): void;
    destroy(): void;
  }

  export interface PinoRollOptions {
    file: string;
    size?: string | number;
    frequency?: "daily" | "hourly" | number;
    extension?: string;
    limit?: { count: number; removeOtherLogFiles?: boolean };
    mkdir?: boolean;
    symlink?: boolean;
    dateFormat?: string;
    sync?: boolean;
    mode?: number;
    append?: boolean;
  }

  export default function pinoRoll(options: PinoRollOptions): Promise<RollStream>;
}
