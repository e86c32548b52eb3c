import { cp, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, writeCorpus, type CorpusTemplate } from "./corpus.js";
import { readLexicon } from "./lexicon.js";
import { checkCorpus, floor, hookInLibrary, lintCorpus, lintMarkdown, lintToneOnly, lintWithTextlint, startUp } from "./lint-bench.js";
import { editorFigures, editorSkipReason } from "./lsp-bench.js";
import { describeMachine } from "./machine.js";
import { LANGUAGE_SERVER, PACKS, ROOT } from "./paths.js";
import { renderThroughput } from "./render-bench.js";
import { formatGuard, guardThroughput } from "./guard-bench.js";
import { formatResults, type Results } from "./report.js";

/**
 * `npm run bench`: lint throughput, the tone rules against textlint and the floor, start-up,
 * editor latency and render throughput, in one run on a generated corpus. Prints a table and
 * writes bench-results/latest.json and latest.md. `--quick` takes small sizes and single runs,
 * for checking the harness, not for quoting.
 */

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const quick = flags.quick || process.env["TACTFUL_BENCH_QUICK"] === "1";
const runs = Number(flags.runs ?? (quick ? 1 : 3));
const [small, large] = quick ? [100, 400] : [1_000, 10_000];
const server = process.env["TACTFUL_BENCH_LANGUAGE_SERVER"] ?? LANGUAGE_SERVER;

const started = performance.now();
const step = (text: string): void => {
  process.stderr.write(`[${Math.round((performance.now() - started) / 1000)} s] ${text}\n`);
};

const work = await mkdtemp(join(tmpdir(), "tactful-bench-"));
try {
  step(`generating ${small} and ${large} templates in ${work}`);
  const corpora = { small: generateCorpus(small), large: generateCorpus(large) };
  const directories = { small: join(work, `corpus-${small}`), large: join(work, `corpus-${large}`), tone: join(work, `tone-${small}`), editor: join(work, "editor") };
  await writeCorpus(directories.small, corpora.small);
  await writeCorpus(directories.large, corpora.large);
  await cp(join(directories.small, "templates"), join(directories.tone, "templates"), { recursive: true });
  const lexicon = await readLexicon(PACKS);
  const prhFile = join(work, "prh.yml");
  const floorFile = join(work, "floor-lexicon.json");
  await writeFile(prhFile, lexicon.prhYaml);
  await writeFile(floorFile, lexicon.floorLexicon);
  const characters = (templates: readonly CorpusTemplate[]): number => templates.reduce((sum, template) => sum + template.text.length, 0);

  step("checking the corpus's findings");
  const check = await checkCorpus(directories.small, corpora.small);
  step(`tactful lint, ${small} templates`);
  const lintSmall = await lintCorpus(directories.small, small, runs);
  step(`tactful lint, ${large} templates`);
  // A 10,000-template lint takes up to a minute: two runs each keep the whole bench inside ten minutes.
  const lintLarge = await lintCorpus(directories.large, large, Math.min(runs, 2));
  step(`ESLint + @eslint/markdown, ${small} and ${large} Markdown files`);
  const markdownSmall = await lintMarkdown(directories.small, corpora.small, runs);
  const markdownLarge = await lintMarkdown(directories.large, corpora.large, Math.min(runs, 2));
  step(`tactful lint, tone rules only, ${small} templates`);
  const tone = await lintToneOnly(directories.tone, small, runs);
  step(`textlint, ${small} templates`);
  const textlint = await lintWithTextlint(directories.small, prhFile, runs);
  step("floor");
  const floorSmall = await floor(directories.small, floorFile, runs);
  const floorLarge = await floor(directories.large, floorFile, runs);
  step("start-up");
  const staged = corpora.small.find((template) => template.locale === "zh-CN" && template.channel === "sms")!;
  const startUpFigures = await startUp(directories.small, staged, prhFile, quick ? 3 : 10);
  step(`one staged template of ${large}`);
  const hook = await hookInLibrary(join(work, `hook-${large}`), corpora.large, quick ? 3 : 10);

  step("editor latency");
  const skipped = editorSkipReason(server);
  let editor: Results["editor"];
  if (skipped) {
    editor = { skipped };
  } else {
    const smallest = corpora.small.filter((template) => template.channel === "sms" && template.expected.length === 0).sort((a, b) => a.text.length - b.text.length)[0]!;
    const largest = [...corpora.small].sort((a, b) => b.text.length - a.text.length)[0]!;
    await mkdir(directories.editor, { recursive: true });
    for (const template of [smallest, largest]) await cp(join(directories.small, "templates", template.path), join(directories.editor, template.path.replaceAll("/", "_")));
    editor = await editorFigures(server, {
      folder: directories.editor,
      small: smallest.path.replaceAll("/", "_"),
      large: largest.path.replaceAll("/", "_"),
      corpus: join(directories.large, "templates"),
      corpusSample: corpora.large[0]!.path,
      templates: large,
      edits: quick ? 20 : 200,
      firstSquiggle: { folder: join(directories.small, "templates"), sample: staged.path, templates: small },
    });
  }

  step("render throughput");
  const render = [];
  for (const template of ["zh-CN/collection/overdue-first-notice.sms.msg.njk", "zh-CN/collection/overdue-first-notice.email.msg.njk"]) render.push(await renderThroughput(template, work, quick ? 2 : 5));

  step("guard checks");
  const guard = await guardThroughput(work, quick ? 1 : 5);

  const results: Results = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    quick,
    runs,
    elapsedSeconds: Math.round((performance.now() - started) / 1000),
    corpus: { sizes: [small, large], characters: { [small]: characters(corpora.small), [large]: characters(corpora.large) }, check, lexicon: { entries: lexicon.entries, terms: lexicon.terms, patterns: lexicon.patterns } },
    lint: { small: lintSmall, large: lintLarge },
    tone,
    textlint,
    floor: { small: floorSmall.measurement, large: floorLarge.measurement, matches: floorSmall.matches },
    markdown: { small: markdownSmall.measurement, large: markdownLarge.measurement },
    startUp: startUpFigures,
    hook,
    editor,
    render,
    guard,
  };
  const report = `${formatResults(results)}\n${formatGuard(guard)}`;
  process.stdout.write(`\n${report}`);
  const output = join(ROOT, "bench-results");
  await mkdir(output, { recursive: true });
  for (const [name, text] of [
    ["latest.json", `${JSON.stringify(results, null, 2)}\n`],
    ["latest.md", report],
  ] as const) {
    await writeFile(join(output, `${name}.tmp`), text);
    await rename(join(output, `${name}.tmp`), join(output, name));
  }
  step(`wrote bench-results/latest.json and latest.md`);
} finally {
  if (flags.keep) step(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
