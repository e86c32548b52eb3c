import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { createGuard, createRedisStore, createSqliteStore, type GuardStore } from "@tactful/guard";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { SAMPLE_LIBRARY } from "./paths.js";

export interface GuardFigures {
  template: string;
  sqlitePerSecond: number;
  redisPerSecond: number | null;
  /** Why Redis was not measured, when it was not. */
  redisSkipped?: string;
  seconds: number;
}

const TEMPLATE = "zh-CN/collection/overdue-first-notice.sms.msg.njk";
/** Checks a Redis sender keeps in flight: the client pipelines them. */
const IN_FLIGHT = 32;
const NAMES = ["张三", "李四", "王小明", "欧阳娜娜", "陈静", "刘洋", "赵敏"];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A throwaway redis-server on 127.0.0.1 without persistence (Debian's package, from scripts/install-test-tools.sh). */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Guard checks per second on one sender, rendering included: every check renders the sample
 * collection SMS with its example data for a new recipient (so every check reserves under the
 * caps), reads the opt-outs, runs the tone and personal-data checks and appends to the audit log.
 */
export async function guardThroughput(scratch: string, seconds: number): Promise<GuardFigures> {
  const file = join(SAMPLE_LIBRARY, TEMPLATE);
  const template = compileTemplate(await readFile(file, "utf8"), { filePath: file });
  const data = examplesOf(template)[0]!.data;
  const now = new Date("2026-06-01T02:00:00Z"); // 10:00 in Shanghai
  let run = 0;
  const measure = async (store: GuardStore, inFlight: number): Promise<number> => {
    const guard = createGuard({ templates: [template], store, audit: join(scratch, `guard-audit-${++run}.jsonl`), salt: "bench-salt-0123456789" });
    let next = 0;
    const sender = async (until: number): Promise<void> => {
      while (performance.now() < until) {
        const n = next++;
        // Data that changes from one recipient to the next, as real data does.
        const values = { ...data, name: NAMES[n % NAMES.length], amount: 100 + (n % 99_991) / 10, days: 1 + (n % 30) };
        const result = await guard.check({ template: template.id, data: values, recipient: { id: `r${n}`, timeZone: "Asia/Shanghai", role: "borrower" }, now });
        if (result.decision !== "send") throw new Error(`the bench's check was refused: ${result.reasons.map((reason) => reason.code).join(", ")}`);
      }
    };
    // Warm-up, then the timed run.
    await Promise.all(Array.from({ length: inFlight }, () => sender(performance.now() + 1000)));
    const done = next;
    const started = performance.now();
    await Promise.all(Array.from({ length: inFlight }, () => sender(started + seconds * 1000)));
    const perSecond = Math.round((next - done) / ((performance.now() - started) / 1000));
    await guard.close();
    return perSecond;
  };
  const sqlitePerSecond = await measure(createSqliteStore({ path: join(scratch, "guard-bench.db") }), 1);
  if (spawnSync("sh", ["-c", "command -v redis-server"]).status !== 0) {
    return { template: TEMPLATE, sqlitePerSecond, redisPerSecond: null, redisSkipped: "redis-server is not installed (scripts/install-test-tools.sh)", seconds };
  }
  const redis = await startRedis();
  try {
    const redisPerSecond = await measure(await createRedisStore({ url: redis.url }), IN_FLIGHT);
    return { template: TEMPLATE, sqlitePerSecond, redisPerSecond, seconds };
  } finally {
    await redis.stop();
  }
}

export function formatGuard(figures: GuardFigures): string {
  const redis = figures.redisPerSecond === null ? `not measured: ${figures.redisSkipped}` : `${figures.redisPerSecond.toLocaleString("en-US")} checks/s (${IN_FLIGHT} in flight)`;
  return [
    `**Send-time guard** — \`guard.check\` on ${figures.template} for a new recipient each time, with its own name, amount and days overdue (render, windows, caps reserved, opt-outs, tone and personal data, audit line), ${figures.seconds} s after a warm-up`,
    "",
    "| store | checks per second |",
    "| --- | --- |",
    `| SQLite (embedded, WAL) | ${figures.sqlitePerSecond.toLocaleString("en-US")} checks/s |`,
    `| Redis (local redis-server) | ${redis} |`,
    "",
  ].join("\n");
}

// `node test/bench/dist/guard-bench.js [seconds]`: this section alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const { mkdtemp, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const scratch = await mkdtemp(join(tmpdir(), "tactful-guard-bench-"));
  try {
    process.stdout.write(formatGuard(await guardThroughput(scratch, Number(process.argv[2] ?? 3))));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
