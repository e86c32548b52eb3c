import { writeFileSync } from "node:fs";

/**
 * Loaded with `node --import` into every measured child process: at exit, it writes the
 * process's peak resident set size (kilobytes) and the CPU time it used (user and system,
 * microseconds) to the file named by TACTFUL_BENCH_RSS_FILE.
 */
const target = process.env["TACTFUL_BENCH_RSS_FILE"];
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
