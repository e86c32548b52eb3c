/** Where the guard keeps daily counts and opt-outs: an embedded SQLite file or a Redis server. */

export interface Counter {
  key: string;
  limit: number;
}

export type ConsentState = "opt-out" | "opt-in";

export interface ConsentRecord {
  state: ConsentState;
  /** Milliseconds since the epoch of the reply that set it. */
  at: number;
}

export interface GuardStore {
  /**
   * Atomically: when every counter is below its limit, adds one to each and returns []; otherwise
   * changes nothing and returns the keys that are full. Counters live until `expiresAt` (ms since
   * the epoch, on the clock of `now`).
   */
  reserve(counters: readonly Counter[], now: number, expiresAt: number): Promise<string[]>;
  /** Gives back one reservation of each key: the message was not sent after all. */
  release(keys: readonly string[], now: number): Promise<void>;
  /** The current count of each key (0 when absent or expired). */
  counts(keys: readonly string[], now: number): Promise<number[]>;
  /** Records an opt-out or opt-in; a record older than the one stored is ignored. */
  setConsent(key: string, record: ConsentRecord): Promise<void>;
  consents(keys: readonly string[]): Promise<Array<ConsentRecord | undefined>>;
  close(): Promise<void>;
}
