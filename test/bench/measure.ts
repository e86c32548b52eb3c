import type { ChildRun } from "./child.js";
import { median } from "./stats.js";

export interface Measurement {
  runs: number;
  /** Median wall time of a run, in milliseconds. */
  ms: number;
  /** Median peak memory of a run, in megabytes. */
  peakRssMb: number;
  /** Median CPU time of a run (user and system), in milliseconds. */
  cpuMs: number;
  /** Every run's wall time, in milliseconds. */
  samples: number[];
}

/** Runs a child `runs` times, one after the other, and keeps the medians and the last run's output. */
export async function measure(runs: number, run: () => Promise<ChildRun>): Promise<{ measurement: Measurement; last: ChildRun }> {
  const results: ChildRun[] = [];
  for (let index = 0; index < runs; index++) results.push(await run());
  const samples = results.map((result) => Math.round(result.wallMs));
  return { measurement: { runs, ms: median(samples), peakRssMb: Math.round(median(results.map((result) => result.peakRssMb))), cpuMs: Math.round(median(results.map((result) => result.cpuMs))), samples }, last: results.at(-1)! };
}
