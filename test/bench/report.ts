import type { CorpusCheck, HookFigures, LintFigures, StartUp } from "./lint-bench.js";
import type { EditorFigures } from "./lsp-bench.js";
import type { Machine } from "./machine.js";
import type { Measurement } from "./measure.js";
import type { GuardFigures } from "./guard-bench.js";
import type { RenderFigures } from "./render-bench.js";

export interface Results {
  date: string;
  machine: Machine;
  quick: boolean;
  runs: number;
  elapsedSeconds: number;
  corpus: { sizes: [number, number]; characters: Record<string, number>; check: CorpusCheck; lexicon: { entries: number; terms: number; patterns: number } };
  lint: { small: LintFigures; large: LintFigures };
  tone: { measurement: Measurement; rules: number; summary: string };
  textlint: { measurement: Measurement; problems: number };
  floor: { small: Measurement; large: Measurement; matches: number };
  /** ESLint + @eslint/markdown on as many Markdown files of the same size. */
  markdown: { small: Measurement; large: Measurement };
  startUp: StartUp;
  /** One staged template of the large library, with its library checks. */
  hook: HookFigures;
  editor: EditorFigures | { skipped: string };
  render: RenderFigures[];
  guard: GuardFigures;
}

const number = (value: number, digits = 0): string => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const duration = (ms: number): string => (ms >= 1000 ? `${number(ms / 1000, 2)} s` : `${number(ms)} ms`);
const rate = (count: number, ms: number): number => (count * 1000) / ms;
/** How many times faster (or, below 1, slower) the first is than the second. */
const times = (ours: number, theirs: number): string => `${number(ours / theirs, ours / theirs >= 10 ? 0 : 2)}×`;

export interface PeerRow {
  count: number;
  /** On one thread (`--concurrency off`). */
  tactful: Measurement;
  /** On as many threads as `--concurrency auto` takes. */
  threaded: Measurement;
  markdown: Measurement;
  floor: Measurement;
}

/**
 * `tactful lint` (cold) beside ESLint + @eslint/markdown and the floor on as many files of the
 * same size: ratios of CPU time (user and system) on one thread, which a busy machine disturbs
 * less than wall time, and of wall time with the threads `auto` takes (what a user waits).
 */
export function formatPeers(runs: number, rows: readonly PeerRow[]): string[] {
  const times = (value: number): string => `${number(value, value >= 10 ? 0 : 2)}×`;
  const ratio = (ours: Measurement, theirs: Measurement): string => times(ours.cpuMs / theirs.cpuMs);
  const wallRatio = (ours: Measurement, theirs: Measurement): string => times(ours.ms / theirs.ms);
  const cell = (measurement: Measurement): string => `${duration(measurement.cpuMs)} (${duration(measurement.ms)})${measurement.runs === runs ? "" : ` (${measurement.runs === 1 ? "1 run" : `median of ${measurement.runs}`})`}, ${number(measurement.peakRssMb)} MB`;
  return [
    "**Against ESLint on Markdown** — `tactful lint` without a cache, on one thread and on the threads `--concurrency auto` takes, beside ESLint + @eslint/markdown (recommended rules) on as many Markdown files of the same size (each template's text, its front matter read as YAML), and the floor: CPU time (wall time), peak memory",
    "",
    "| templates | `tactful lint`, one thread | `tactful lint`, threads: auto | ESLint + @eslint/markdown | floor | CPU vs ESLint + Markdown (one thread) | wall time vs ESLint + Markdown (auto) | CPU vs floor (one thread) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| ${number(row.count)} | ${cell(row.tactful)} | ${cell(row.threaded)} | ${cell(row.markdown)} | ${cell(row.floor)} | ${ratio(row.tactful, row.markdown)} | ${wallRatio(row.threaded, row.markdown)} | ${ratio(row.tactful, row.floor)} |`),
    "",
  ];
}

