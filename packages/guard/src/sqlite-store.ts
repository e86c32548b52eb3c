import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { GuardConfigError } from "./messages.js";
import type { ConsentRecord, Counter, GuardStore } from "./store.js";

const require = createRequire(import.meta.url);

export interface SqliteStoreOptions {
  /** The database file; created when missing. State survives restarts. */
  path: string;
  /** How long a writer waits for another process's transaction, in ms (default 5000). */
  busyTimeout?: number;
}

/** Expired counters are swept after this many reservations. */
const SWEEP_EVERY = 10_000;

/**
 * The embedded store: one SQLite file in WAL mode. A reservation is one IMMEDIATE transaction,
 * which takes the database's write lock before reading, so two processes sharing the file (or
 * two threads) cannot both take the last allowed message.
 */
export function createSqliteStore(options: SqliteStoreOptions): GuardStore {
  if (typeof options?.path !== "string" || options.path === "") throw new GuardConfigError("the SQLite store needs a file path (`path`)");
  // Loaded on use: the native module is needed only by services that choose this store.
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  const db = new Database(options.path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeout ?? 5000))}`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS guard_counters (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS guard_consents (key TEXT PRIMARY KEY, state TEXT NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;
  `);
  const getCount = db.prepare<[string, number], { count: number }>("SELECT count FROM guard_counters WHERE key = ? AND expires_at > ?");
  const increment = db.prepare<[{ key: string; expiresAt: number; now: number }]>(
    `INSERT INTO guard_counters (key, count, expires_at) VALUES (@key, 1, @expiresAt)
     ON CONFLICT (key) DO UPDATE SET count = CASE WHEN expires_at > @now THEN count + 1 ELSE 1 END, expires_at = MAX(expires_at, @expiresAt)`,
  );
  const decrement = db.prepare<[string, number]>("UPDATE guard_counters SET count = count - 1 WHERE key = ? AND count > 0 AND expires_at > ?");
  const sweep = db.prepare<[number]>("DELETE FROM guard_counters WHERE expires_at <= ?");
  const setConsent = db.prepare<[{ key: string; state: string; at: number }]>(
    `INSERT INTO guard_consents (key, state, at) VALUES (@key, @state, @at)
     ON CONFLICT (key) DO UPDATE SET state = excluded.state, at = excluded.at WHERE excluded.at >= guard_consents.at`,
  );
  const getConsent = db.prepare<[string], { state: ConsentRecord["state"]; at: number }>("SELECT state, at FROM guard_consents WHERE key = ?");

  let reservations = 0;
  const reserve = db.transaction((counters: readonly Counter[], now: number, expiresAt: number): string[] => {
    const full = counters.filter((counter) => (getCount.get(counter.key, now)?.count ?? 0) >= counter.limit).map((counter) => counter.key);
    if (full.length === 0) for (const counter of counters) increment.run({ key: counter.key, expiresAt, now });
    return full;
  });
  const release = db.transaction((keys: readonly string[], now: number) => {
    for (const key of keys) decrement.run(key, now);
  });

  return {
    async reserve(counters, now, expiresAt) {
      if (counters.length === 0) return [];
      if (++reservations % SWEEP_EVERY === 0) sweep.run(now);
      return reserve.immediate(counters, now, expiresAt);
    },
    async release(keys, now) {
      release.immediate(keys, now);
    },
    async counts(keys, now) {
      return keys.map((key) => getCount.get(key, now)?.count ?? 0);
    },
    async setConsent(key, record) {
      setConsent.run({ key, state: record.state, at: record.at });
    },
    async consents(keys) {
      return keys.map((key) => {
        const row = getConsent.get(key);
        return row ? { state: row.state, at: row.at } : undefined;
      });
    },
    async close() {
      db.close();
    },
  };
}
