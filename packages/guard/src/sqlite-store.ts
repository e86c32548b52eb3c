import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type BetterSqlite3 from "better-sqlite3";
import type { Locale } from "@tactful/core";
import { GuardConfigError } from "./messages.js";
import { latestConsent, type ConsentRecord, type GuardStore, type SettleOutcome, type SettleRequest } from "./store.js";

const require = createRequire(import.meta.url);

export interface SqliteStoreOptions {
  /** The database file; created when missing. State survives restarts. */
  path: string;
  /** How long a writer waits for another process's transaction, in ms (default 5000). */
  busyTimeout?: number;
  /** The language of its set-up errors (English by default). */
  locale?: Locale;
}

/** How often a writer tries again for the lock another connection holds, in ms. */
const LOCK_RETRY_EVERY = 1;

/** Expired counters are swept after this many transactions. */
const SWEEP_EVERY = 10_000;
/** How often the checkpointer copies the write-ahead log into the database, in ms. */
const CHECKPOINT_EVERY = 500;
/** SQLite's own default, restored when the checkpointer stops unexpectedly, so the log cannot grow without end. */
const AUTO_CHECKPOINT_PAGES = 1000;

// The checkpointer: its own connection in a worker thread, so copying the log into the database
// (and its fsync) runs beside the checks instead of inside one of their commits.
const CHECKPOINTER = `
const { workerData } = require("node:worker_threads");
const db = new (require(workerData.module))(workerData.path);
db.pragma("busy_timeout = 1000");
setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.interval);
`;

const isBusy = (error: unknown): boolean => String((error as { code?: unknown })?.code).startsWith("SQLITE_BUSY");

/**
 * Runs the set-up statements, tried again while SQLite answers SQLITE_BUSY, until `busyTimeout`.
 * SQLite answers it at once, without its busy handler, where waiting could deadlock: two
 * connections turning a new file to WAL together, or one opening the file while the last one
 * closes it. Setting up runs once, before any check, so it may block the thread. A set-up that
 * fails closes the connection, so a caller that gives up leaves no handle on the file.
 */
function untilFree<T>(db: BetterSqlite3.Database, busyTimeout: number, setUp: () => T): T {
  const deadline = performance.now() + busyTimeout;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return setUp();
    } catch (error) {
      if (!isBusy(error) || performance.now() >= deadline) {
        db.close();
        throw error;
      }
    }
    Atomics.wait(pause, 0, 0, LOCK_RETRY_EVERY);
  }
}

interface Pending {
  request: SettleRequest;
  resolve(outcome: SettleOutcome): void;
  reject(error: unknown): void;
}

/**
 * The embedded store: one SQLite file in WAL mode. The checks a sender has in flight are settled
 * together in one IMMEDIATE transaction (a group commit), one after the other inside it: the
 * transaction takes the database's write lock before reading, so two processes sharing the file
 * (or two threads) cannot both take the last allowed message, and each check sees the places the
 * ones before it took.
 *
 * The write-ahead log is copied into the database by a checkpointer in a worker thread.
 *
 * A transaction that finds the write lock taken by another connection is tried again every
 * millisecond, between turns of the event loop, until `busyTimeout` has passed. SQLite's own
 * busy handler would sleep inside the call instead, blocking the sender's thread, and back off
 * to 100 ms between tries: under contention a writer slept while the lock was free, and on a
 * loaded machine ran out of its timeout while the other sender kept taking the lock.
 *
 * Durability: counters commit with `synchronous = NORMAL` (WAL): a crash of the process loses
 * nothing; a power cut may lose the last commits, so a recipient could get one message over a cap
 * on a machine that lost power. Opt-outs commit with `synchronous = FULL`: once `recordInbound`
 * returns, the opt-out survives a power cut too.
 */