export function formatResults(results: Results): string {
  const { machine, lint, tone, textlint, floor, startUp, hook, editor, render, corpus } = results;
  const [small, large] = corpus.sizes;
  const chars = (count: number): number => corpus.characters[count]!;
  const lines: string[] = [];
  const table = (header: string[], rows: string[][]): void => {
    lines.push(`| ${header.join(" | ")} |`, `| ${header.map((_, index) => (index === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`), "");
  };
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node.js ${machine.node}, ${machine.os}.`,
    `Each figure is the median of ${results.runs} runs (start-up: ${startUp.tactful.runs}; render: ${render[0]?.rounds ?? 0} one-second rounds after a warm-up); every lint is a fresh process.${results.quick ? " QUICK RUN: small sizes, not for quoting." : ""}`,
    "",
  );

  const lintRow = (label: string, count: number, measurement: Measurement): string[] => [
    measurement.runs === results.runs ? label : `${label} (${measurement.runs === 1 ? "1 run" : `median of ${measurement.runs}`})`,
    duration(measurement.ms),
    `${number(rate(count, measurement.ms))} templates/s`,
    `${number(measurement.peakRssMb)} MB`,
  ];
  lines.push("**Lint throughput** — `tactful lint` (all rules, built-in recommended config, library checks on)", "");
  table(
    ["templates", "time", "throughput", "peak memory"],
    [
      lintRow(`${number(small)}, no cache`, small, lint.small.cold),
      lintRow(`${number(small)}, warm \`--cache\``, small, lint.small.warm),
      lintRow(`${number(large)}, no cache`, large, lint.large.cold),
      lintRow(`${number(large)}, first \`--cache\` run`, large, lint.large.cacheFill),
      lintRow(`${number(large)}, warm \`--cache\``, large, lint.large.warm),
    ],
  );

  lines.push(...formatPeers(results.runs, [
    { count: small, tactful: lint.small.oneThread, threaded: lint.small.cold, markdown: results.markdown.small, floor: floor.small },
    { count: large, tactful: lint.large.oneThread, threaded: lint.large.cold, markdown: results.markdown.large, floor: floor.large },
  ]));

  const tactfulRate = rate(small, lint.small.cold.ms);
  const toneRate = rate(small, tone.measurement.ms);
  const textlintRate = rate(small, textlint.measurement.ms);
  const floorRate = rate(small, floor.small.ms);
  const peerRow = (label: string, measurement: Measurement, templatesPerSecond: number): string[] => [
    label,
    duration(measurement.ms),
    `${number(templatesPerSecond)} templates/s`,
    `${number(rate(chars(small), measurement.ms) / 1000)} k chars/s`,
    `${number(measurement.peakRssMb)} MB`,
    times(templatesPerSecond, textlintRate),
    times(templatesPerSecond, floorRate),
  ];
  lines.push(`**Tone rules and peers** — the same ${number(small)} templates (${number(chars(small))} characters), one process each`, "");
  table(
    ["", "time", "templates/s", "characters/s", "peak memory", "speed vs textlint", "speed vs floor"],
    [
      peerRow("`tactful lint`, all rules", lint.small.cold, tactfulRate),
      peerRow(`\`tactful lint\`, only the ${tone.rules} tone rules`, tone.measurement, toneRate),
      peerRow("textlint + prh (same lexicons) + text plugin", textlint.measurement, textlintRate),
      peerRow("floor: read files, look for the lexicon's words and patterns", floor.small, floorRate),
    ],
  );
  lines.push(
    `At ${number(large)} templates the floor takes ${duration(floor.large.ms)} (${number(rate(large, floor.large.ms))} templates/s); \`tactful lint\` with a warm cache is ${times(rate(large, lint.large.warm.ms), rate(large, floor.large.ms))} its speed and without a cache ${times(rate(large, lint.large.cold.ms), rate(large, floor.large.ms))}.`,
    "",
  );

  lines.push("**Start-up** — one staged template, a cold process per run (a pre-commit hook)", "");
  const startUpRow = (label: string, measurement: Measurement): string[] => [label, duration(measurement.ms), duration(measurement.cpuMs), `${number(measurement.peakRssMb)} MB`];
  table(
    ["", "median", "CPU", "peak memory"],
    [
      startUpRow("`tactful lint <file>` (no configuration, the file's directory as its library)", startUp.tactful),
      startUpRow(`\`tactful lint <file>\` in a library of ${number(hook.templates)} (its \`eslint.config.mjs\` at the root)`, hook.cold),
      startUpRow("the same with `--cache`, as an earlier run of another template left it", hook.cached),
      startUpRow("`eslint <file>`, ESLint + @eslint/markdown on the same text as Markdown", startUp.markdown),
      startUpRow("`textlint <file>` (prh, same lexicons)", startUp.textlint),
      startUpRow("`node -e 0` (any Node.js command)", startUp.node),
    ],
  );
  lines.push(`\`tactful lint <file>\` against ESLint + @eslint/markdown on the same file: ${times(startUp.tactful.ms, startUp.markdown.ms)} the time, ${times(startUp.tactful.cpuMs, startUp.markdown.cpuMs)} the CPU time.`, "");

  lines.push("**Editor latency** — the language server over LSP on stdio, debounce off", "");
  if ("skipped" in editor) {
    lines.push(`Skipped: ${editor.skipped}.`, "");
  } else {
    table(
      ["", "p50", "p95"],
      [
        [`\`didChange\` → \`publishDiagnostics\`, small template (${number(editor.small.characters)} chars, ${editor.small.edits} edits)`, duration(editor.small.p50Ms), duration(editor.small.p95Ms)],
        [`\`didChange\` → \`publishDiagnostics\`, large template (${number(editor.large.characters)} chars, ${editor.large.edits} edits)`, duration(editor.large.p50Ms), duration(editor.large.p95Ms)],
      ],
    );
    lines.push(
      `Spawn to first diagnostics of the first template opened, in a folder of ${number(editor.firstSquiggle.templates)} templates: ${duration(editor.firstSquiggle.ms)}.`,
      `Spawn to \`initialize\` result ${duration(editor.initializeMs)}; \`didOpen\` to first diagnostics ${duration(editor.firstDiagnosticsMs)} (a second template: ${duration(editor.secondOpenMs)}).`,
      editor.workspace.mode === "workspace/diagnostic"
        ? `With the ${number(editor.workspace.templates)}-template corpus as the workspace: \`workspace/diagnostic\` answered for ${number(editor.workspace.files)} files in ${duration(editor.workspace.ms)}; server memory ${number(editor.workspace.rssMb)} MB (peak ${number(editor.workspace.peakRssMb)} MB).`
        : `With the ${number(editor.workspace.templates)}-template corpus as the workspace folder (and one of its templates open): the server was done reading it ${duration(editor.workspace.ms)} after spawn; server memory ${number(editor.workspace.rssMb)} MB (peak ${number(editor.workspace.peakRssMb)} MB).`,
      "",
    );
  }

  lines.push("**Render throughput** — `compileTemplate` once, then `render(data)` (data validated every time) vs bare Nunjucks rendering the same body and subject with the same filters", "");
  table(
    ["template", "@tactful/renderer", "bare Nunjucks", "cost of safety"],
    render.map((figures) => [
      `\`${figures.template}\``,
      `${number(figures.tactfulPerSecond)} renders/s`,
      `${number(figures.barePerSecond)} renders/s`,
      `${number(figures.barePerSecond / figures.tactfulPerSecond, 1)}× slower`,
    ]),
  );
  lines.push("An email through the renderer is also turned from Markdown into sanitized HTML and plain text; bare Nunjucks stops at the Markdown.", "");
  lines.push(
    `Corpus: ${number(corpus.check.planned)} of ${number(small)} templates carry planned findings (${number(corpus.check.flagged)} found as planned); ${number(corpus.check.unexpected)} of ${number(corpus.check.clean)} clean templates had findings. Lexicon: ${corpus.lexicon.entries} entries, ${number(corpus.lexicon.terms)} terms, ${corpus.lexicon.patterns} patterns. Whole run: ${number(results.elapsedSeconds)} s.`,
  );
  return `${lines.join("\n")}\n`;
}
