import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, writeCorpus } from "./corpus.js";
import { editorFigures, firstSquiggle } from "./lsp-bench.js";
import { LANGUAGE_SERVER } from "./paths.js";
import { median } from "./stats.js";

/**
 * The editor figures of `npm run bench` alone, for work on the language server: spawn → first
 * diagnostics (`--runs` times, median and each), `didChange` → diagnostics, on a generated
 * corpus of `--templates` templates. Prints JSON. Usage (after `tsc -p test/bench`):
 *   node test/bench/dist/editor-main.js [--templates 1000] [--runs 5] [--edits 100]
 */

const { values } = parseArgs({ options: { templates: { type: "string", default: "1000" }, runs: { type: "string", default: "5" }, edits: { type: "string", default: "100" } } });
const server = process.env["TACTFUL_BENCH_LANGUAGE_SERVER"] ?? LANGUAGE_SERVER;
const work = await mkdtemp(join(tmpdir(), "tactful-bench-editor-"));
try {
  const corpus = generateCorpus(Number(values.templates));
  const directory = join(work, "corpus");
  await writeCorpus(directory, corpus);
  const staged = corpus.find((template) => template.locale === "zh-CN" && template.channel === "sms")!;
  const folder = { folder: join(directory, "templates"), sample: staged.path, templates: corpus.length };
  const squiggles = [];
  for (let run = 0; run < Number(values.runs); run++) squiggles.push(await firstSquiggle(server, folder));
  const smallest = corpus.filter((template) => template.channel === "sms" && template.expected.length === 0).sort((a, b) => a.text.length - b.text.length)[0]!;
  const largest = [...corpus].sort((a, b) => b.text.length - a.text.length)[0]!;
  const editor = join(work, "editor");
  await mkdir(editor);
  for (const template of [smallest, largest]) await cp(join(directory, "templates", template.path), join(editor, template.path.replaceAll("/", "_")));
  const figures = await editorFigures(server, {
    folder: editor,
    small: smallest.path.replaceAll("/", "_"),
    large: largest.path.replaceAll("/", "_"),
    corpus: folder.folder,
    corpusSample: staged.path,
    templates: corpus.length,
    edits: Number(values.edits),
    firstSquiggle: folder,
  });
  process.stdout.write(`${JSON.stringify({ firstSquiggleMedianMs: median(squiggles.map((run) => run.ms)), firstSquiggleMedianCpuMs: median(squiggles.map((run) => run.cpuMs)), firstSquiggleRuns: squiggles, ...figures }, null, 2)}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
