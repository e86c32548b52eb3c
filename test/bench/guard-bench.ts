import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGuard, createRedisStore, createSqliteStore, type GuardStore } from "@tactful/guard";
import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { runNode } from "./child.js";
import { SAMPLE_LIBRARY } from "./paths.js";

const { packs } = builtInPacks;

const SELF = fileURLToPath(import.meta.url);

/** One store's figures: one sender with the tone engine and with the pack's tone lexicon emptied, and two senders at once. */
export interface StoreFigures {
  perSecond: number;
  /** CPU time of the sending process per check (user + system), in µs: steadier than wall time on a shared machine. */
  cpuMicroseconds: number;
  withoutTone: Measured;
  /** Two sender processes on the same database or Redis server, as a service with two workers runs them: checks per second of both together. */
  twoSenders: Measured;
}

interface Measured {
  perSecond: number;
  cpuMicroseconds: number;
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

/** What one sender process is asked to do: which store, where, with or without the tone lexicon, and when its timed run starts and ends (epoch ms). */
interface SenderTask {
  store: "sqlite" | "redis";
  /** The SQLite file or the Redis URL. */
  location: string;
  tone: boolean;
  audit: string;
  startAt: number;
  seconds: number;
}

interface SenderResult {
  checks: number;
  elapsedMs: number;
  cpuMicroseconds: number;
}

/**
 * One sender: renders the sample collection SMS with changing data for a new recipient each time
 * (so every check reserves under the caps), reads the opt-outs, runs the tone and personal-data
 * checks and appends to the audit log, with IN_FLIGHT checks in flight; warms up, waits for the
 * common start and counts the checks of the timed run.
 */
async function runSender(task: SenderTask): Promise<SenderResult> {
  const file = join(SAMPLE_LIBRARY, TEMPLATE);
  const template = compileTemplate(await readFile(file, "utf8"), { filePath: file });
  const data = examplesOf(template)[0]!.data;
  const pack = packs.find((candidate) => candidate.id === template.document.jurisdiction)!;
  const withoutTone: PolicyPack = { ...pack, tone: { ...pack.tone, lexicon: [] } };
  const store: GuardStore = task.store === "sqlite" ? createSqliteStore({ path: task.location }) : await createRedisStore({ url: task.location });
  const guard = createGuard({ templates: [template], store, audit: task.audit, salt: "bench-salt-0123456789", ...(task.tone ? {} : { packs: [withoutTone] }) });
  const now = new Date("2026-06-01T02:00:00Z"); // 10:00 in Shanghai
  let next = 0;
  const sender = async (until: number, atLeast = 0): Promise<void> => {
    while (Date.now() < until || next < atLeast) {
      const n = next++;
      // Data that changes from one recipient to the next, as real data does.
      const values = { ...data, name: NAMES[n % NAMES.length], amount: 100 + (n % 99_991) / 10, days: 1 + (n % 30) };
      const result = await guard.check({ template: template.id, data: values, recipient: { id: `${process.pid}-${n}`, timeZone: "Asia/Shanghai", role: "borrower" }, now });
      if (result.decision !== "send") throw new Error(`the bench's check was refused: ${result.reasons.map((reason) => reason.code).join(", ")}`);
    }
  };
  // Warm-up (enough checks for the compiler on a busy machine, and until the common start).
  await Promise.all(Array.from({ length: IN_FLIGHT }, () => sender(task.startAt, WARM_UP_CHECKS)));
  const done = next;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, () => sender(Math.max(Date.now(), task.startAt) + task.seconds * 1000)));
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const checks = next - done;
  await guard.close();
  return { checks, elapsedMs, cpuMicroseconds: (used.user + used.system) / checks };
}

