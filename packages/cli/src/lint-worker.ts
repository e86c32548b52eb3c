import { parentPort, workerData } from "node:worker_threads";
import { lintInThisThread, type WorkerInput, type WorkerMessage } from "./lint.js";

/** A lint thread: lints the share of templates it is given and posts what it found. */
const say = (message: WorkerMessage): void => parentPort!.postMessage(message);
try {
  say({ kind: "done", linted: await lintInThisThread(workerData as WorkerInput, (count) => say({ kind: "progress", count })) });
} catch {
  // The first thread lints this share itself, and reports whatever stops it there.
  say({ kind: "failed" });
}
