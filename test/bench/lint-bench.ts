import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { runNode } from "./child.js";
import { writeCorpus, type CorpusTemplate } from "./corpus.js";
import { measure, type Measurement } from "./measure.js";
import { CLI, ESLINT, ESLINT_MARKDOWN, FLOOR, NODE_MODULES, PLUGIN, TEXTLINT } from "./paths.js";

/** Linting through the real commands, each run a fresh process as in a hook or a CI job. */

export interface LintFigures {
  /** Without a cache, on the threads `--concurrency auto` takes. */
  cold: Measurement;
  /** Without a cache, on one thread. */
  oneThread: Measurement;
  /** The first `--cache` run, which writes the cache (one run). */
  cacheFill: Measurement;
  /** `--cache` with every template unchanged. */
  warm: Measurement;
  /** The summary line of the last cold run. */
  summary: string;
}

/** `tactful lint templates` in a corpus directory (no ESLint config there: the built-in recommended one). */
export async function lintCorpus(directory: string, count: number, runs: number): Promise<LintFigures> {
  const lint = (extra: string[]) => () => runNode(CLI, ["lint", ...extra, "templates"], { cwd: directory, okCodes: [0, 1] });
  const cold = await measure(runs, lint([]));
  const summary = summaryOf(cold.last.stdout);
  if (checkedCount(summary) !== count) throw new Error(`tactful lint did not check ${count} templates: ${summary}`);
  const oneThread = await measure(runs, lint(["--concurrency", "off"]));
  if (oneThread.last.stdout !== cold.last.stdout) throw new Error("tactful lint found on one thread something else than on several");
  const cache = ["--cache", "--cache-location", join(directory, ".tactfulcache")];
  const cacheFill = await measure(1, lint(cache));
  const warm = await measure(runs, lint(cache));
  if (summaryOf(warm.last.stdout) !== summary) throw new Error(`the cached run reported differently:\n${summaryOf(warm.last.stdout)}\n${summary}`);
  return { cold: cold.measurement, oneThread: oneThread.measurement, cacheFill: cacheFill.measurement, warm: warm.measurement, summary };
}

/**
 * The tone rules alone: an `eslint.config.mjs` beside the templates turns on only the rules
 * of the plugin's `tone` group, and `--no-library` leaves out the checks across files.
 */
export async function lintToneOnly(directory: string, count: number, runs: number): Promise<{ measurement: Measurement; summary: string; rules: number }> {
  const config = `import tactful from ${JSON.stringify(pathToFileURL(PLUGIN).href)};

const tone = Object.keys(tactful.rules).filter((name) => tactful.rules[name].meta.docs.group === "tone");

export default [{ ...tactful.configs.recommended, rules: Object.fromEntries(tone.map((name) => [\`tactful/\${name}\`, "error"])) }];
`;
  await writeFile(join(directory, "eslint.config.mjs"), config);
  const { rules } = (await import(pathToFileURL(PLUGIN).href)) as { rules: Record<string, { meta?: { docs?: { group?: string } } }> };
  const tone = Object.values(rules).filter((rule) => rule.meta?.docs?.group === "tone").length;
  const { measurement, last } = await measure(runs, () => runNode(CLI, ["lint", "--no-library", "templates"], { cwd: directory, okCodes: [0, 1] }));
  const summary = summaryOf(last.stdout);
  if (!summary.includes("eslint.config.mjs") || checkedCount(summary) !== count) throw new Error(`the tone-only run did not use its config on ${count} templates: ${summary}`);
  return { measurement, summary, rules: tone };
}

/** textlint with the text plugin and prh loaded with the packs' lexicons, over each template's subject or title and body. */
export async function lintWithTextlint(directory: string, prhFile: string, runs: number): Promise<{ measurement: Measurement; problems: number }> {
  const config = join(directory, ".textlintrc.json");
  await writeFile(config, JSON.stringify({ plugins: { "@textlint/text": true }, rules: { prh: { rulePaths: [prhFile] } } }, null, 2));
  const { measurement, last } = await measure(runs, () =>
    runNode(TEXTLINT, ["--config", config, "--rules-base-directory", NODE_MODULES, "--no-color", "prose"], { cwd: directory, okCodes: [0, 1] }),
  );
  const problems = Number(/(\d+) problems?/.exec(last.stdout)?.[1] ?? 0);
  return { measurement, problems };
}

