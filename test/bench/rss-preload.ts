import { writeFileSync } from "node:fs";

/**
 * Loaded with `node --import` into every measured child process: at exit, it writes the
 * process's peak resident set size (kilobytes) to the file named by TACTFUL_BENCH_RSS_FILE.
 */
const target = process.env["TACTFUL_BENCH_RSS_FILE"];
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
