import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runNode } from "./child.js";
import { generateCorpus, writeCorpus } from "./corpus.js";
import { readLexicon } from "./lexicon.js";
import { floor, hookInLibrary, lintMarkdown, startUp, type HookFigures } from "./lint-bench.js";
import { describeMachine } from "./machine.js";
import { measure, type Measurement } from "./measure.js";
import { CLI, PACKS, ROOT } from "./paths.js";
import { formatPeers, type PeerRow } from "./report.js";

/**
 * The lint part of `npm run bench` alone (`npm run bench:lint`): `tactful lint` cold and with a
 * warm `--cache` beside ESLint + @eslint/markdown and the floor, and the start-up of one staged
 * template, alone and in a library of the largest size. Each figure is printed on stderr as soon
 * as it is measured. `--start-up` measures the staged template only (10 runs each); `--distinct`
 * gives every sentence of each template a reference of its own (see `generateCorpus`), so that no
 * text is read twice, as in a library that shares little boilerplate.
 *
 *   node test/bench/dist/lint-main.js [--sizes 1000,10000] [--runs 3] [--no-peers] [--start-up] [--distinct]
 */
const { values: flags } = parseArgs({
  options: { sizes: { type: "string", default: "1000,10000" }, runs: { type: "string", default: "3" }, "no-peers": { type: "boolean", default: false }, "start-up": { type: "boolean", default: false }, distinct: { type: "boolean", default: false } },
});
const sizes = flags.sizes.split(",").map(Number);
const runs = Number(flags.runs);
const peers = !flags["no-peers"];
const startUpOnly = flags["start-up"];
const distinct = flags.distinct;
const work = await mkdtemp(join(tmpdir(), "tactful-lint-bench-"));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const say = (label: string, measurement: Measurement): void =>
  void process.stderr.write(`${label}: ${seconds(measurement.ms)} wall, ${seconds(measurement.cpuMs)} CPU, ${measurement.peakRssMb} MB\n`);
try {
  const floorFile = join(work, "floor-lexicon.json");
  const prhFile = join(work, "prh.yml");
  const lexicon = await readLexicon(PACKS);
  await writeFile(floorFile, lexicon.floorLexicon);
  await writeFile(prhFile, lexicon.prhYaml);
  const rows: Array<Partial<PeerRow> & { count: number; warm?: Measurement }> = [];
  let staged;
  for (const count of sizes) {
    const corpus = generateCorpus(count, { distinct });
    const directory = join(work, `corpus-${count}`);
    await writeCorpus(directory, corpus);
    // Ten thousand templates take up to a minute a run: two runs at most.
    const sizeRuns = count >= 10_000 ? Math.min(runs, 2) : runs;
    const lint = (extra: string[]) => () => runNode(CLI, ["lint", ...extra, "templates"], { cwd: directory, okCodes: [0, 1] });
    if (!startUpOnly) {
      const row: (typeof rows)[number] = { count };
      rows.push(row);
      row.tactful = (await measure(sizeRuns, lint(["--concurrency", "off"]))).measurement;
      say(`tactful lint, ${count}, no cache, one thread`, row.tactful);
      row.threaded = (await measure(sizeRuns, lint([]))).measurement;
      say(`tactful lint, ${count}, no cache, threads: auto`, row.threaded);
      const cache = ["--cache", "--cache-location", join(directory, ".tactfulcache")];
      say(`tactful lint, ${count}, first --cache run`, (await measure(1, lint(cache))).measurement);
      row.warm = (await measure(sizeRuns, lint(cache))).measurement;
      say(`tactful lint, ${count}, warm --cache`, row.warm);
      if (peers) {
        row.markdown = (await lintMarkdown(directory, corpus, sizeRuns)).measurement;
        say(`ESLint + @eslint/markdown, ${count}`, row.markdown);
        row.floor = (await floor(directory, floorFile, sizeRuns)).measurement;
        say(`floor, ${count}`, row.floor);
      }
    }
    if (!staged) {
      staged = await startUp(directory, corpus.find((template) => template.locale === "zh-CN" && template.channel === "sms")!, prhFile, 10);
      say("tactful lint <one file>", staged.tactful);
      say("ESLint + @eslint/markdown <one file>", staged.markdown);
      say("node -e 0", staged.node);
    }
  }
  const largest = Math.max(...sizes);
  const hook: HookFigures = await hookInLibrary(join(work, `hook-${largest}`), generateCorpus(largest, { distinct }), 10);
  say(`tactful lint <one file> in a library of ${largest}`, hook.cold);
  say(`tactful lint --cache <one file> in a library of ${largest}`, hook.cached);
  const machine = describeMachine();
  const complete = rows.filter((row): row is PeerRow & { warm: Measurement } => row.markdown !== undefined);
  const report = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}.${distinct ? " Every sentence distinct (`--distinct`)." : ""} Medians of ${runs} runs (10,000: of ${Math.min(runs, 2)}).`,
    "",
    ...(complete.length > 0 ? formatPeers(runs, complete) : []),
    ...rows.map((row) => `${row.count.toLocaleString("en-US")} templates, warm \`--cache\`: ${seconds(row.warm!.ms)} (CPU ${seconds(row.warm!.cpuMs)}), ${row.warm!.peakRssMb} MB.`),
    staged ? `One staged template: \`tactful lint <file>\` ${Math.round(staged.tactful.ms)} ms (CPU ${Math.round(staged.tactful.cpuMs)} ms, ${staged.tactful.peakRssMb} MB); ESLint + @eslint/markdown on the same file ${Math.round(staged.markdown.ms)} ms (CPU ${Math.round(staged.markdown.cpuMs)} ms, ${staged.markdown.peakRssMb} MB); \`node -e 0\` ${Math.round(staged.node.ms)} ms (CPU ${Math.round(staged.node.cpuMs)} ms).` : "",
    `One staged template in a library of ${largest.toLocaleString("en-US")}: ${Math.round(hook.cold.ms)} ms (CPU ${Math.round(hook.cold.cpuMs)} ms, ${hook.cold.peakRssMb} MB); with \`--cache\` ${Math.round(hook.cached.ms)} ms (CPU ${Math.round(hook.cached.cpuMs)} ms, ${hook.cached.peakRssMb} MB).`,
    "",
  ].join("\n");
  process.stdout.write(report);
  const output = join(ROOT, "bench-results");
  await mkdir(output, { recursive: true });
  await writeFile(join(output, "lint.json.tmp"), `${JSON.stringify({ date: new Date().toISOString(), machine, distinct, rows, startUp: staged, hook }, null, 2)}\n`);
  await rename(join(output, "lint.json.tmp"), join(output, "lint.json"));
} finally {
  await rm(work, { recursive: true, force: true });
}
