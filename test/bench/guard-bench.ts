import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { createGuard, createRedisStore, createSqliteStore, type GuardStore } from "@tactful/guard";
import { packs, type PolicyPack } from "@tactful/policies";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { SAMPLE_LIBRARY } from "./paths.js";

/** One store's figures: with the tone engine, and with the pack's tone lexicon emptied (everything else the same). */
export interface StoreFigures {
  perSecond: number;
  /** CPU time of the sending process per check (user + system), in µs: steadier than wall time on a shared machine. */
  cpuMicroseconds: number;
  withoutTone: { perSecond: number; cpuMicroseconds: number };
}

export interface GuardFigures {
  template: string;
  inFlight: number;
  sqlite: StoreFigures;
  redis: StoreFigures | null;
  /** Why Redis was not measured, when it was not. */
  redisSkipped?: string;
  seconds: number;
  /** The machine's one-minute load average at the end, and its cores: checks per second are wall time, which other work on the machine takes from. */
  loadAverage: number;
  cores: number;
}

const TEMPLATE = "zh-CN/collection/overdue-first-notice.sms.msg.njk";
/** Checks a sender keeps in flight, as a service sending from a queue does: SQLite commits them together, the Redis client pipelines them. */
const IN_FLIGHT = 32;
const WARM_UP_CHECKS = 2000;
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
 * Each store is measured again with the pack's tone lexicon emptied, which shows what the tone
 * engine costs and what the rest of the check can reach.
 */
export async function guardThroughput(scratch: string, seconds: number): Promise<GuardFigures> {
  const file = join(SAMPLE_LIBRARY, TEMPLATE);
  const template = compileTemplate(await readFile(file, "utf8"), { filePath: file });
  const data = examplesOf(template)[0]!.data;
  const pack = packs.find((candidate) => candidate.id === template.document.jurisdiction)!;
  const withoutTone: PolicyPack = { ...pack, tone: { ...pack.tone, lexicon: [] } };
  const now = new Date("2026-06-01T02:00:00Z"); // 10:00 in Shanghai
  let run = 0;
  const measure = async (store: GuardStore, tone: boolean): Promise<{ perSecond: number; cpuMicroseconds: number }> => {
    const guard = createGuard({ templates: [template], store, audit: join(scratch, `guard-audit-${++run}.jsonl`), salt: "bench-salt-0123456789", ...(tone ? {} : { packs: [withoutTone] }) });
    let next = 0;
    const sender = async (until: number, atLeast = 0): Promise<void> => {
      while (performance.now() < until || next < atLeast) {
        const n = next++;
        // Data that changes from one recipient to the next, as real data does.
        const values = { ...data, name: NAMES[n % NAMES.length], amount: 100 + (n % 99_991) / 10, days: 1 + (n % 30) };
        const result = await guard.check({ template: template.id, data: values, recipient: { id: `r${run}-${n}`, timeZone: "Asia/Shanghai", role: "borrower" }, now });
        if (result.decision !== "send") throw new Error(`the bench's check was refused: ${result.reasons.map((reason) => reason.code).join(", ")}`);
      }
    };
    // Warm-up (a second, and enough checks for the compiler on a busy machine), then the timed run.
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => sender(performance.now() + 1000, WARM_UP_CHECKS)));
    const done = next;
    const cpu = process.cpuUsage();
    const started = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => sender(started + seconds * 1000)));
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const checks = next - done;
    await guard.close();
    return { perSecond: Math.round(checks / (elapsed / 1000)), cpuMicroseconds: Math.round((used.user + used.system) / checks) };
  };
  const both = async (open: () => Promise<GuardStore>): Promise<StoreFigures> => ({ ...(await measure(await open(), true)), withoutTone: await measure(await open(), false) });
  const sqlite = await both(async () => createSqliteStore({ path: join(scratch, "guard-bench.db") }));
  const figures = { template: TEMPLATE, inFlight: IN_FLIGHT, seconds, sqlite };
  const machine = (): { loadAverage: number; cores: number } => ({ loadAverage: Math.round(loadavg()[0]! * 10) / 10, cores: availableParallelism() });
  if (spawnSync("sh", ["-c", "command -v redis-server"]).status !== 0) {
    return { ...figures, redis: null, redisSkipped: "redis-server is not installed (scripts/install-test-tools.sh)", ...machine() };
  }
  const redis = await startRedis();
  try {
    return { ...figures, redis: await both(() => createRedisStore({ url: redis.url })), ...machine() };
  } finally {
    await redis.stop();
  }
}

export function formatGuard(figures: GuardFigures): string {
  const cell = (measured: { perSecond: number; cpuMicroseconds: number }): string => `${measured.perSecond.toLocaleString("en-US")} checks/s (${measured.cpuMicroseconds} µs CPU each)`;
  const row = (store: string, measured: StoreFigures | null): string =>
    measured === null ? `| ${store} | not measured: ${figures.redisSkipped} | |` : `| ${store} | ${cell(measured)} | ${cell(measured.withoutTone)} |`;
  return [
    `**Send-time guard** — \`guard.check\` on ${figures.template} for a new recipient each time, with its own name, amount and days overdue (render, windows, caps reserved, opt-outs, tone and personal data, audit line), ${figures.inFlight} checks in flight on one sender, ${figures.seconds} s after a warm-up. The last column is the same check with the pack's tone lexicon emptied: the tone engine's share is the difference. Checks per second are wall time on one thread, so they fall with the machine's load (one-minute load average ${figures.loadAverage} on ${figures.cores} cores at the end); the CPU time per check is what to compare between machines and runs.`,
    "",
    "| store | checks per second | without the tone lexicon |",
    "| --- | --- | --- |",
    row("SQLite (embedded, WAL)", figures.sqlite),
    row("Redis (local redis-server)", figures.redis),
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
