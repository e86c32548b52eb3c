import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("./rss-preload.js", import.meta.url));

export interface ChildRun {
  wallMs: number;
  /** Peak resident set size of the child, in megabytes. */
  peakRssMb: number;
  /** CPU time the child used (user and system), in milliseconds: on a shared machine, steadier than wall time. */
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Exit codes that mean the run worked (a linter exits 1 when it finds problems). */
  okCodes?: readonly number[];
}

/**
 * Runs a Node.js script in a fresh process, as a user would, and measures its wall time from
 * spawn to exit and its peak memory (through a preload that reports `maxRSS` at exit).
 */
export async function runNode(script: string, args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  const scratch = mkdtempSync(join(tmpdir(), "tactful-bench-rss-"));
  const rssFile = join(scratch, "rss");
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", PRELOAD, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, TACTFUL_BENCH_RSS_FILE: rssFile, CI: "true", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const wallMs = performance.now() - started;
    const [maxRssKb, cpuMicroseconds] = readFileSync(rssFile, "utf8").split(" ").map(Number);
    const run = { wallMs, peakRssMb: maxRssKb! / 1024, cpuMs: cpuMicroseconds! / 1000, code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") };
    if (!(options.okCodes ?? [0]).includes(code ?? -1)) {
      throw new Error(`${script} ${args.join(" ")} exited with ${code}:\n${run.stderr.slice(0, 2000) || run.stdout.slice(0, 2000)}`);
    }
    return run;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