export function createSqliteStore(options: SqliteStoreOptions): GuardStore {
  if (typeof options?.path !== "string" || options.path === "") throw new GuardConfigError("sqlite-no-path", {}, options?.locale);
  // Loaded on use: the native module is needed only by services that choose this store.
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  const busyTimeout = Math.max(0, Math.floor(options.busyTimeout ?? 5000));
  // Setting up waits inside SQLite, and also where SQLite refuses to wait (`untilFree`); the checks wait for the lock in `locked` below.
  const db = new Database(options.path, { timeout: busyTimeout });
  const { getCount, increment, decrement, sweep, upsertConsent, getConsent } = untilFree(db, busyTimeout, () => {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec(`
      CREATE TABLE IF NOT EXISTS guard_counters (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS guard_consents (key TEXT PRIMARY KEY, state TEXT NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;
    `);
    return {
      getCount: db.prepare<[string, number], { count: number }>("SELECT count FROM guard_counters WHERE key = ? AND expires_at > ?"),
      increment: db.prepare<[{ key: string; expiresAt: number; now: number }]>(
        `INSERT INTO guard_counters (key, count, expires_at) VALUES (@key, 1, @expiresAt)
         ON CONFLICT (key) DO UPDATE SET count = CASE WHEN expires_at > @now THEN count + 1 ELSE 1 END, expires_at = MAX(expires_at, @expiresAt)`,
      ),
      decrement: db.prepare<[string, number]>("UPDATE guard_counters SET count = count - 1 WHERE key = ? AND count > 0 AND expires_at > ?"),
      sweep: db.prepare<[number]>("DELETE FROM guard_counters WHERE expires_at <= ?"),
      upsertConsent: db.prepare<[{ key: string; state: string; at: number }]>(
        `INSERT INTO guard_consents (key, state, at) VALUES (@key, @state, @at)
         ON CONFLICT (key) DO UPDATE SET state = excluded.state, at = excluded.at WHERE excluded.at >= guard_consents.at`,
      ),
      getConsent: db.prepare<[string], ConsentRecord>("SELECT state, at FROM guard_consents WHERE key = ?"),
    };
  });
  const checkpointer = new Worker(CHECKPOINTER, { eval: true, workerData: { module: require.resolve("better-sqlite3"), path: options.path, interval: CHECKPOINT_EVERY } });
  checkpointer.unref();
  const checkpointStopped = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  };
  checkpointer.once("error", checkpointStopped);
  checkpointer.once("exit", checkpointStopped);
  db.pragma("busy_timeout = 0");

  /** Transactions waiting for the lock: closing waits for them. */
  const waiting = new Set<Promise<unknown>>();
  function locked<T>(transaction: () => T): Promise<T> {
    const work = whenUnlocked(transaction);
    const settled = (): void => void waiting.delete(work);
    waiting.add(work);
    work.then(settled, settled);
    return work;
  }

  /** Runs a write transaction, waiting for the lock without blocking the thread: tried again every LOCK_RETRY_EVERY ms until busyTimeout. */
  async function whenUnlocked<T>(transaction: () => T): Promise<T> {
    let deadline: number | undefined;
    for (;;) {
      try {
        return transaction();
      } catch (error) {
        if (!isBusy(error)) throw error;
        // The clock is read only once the lock is found taken.
        deadline ??= performance.now() + busyTimeout;
        if (performance.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_EVERY));
    }
  }

  function settleOne({ consentKeys, counters, reserve, now, expiresAt }: SettleRequest): SettleOutcome {
    const optedOut = latestConsent(consentKeys.map((key) => getConsent.get(key)))?.state === "opt-out";
    const full = counters.filter((counter) => (getCount.get(counter.key, now)?.count ?? 0) >= counter.limit).map((counter) => counter.key);
    const reserved = reserve && !optedOut && full.length === 0 && counters.length > 0;
    if (reserved) for (const counter of counters) increment.run({ key: counter.key, expiresAt, now });
    return { optedOut, full, reserved };
  }

  let transactions = 0;
  const settleAll = db.transaction((batch: readonly Pending[]) => {
    if (++transactions % SWEEP_EVERY === 0) sweep.run(batch[0]!.request.now);
    return batch.map(({ request }) => settleOne(request));
  });
  const release = db.transaction((keys: readonly string[], now: number) => {
    for (const key of keys) decrement.run(key, now);
  });

  let queue: Pending[] = [];
  /** The commit of the batch in hand (or about to be taken), while there is one: the checks that arrive meanwhile wait for the next. */
  let committing: Promise<void> | undefined;
  function schedule(): void {
    // The checks started in this turn of the event loop share the next transaction.
    committing ??= new Promise((resolve) => setImmediate(resolve)).then(commit);
  }
  async function commit(): Promise<void> {
    const batch = queue;
    queue = [];
    try {
      const outcomes = await locked(() => settleAll.immediate(batch));
      batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
    committing = undefined;
    if (queue.length > 0) schedule();
  }

  return {
    settle(request) {
      return new Promise((resolve, reject) => {
        queue.push({ request, resolve, reject });
        schedule();
      });
    },
    async release(keys, now) {
      if (keys.length > 0) await locked(() => release.immediate(keys, now));
    },
    async setConsent(key, record) {
      await locked(() => {
        db.pragma("synchronous = FULL");
        try {
          upsertConsent.run({ key, state: record.state, at: record.at });
        } finally {
          db.pragma("synchronous = NORMAL");
        }
      });
    },
    async close() {
      while (committing) await committing;
      await Promise.allSettled([...waiting]);
      checkpointer.removeAllListeners();
      await checkpointer.terminate();
      // The last connection to close copies the log into the database.
      db.close();
    },
  };
}
