import { readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createClient } from "redis";
import { createGuard, createRedisStore, createSqliteStore, type AuditRecord } from "@tactful/guard";
import { redisAvailable, startRedis } from "./redis-server.js";
import { CN_BORROWER, SALT, shanghaiMorning, sqliteGuard, temporaryDirectory } from "./support.js";
import { compiled, SOURCES } from "./templates.js";

/** Where a file descriptor points; "" once it has closed between listing and reading. */
const readlinkOr = (link: string): string => {
  try {
    return readlinkSync(link);
  } catch {
    return "";
  }
};

/** Checks per sender: each recipient is checked once by each of the two senders, at the same moment. */
const RECIPIENTS = 1000;

describe("two senders racing for the last allowed message", () => {
  it("SQLite: two worker threads on one file never exceed a cap of 1", async () => {
    const directory = temporaryDirectory();
    const gate = new SharedArrayBuffer(4);
    const workerData = { dbPath: join(directory, "guard.db"), auditPath: join(directory, "audit.jsonl"), source: SOURCES.cnCollection, recipients: RECIPIENTS, now: shanghaiMorning().toISOString(), salt: SALT, gate };
    // The workers run the built package (npm run build), as a sending service would.
    const run = (): Promise<number> =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL("./race-worker.mjs", import.meta.url), { workerData });
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    const [first, second] = await Promise.all([run(), run()]);
    // Every recipient got exactly one message, from one sender or the other.
    expect(first + second).toBe(RECIPIENTS);
  });

  it("SQLite: a check waits for another connection's transaction without blocking the sender, then counts", async () => {
    const { guard, directory } = sqliteGuard();
    const check = () => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() });
    const other = new Database(join(directory, "guard.db"));
    other.exec("BEGIN IMMEDIATE");
    // The other connection lets go on a timer of this thread: it fires only if the waiting check leaves the thread free.
    setTimeout(() => other.exec("COMMIT"), 100);
    const [second, third] = await Promise.all([check(), check()]);
    other.close();
    expect([second.decision, third.decision].sort()).toEqual(["refuse", "send"]);
  });

  it("SQLite: a check refuses to guess when another connection holds the lock past busyTimeout", async () => {
    const directory = temporaryDirectory();
    const { guard } = sqliteGuard(directory, createSqliteStore({ path: join(directory, "guard.db"), busyTimeout: 50 }));
    const other = new Database(join(directory, "guard.db"));
    other.exec("BEGIN IMMEDIATE");
    try {
      await expect(guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() })).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  });

  /** Another connection, in its own thread, holding the write lock of a new file not yet in WAL mode for `holdFor` ms; `released()` says whether it has let go. */
  async function holdWriteLock(path: string, holdFor: number): Promise<{ holder: Worker; released: () => boolean }> {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const holder = new Worker(
      `const { workerData, parentPort } = require("node:worker_threads");
       const db = new (require("better-sqlite3"))(workerData.path);
       db.exec("CREATE TABLE held (x)");
       db.exec("BEGIN IMMEDIATE");
       parentPort.postMessage("held");
       setTimeout(() => { db.exec("COMMIT"); db.close(); Atomics.store(workerData.flag, 0, 1); }, workerData.holdFor);`,
      { eval: true, workerData: { path, holdFor, flag } },
    );
    await new Promise((resolve) => holder.once("message", resolve));
    return { holder, released: () => Atomics.load(flag, 0) === 1 };
  }

  // Turning the file to WAL while another connection holds its write lock could deadlock, so SQLite
  // answers SQLITE_BUSY at once instead of waiting: two senders starting together on a new file.
  it("SQLite: a sender starting while another connection holds a new file's write lock waits for it", async () => {
    const directory = temporaryDirectory();
    const path = join(directory, "guard.db");
    const { holder, released } = await holdWriteLock(path, 300);
    const store = createSqliteStore({ path });
    expect(released()).toBe(true);
    const { guard } = sqliteGuard(directory, store);
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() })).decision).toBe("send");
    await holder.terminate();
  });

  it("SQLite: a sender starting refuses once the lock is held past busyTimeout, and lets go of the file", async () => {
    const directory = temporaryDirectory();
    const path = join(directory, "guard.db");
    const { holder } = await holdWriteLock(path, 300);
    expect(() => createSqliteStore({ path, busyTimeout: 50 })).toThrow(expect.objectContaining({ code: "SQLITE_BUSY" }));
    await new Promise((resolve) => holder.once("exit", resolve));
    // A service that tries again after a refusal must not pile up open handles on the file.
    if (process.platform === "linux") expect(readdirSync("/proc/self/fd").filter((fd) => readlinkOr(`/proc/self/fd/${fd}`).startsWith(path))).toEqual([]);
    const { guard } = sqliteGuard(directory);
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() })).decision).toBe("send");
  });

  const present = redisAvailable();
  describe.skipIf(!present)("Redis", () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });

    it("two clients never exceed a cap of 1", async () => {
      const records: AuditRecord[] = [];
      const senders = await Promise.all(
        [1, 2].map(async () => createGuard({ templates: compiled(), store: await createRedisStore({ url: redis.url, prefix: "race:" }), audit: { append: (record) => records.push(record) }, salt: SALT })),
      );
      const now = shanghaiMorning();
      // Both clients check each recipient at once, a few dozen recipients in flight at a time.
      let sent = 0;
      for (let from = 0; from < RECIPIENTS; from += 50) {
        const batch = await Promise.all(
          Array.from({ length: 50 }, (_, offset) =>
            Promise.all(senders.map((guard) => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: { id: `r${from + offset}`, timeZone: "Asia/Shanghai", role: "borrower" }, now }))),
          ),
        );
        for (const pair of batch) expect(pair.filter((result) => result.decision === "send")).toHaveLength(1);
        sent += batch.length;
      }
      expect(sent).toBe(RECIPIENTS);
      expect(records.filter((record) => record.decision === "refuse").every((record) => record.reasons?.[0]?.code === "category-cap-reached")).toBe(true);
      await Promise.all(senders.map((guard) => guard.close()));
    });

    it("counts, expires with the recipient's day and keeps opt-outs", async () => {
      const client = createClient({ url: redis.url });
      await client.connect();
      const guard = createGuard({ templates: compiled(), store: await createRedisStore({ client, prefix: "t:" }), audit: { append() {} }, salt: SALT });
      const recipient = { id: "x", timeZone: "Asia/Shanghai", role: "borrower", address: "+8613800000001" } as const;
      const now = new Date(Date.now());
      const collection = { template: "cn.collection", data: { amount: 1, note: "好" }, recipient, now: shanghaiMorning() };
      expect((await guard.check(collection)).decision).toBe("send");
      expect((await guard.check(collection)).reasons.map((reason) => reason.code)).toEqual(["category-cap-reached"]);
      // Counter keys expire a little after the recipient's local midnight: 14 hours after 10:00, plus the margin.
      const keys = await client.keys("t:*:2026-06-01:*");
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const ttl = await client.pTTL(key);
        expect(ttl).toBeGreaterThan(14 * 3600_000);
        expect(ttl).toBeLessThanOrEqual(16 * 3600_000);
      }
      await guard.recordInbound({ recipient, channel: "sms", text: "ＴＤ", now });
      expect((await guard.check({ template: "cn.marketing", data: { rate: 7.2 }, recipient, now: shanghaiMorning() })).reasons.map((reason) => reason.code)).toEqual(["opted-out"]);
      await guard.recordInbound({ recipient, channel: "sms", text: "取消退订", now: new Date(now.getTime() + 1) });
      expect((await guard.check({ template: "cn.marketing", data: { rate: 7.2 }, recipient, now: shanghaiMorning() })).decision).toBe("send");
      await guard.close();
      await client.close();
    });
  });
});
