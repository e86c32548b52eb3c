import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, writeCorpus } from "./corpus.js";
import { readLexicon } from "./lexicon.js";
import { floor, lintCorpus, lintMarkdown, startUp } from "./lint-bench.js";
import { describeMachine } from "./machine.js";
import { PACKS, ROOT } from "./paths.js";
import { formatPeers, type PeerRow } from "./report.js";

/**
 * The lint part of `npm run bench` alone: `tactful lint` cold and with a warm `--cache` beside
 * ESLint + @eslint/markdown and the floor, and the start-up of one staged template.
 *
 *   node test/bench/dist/lint-main.js [--sizes 1000,10000] [--runs 3]
 */
const { values: flags } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, runs: { type: "string", default: "3" } } });
const sizes = flags.sizes.split(",").map(Number);
const runs = Number(flags.runs);
const work = await mkdtemp(join(tmpdir(), "tactful-lint-bench-"));
const step = (text: string): void => void process.stderr.write(`${text}\n`);
try {
  const floorFile = join(work, "floor-pattern.txt");
  const lexicon = await readLexicon(PACKS);
  await writeFile(floorFile, lexicon.floorSource);
  const prhFile = join(work, "prh.yml");
  await writeFile(prhFile, lexicon.prhYaml);
  const rows: Array<PeerRow & { warm: PeerRow["tactful"] }> = [];
  let staged;
  for (const count of sizes) {
    const corpus = generateCorpus(count);
    const directory = join(work, `corpus-${count}`);
    await writeCorpus(directory, corpus);
    // Ten thousand templates take up to a minute a run: two runs at most.
    const sizeRuns = count >= 10_000 ? Math.min(runs, 2) : runs;
    step(`tactful lint, ${count} templates`);
    const lint = await lintCorpus(directory, count, sizeRuns);
    step(`ESLint + @eslint/markdown, ${count} files`);
    const markdown = await lintMarkdown(directory, corpus, sizeRuns);
    const floorRun = await floor(directory, floorFile, sizeRuns);
    rows.push({ count, tactful: lint.cold, warm: lint.warm, markdown: markdown.measurement, floor: floorRun.measurement });
    if (!staged) {
      step("start-up");
      staged = await startUp(directory, corpus.find((template) => template.locale === "zh-CN" && template.channel === "sms")!, prhFile, 10);
    }
  }
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const machine = describeMachine();
  const report = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}. Medians of ${runs} runs (10,000: of 2).`,
    "",
    ...formatPeers(runs, rows),
    ...rows.map((row) => `${row.count.toLocaleString("en-US")} templates, warm \`--cache\`: ${seconds(row.warm.ms)}, ${row.warm.peakRssMb} MB.`),
    staged ? `One staged template: \`tactful lint <file>\` ${Math.round(staged.tactful.ms)} ms (${staged.tactful.peakRssMb} MB); \`node -e 0\` ${Math.round(staged.node.ms)} ms.` : "",
    "",
  ].join("\n");
  process.stdout.write(report);
  const output = join(ROOT, "bench-results");
  await mkdir(output, { recursive: true });
  await writeFile(join(output, "lint.json.tmp"), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, startUp: staged }, null, 2)}\n`);
  await rename(join(output, "lint.json.tmp"), join(output, "lint.json"));
} finally {
  await rm(work, { recursive: true, force: true });
}