/**
 * The peer: ESLint with @eslint/markdown and its recommended rules, on as many Markdown files
 * of the same size (each template's text, front matter included, read as YAML front matter).
 */
export async function lintMarkdown(directory: string, templates: readonly CorpusTemplate[], runs: number): Promise<{ measurement: Measurement; files: number }> {
  const folder = await writeMarkdown(join(directory, "markdown"), templates);
  const { measurement, last } = await measure(runs, () => runNode(ESLINT, ["--format", "json", "**/*.md"], { cwd: folder, okCodes: [0, 1] }));
  const files = (JSON.parse(last.stdout) as unknown[]).length;
  if (files !== templates.length) throw new Error(`ESLint linted ${files} files, not ${templates.length}`);
  return { measurement, files: templates.length };
}

/** Each template as a Markdown file in `folder`, with an `eslint.config.mjs` that lints them with @eslint/markdown's recommended rules. */
async function writeMarkdown(folder: string, templates: readonly CorpusTemplate[]): Promise<string> {
  for (const path of new Set(templates.map((template) => dirname(join(folder, template.path))))) await mkdir(path, { recursive: true });
  for (const template of templates) await writeFile(join(folder, `${template.path}.md`), template.text);
  const config = `import markdown from ${JSON.stringify(ESLINT_MARKDOWN)};

export default [{ files: ["**/*.md"], plugins: { markdown }, language: "markdown/commonmark", languageOptions: { frontmatter: "yaml" }, rules: Object.assign({}, ...[markdown.configs.recommended].flat().map((config) => config.rules)) }];
`;
  await writeFile(join(folder, "eslint.config.mjs"), config);
  return folder;
}

/** The floor: read every template and look for the lexicon's words and patterns in it (see floor.ts). */
export async function floor(directory: string, patternFile: string, runs: number): Promise<{ measurement: Measurement; matches: number; characters: number }> {
  const { measurement, last } = await measure(runs, () => runNode(FLOOR, ["templates", patternFile], { cwd: directory }));
  const { matches, characters } = JSON.parse(last.stdout) as { matches: number; characters: number };
  return { measurement, matches, characters };
}

export interface StartUp {
  tactful: Measurement;
  /** The peer: ESLint + @eslint/markdown on the same text as a Markdown file, alone in its folder. */
  markdown: Measurement;
  textlint: Measurement;
  /** `node -e 0`: what any Node.js command pays. */
  node: Measurement;
  file: string;
}

/** One staged template, linted as a pre-commit hook runs it: a cold process per run. */
export async function startUp(directory: string, template: CorpusTemplate, prhFile: string, runs: number): Promise<StartUp> {
  const file = join("templates", template.path);
  const config = join(directory, ".textlintrc.json");
  await writeFile(config, JSON.stringify({ plugins: { "@textlint/text": true }, rules: { prh: { rulePaths: [prhFile] } } }));
  const tactful = await measure(runs, () => runNode(CLI, ["lint", file], { cwd: directory, okCodes: [0, 1] }));
  const folder = await writeMarkdown(join(directory, "markdown-one"), [template]);
  const markdown = await measure(runs, () => runNode(ESLINT, [`${template.path}.md`], { cwd: folder, okCodes: [0, 1] }));
  const textlint = await measure(runs, () => runNode(TEXTLINT, ["--config", config, "--rules-base-directory", NODE_MODULES, join("prose", `${template.path}.txt`)], { cwd: directory, okCodes: [0, 1] }));
  const node = await measure(runs, () => runNode("-e", ["0"], { cwd: directory }));
  return { tactful: tactful.measurement, markdown: markdown.measurement, textlint: textlint.measurement, node: node.measurement, file: template.path };
}

