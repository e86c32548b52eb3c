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

/** What one check asks of the store: everything in one transaction or round trip. */
export interface SettleRequest {
  /** The opt-out records that bar this message; the latest of them decides. */
  consentKeys: readonly string[];
  counters: readonly Counter[];
  /** Reserve a place under every counter, when the recipient has not opted out and none is full; otherwise only read. */
  reserve: boolean;
  /** Milliseconds since the epoch. */
  now: number;
  /** When the counters expire (ms since the epoch, on the clock of `now`). */
  expiresAt: number;
}

export interface SettleOutcome {
  /** The latest of the consent records is an opt-out. */
  optedOut: boolean;
  /** The keys that were already at their limit. */
  full: string[];
  /** One was added to every counter: only when `reserve`, not opted out and none full. */
  reserved: boolean;
}

export interface GuardStore {
  /** Atomically: reads the opt-outs and the counters and, when asked and allowed, adds one to each counter. */
  settle(request: SettleRequest): Promise<SettleOutcome>;
  /** Gives back one reservation of each key: the message was not sent after all. */
  release(keys: readonly string[], now: number): Promise<void>;
  /** Records an opt-out or opt-in; a record older than the one stored is ignored. */
  setConsent(key: string, record: ConsentRecord): Promise<void>;
  close(): Promise<void>;
}

/** The record that decides among several (every sender's, this sender's): the latest; on a tie, the later key. */
export function latestConsent(records: ReadonlyArray<ConsentRecord | undefined>): ConsentRecord | undefined {
  let latest: ConsentRecord | undefined;
  for (const found of records) if (found && (!latest || found.at >= latest.at)) latest = found;
  return latest;
}