/** Runs `senders` sender processes at once on one store; their timed runs start together after the slowest warm-up could end. */
async function measureSenders(senders: number, task: Omit<SenderTask, "startAt" | "audit">, scratch: string): Promise<Measured> {
  const startAt = Date.now() + 4000;
  const results = await Promise.all(
    Array.from({ length: senders }, async (_, index) => {
      const run = await runNode(SELF, ["--sender", JSON.stringify({ ...task, startAt, audit: join(scratch, `guard-audit-${startAt}-${index}.jsonl`) })], { cwd: scratch });
      return JSON.parse(run.stdout) as SenderResult;
    }),
  );
  const perSecond = results.reduce((total, result) => total + result.checks / (result.elapsedMs / 1000), 0);
  const cpu = results.reduce((total, result) => total + result.cpuMicroseconds, 0) / results.length;
  return { perSecond: Math.round(perSecond), cpuMicroseconds: Math.round(cpu) };
}

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
 * Guard checks per second, rendering included, each sender in a process of its own: one sender
 * with the tone engine and with the pack's tone lexicon emptied (which shows what the tone engine
 * costs and what the rest of the check can reach), then two senders on the same store at once.
 */
export async function guardThroughput(scratch: string, seconds: number): Promise<GuardFigures> {
  const store = async (kind: SenderTask["store"], location: () => string): Promise<StoreFigures> => {
    const one = await measureSenders(1, { store: kind, location: location(), tone: true, seconds }, scratch);
    const withoutTone = await measureSenders(1, { store: kind, location: location(), tone: false, seconds }, scratch);
    const twoSenders = await measureSenders(2, { store: kind, location: location(), tone: true, seconds }, scratch);
    return { ...one, withoutTone, twoSenders };
  };
  let databases = 0;
  const sqlite = await store("sqlite", () => join(scratch, `guard-bench-${++databases}.db`));
  const figures = { template: TEMPLATE, inFlight: IN_FLIGHT, seconds, sqlite };
  const machine = (): { loadAverage: number; cores: number } => ({ loadAverage: Math.round(loadavg()[0]! * 10) / 10, cores: availableParallelism() });
  if (spawnSync("sh", ["-c", "command -v redis-server"]).status !== 0) {
    return { ...figures, redis: null, redisSkipped: "redis-server is not installed (scripts/install-test-tools.sh)", ...machine() };
  }
  const redis = await startRedis();
  try {
    return { ...figures, redis: await store("redis", () => redis.url), ...machine() };
  } finally {
    await redis.stop();
  }
}

export function formatGuard(figures: GuardFigures): string {
  const cell = (measured: Measured): string => `${measured.perSecond.toLocaleString("en-US")} checks/s (${measured.cpuMicroseconds} µs CPU each)`;
  const row = (store: string, measured: StoreFigures | null): string =>
    measured === null ? `| ${store} | not measured: ${figures.redisSkipped} | | |` : `| ${store} | ${cell(measured)} | ${cell(measured.twoSenders)} | ${cell(measured.withoutTone)} |`;
  return [
    `**Send-time guard** — \`guard.check\` on ${figures.template} for a new recipient each time, with its own name, amount and days overdue (render, windows, caps reserved, opt-outs, tone and personal data, audit line), ${figures.inFlight} checks in flight per sender, ${figures.seconds} s after a warm-up, each sender a process of its own. "Two senders" are two such processes on the same database or Redis server at once, as a sending service with two workers runs (checks per second of both together; the caps hold across them). The last column is one sender with the pack's tone lexicon emptied: the tone engine's share is the difference. Checks per second are wall time, so they fall with the machine's load (one-minute load average ${figures.loadAverage} on ${figures.cores} cores at the end); the CPU time per check is what to compare between machines and runs.`,
    "",
    "| store | one sender | two senders | one sender without the tone lexicon |",
    "| --- | --- | --- | --- |",
    row("SQLite (embedded, WAL)", figures.sqlite),
    row("Redis (local redis-server)", figures.redis),
    "",
  ].join("\n");
}

// `node test/bench/dist/guard-bench.js [seconds]`: this section alone; `--sender <task>`: one sender process (above).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  if (process.argv[2] === "--sender") {
    process.stdout.write(JSON.stringify(await runSender(JSON.parse(process.argv[3]!) as SenderTask)));
  } else {
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const scratch = await mkdtemp(join(tmpdir(), "tactful-guard-bench-"));
    try {
      process.stdout.write(formatGuard(await guardThroughput(scratch, Number(process.argv[2] ?? 3))));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