export interface HookFigures {
  /** How many templates the library holds. */
  templates: number;
  /** `tactful lint <file>`. */
  cold: Measurement;
  /** `tactful lint --cache <file>`, with the cache an earlier run of another template wrote. */
  cached: Measurement;
  file: string;
}

/**
 * One staged template of a large library set up as `tactful init` sets up a project (its
 * `eslint.config.mjs` at the root, with the recommended config), so the library checks compare
 * it with every other template: cold, and with `--cache` as left by an earlier run that linted
 * another template. The cache is put back before each run: the staged template is never
 * answered from it, as a template just edited is not.
 */
export async function hookInLibrary(directory: string, templates: readonly CorpusTemplate[], runs: number): Promise<HookFigures> {
  await writeCorpus(directory, templates);
  await writeFile(join(directory, "eslint.config.mjs"), `import tactful from ${JSON.stringify(pathToFileURL(PLUGIN).href)};\n\nexport default [tactful.configs.recommended];\n`);
  const [staged, earlier] = templates.filter((template) => template.locale === "zh-CN" && template.channel === "sms");
  const file = join("templates", staged!.path);
  const cache = join(directory, ".tactfulcache");
  const kept = join(directory, "earlier-run.tactfulcache");
  await runNode(CLI, ["lint", "--cache", join("templates", earlier!.path)], { cwd: directory, okCodes: [0, 1] });
  await copyFile(cache, kept);
  const cold = await measure(runs, () => runNode(CLI, ["lint", file], { cwd: directory, okCodes: [0, 1] }));
  const cached = await measure(runs, async () => {
    await copyFile(kept, cache);
    return runNode(CLI, ["lint", "--cache", file], { cwd: directory, okCodes: [0, 1] });
  });
  if (summaryOf(cached.last.stdout) !== summaryOf(cold.last.stdout)) throw new Error(`the cached run reported differently:\n${summaryOf(cached.last.stdout)}\n${summaryOf(cold.last.stdout)}`);
  return { templates: templates.length, cold: cold.measurement, cached: cached.measurement, file: staged!.path };
}

/** How many templates a summary line says were checked. */
function checkedCount(summary: string): number {
  return Number(/^([\d,]+) templates? checked/.exec(summary)?.[1]?.replaceAll(",", "") ?? Number.NaN);
}

export interface CorpusCheck {
  /** Templates given findings, and how many got at least the planned rules. */
  planned: number;
  flagged: number;
  /** Templates built clean, and how many have findings anyway. */
  clean: number;
  unexpected: number;
}

/** Lints the corpus once (not timed) and compares the findings with what the generator put in. */
export async function checkCorpus(directory: string, templates: readonly CorpusTemplate[]): Promise<CorpusCheck> {
  const run = await runNode(CLI, ["lint", "--format", "json", "templates"], { cwd: directory, okCodes: [0, 1] });
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>;
  const rulesByPath = new Map(results.map((result) => [result.filePath.replace(/^templates\//, ""), new Set(result.messages.map((message) => message.ruleId ?? "parse error"))]));
  const check: CorpusCheck = { planned: 0, flagged: 0, clean: 0, unexpected: 0 };
  for (const template of templates) {
    const found = rulesByPath.get(template.path) ?? new Set<string>();
    if (template.expected.length === 0) {
      check.clean += 1;
      if (found.size > 0) check.unexpected += 1;
    } else {
      check.planned += 1;
      if (template.expected.every((rule) => found.has(rule))) check.flagged += 1;
    }
  }
  return check;
}

/** The summary's lines: from the count of templates checked to the end (a relaxed configuration is said after it). */
function summaryOf(stdout: string): string {
  const lines = stdout.trimEnd().split("\n");
  const at = lines.findLastIndex((line) => /^[\d,]+ templates? checked/.test(line));
  return at === -1 ? (lines.at(-1) ?? "") : lines.slice(at).join("\n");
}
