import { Worker } from "node:worker_threads";
import fc from "fast-check";

/**
 * The fuzz suites' common harness. Every property runs with a seed that is printed when it
 * fails (fast-check adds the seed, the path and the shrunk counterexample to the error), and
 * every case runs under a per-case limit: a case that finishes over the limit fails the
 * property with its input; a case that never finishes is caught by a watchdog thread, which
 * prints the seed and the input and ends the test process. The limits catch hangs and
 * runaway growth; they are generous and assert no speed.
 *
 * - `TACTFUL_FUZZ_RUNS` sizes every suite: the number of cases of the cheapest properties
 *   (default 1500); costlier properties run a fixed fraction of it.
 * - `TACTFUL_FUZZ_SEED` (and `TACTFUL_FUZZ_PATH`) replay a failure.
 * - `TACTFUL_FUZZ_CASE_MS` is the per-case limit (default 30 s).
 */
export const FUZZ_RUNS = Number(process.env["TACTFUL_FUZZ_RUNS"] ?? 1500);
const CASE_LIMIT_MS = Number(process.env["TACTFUL_FUZZ_CASE_MS"] ?? 30_000);
const SEED = process.env["TACTFUL_FUZZ_SEED"];
const PATH = process.env["TACTFUL_FUZZ_PATH"];

/**
 * How JavaScript words a failure that is a bug, not a finding: such a message in a problem or
 * an error a user sees means an internal error was passed on as it was.
 */
export const INTERNAL_FAILURE = /Cannot read propert|Cannot set propert|is not a function|is not iterable|Maximum call stack|undefined is not|Cannot convert/;

/** Cases for a property that costs `cost` times the cheapest one (at least `minimum`). */
export function runs(cost: number, minimum = 3): number {
  return Math.max(minimum, Math.round(FUZZ_RUNS / cost));
}

/** A vitest timeout for a suite of `cases` cases: the per-case limit bounds it, whatever the run size. */
export function suiteTimeout(cases: number): number {
  return Math.max(60_000, cases * CASE_LIMIT_MS);
}

// The watchdog runs on its own thread, so it still runs when the test's thread is stuck in a
// synchronous loop. It writes straight to file descriptor 2, which needs no event loop.
const WATCHDOG = `
const { parentPort } = require("node:worker_threads");
const { writeSync } = require("node:fs");
let timer;
parentPort.on("message", (message) => {
  clearTimeout(timer);
  if (message === null) return;
  timer = setTimeout(() => {
    writeSync(2, message.report);
    process.kill(process.pid, "SIGKILL");
  }, message.limitMs);
});
`;

let watchdog: Worker | undefined;

function watch(report: string | null): void {
  if (!watchdog) {
    watchdog = new Worker(WATCHDOG, { eval: true });
    watchdog.unref();
  }
  watchdog.postMessage(report === null ? null : { report, limitMs: CASE_LIMIT_MS * 2 });
}

/** A short, printable form of a case's input. */
export function describeInput(value: unknown, max = 2000): string {
  let text: string;
  try {
    text = fc.stringify(value);
  } catch {
    // Deep enough to overflow the stack of fast-check's printer.
    text = `a ${Array.isArray(value) ? "list" : typeof value} nested too deeply to print`;
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters in all)` : text;
}

function newSeed(): number {
  return SEED !== undefined ? Number(SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
}

function parameters<T>(seed: number, numRuns: number): fc.Parameters<T> {
  return { seed, numRuns, ...(PATH !== undefined ? { path: PATH } : {}) };
}

function overLimit(name: string, started: number, value: unknown): void {
  const elapsed = performance.now() - started;
  if (elapsed > CASE_LIMIT_MS) throw new Error(`${name}: one case took ${Math.round(elapsed)} ms, over the ${CASE_LIMIT_MS} ms per-case limit: ${describeInput(value, 300)}`);
}

function hangReport(name: string, seed: number, value: unknown): string {
  return `\n${name}: a fuzz case ran for over ${(CASE_LIMIT_MS * 2) / 1000} s and was stopped (seed ${seed}; replay with TACTFUL_FUZZ_SEED=${seed}).\nInput: ${describeInput(value)}\n`;
}

/** Checks a synchronous property on `numRuns` generated cases. */
export function checkProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  const seed = newSeed();
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        watch(hangReport(name, seed, value));
        const started = performance.now();
        try {
          predicate(value);
        } finally {
          watch(null);
        }
        overLimit(name, started, value);
      }),
      parameters(seed, numRuns),
    );
  } finally {
    watch(null);
  }
}

/** Checks an asynchronous property on `numRuns` generated cases. */
export async function checkAsyncProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  const seed = newSeed();
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        watch(hangReport(name, seed, value));
        const started = performance.now();
        try {
          await predicate(value);
        } finally {
          watch(null);
        }
        overLimit(name, started, value);
      }),
      parameters(seed, numRuns),
    );
  } finally {
    watch(null);
  }
}

/** Runs one built input (a large or deep one) under the same limits; a failure names the case, not its input. */
export function checkCase<T>(name: string, value: T, check: (value: T) => void): void {
  watch(`\n${name}: the case ran for over ${(CASE_LIMIT_MS * 2) / 1000} s and was stopped.\n`);
  const started = performance.now();
  try {
    check(value);
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    watch(null);
  }
  const elapsed = performance.now() - started;
  if (elapsed > CASE_LIMIT_MS) throw new Error(`${name}: took ${Math.round(elapsed)} ms, over the ${CASE_LIMIT_MS} ms per-case limit`);
}
