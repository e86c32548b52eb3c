import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { ESLint, Linter } from "eslint";
import { parseTemplate, type CommentNode } from "@tactful/core";
import { libraryDigest, libraryRoot } from "@tactful/eslint-plugin";
import { configFor, configKey, createTemplateEslint, lintFailureMessage, type ConfigSource, type TemplateConfig } from "@tactful/eslint-plugin/engine";
import { readTemplate } from "./files.js";
import { writeFileAtomic } from "./write.js";

/** A problem with how the command was run (a bad path, a broken configuration): exit code 2. */
export class UsageError extends Error {}

export type LintMessage = Linter.LintMessage;
export type LintResult = ESLint.LintResult;

export interface RuleInfo {
  description?: string;
  url?: string;
  source?: string;
  recommended?: string | false;
  group?: string;
}

export interface LintRun {
  results: LintResult[];
  /** Each configuration that applied, with the templates it applied to, in order of first use. */
  configs: ConfigUse[];
  /** Metadata of every rule that reported, for formats that describe rules (SARIF). */
  rules: Record<string, RuleInfo>;
  /** Files whose fixes were written. */
  fixed: string[];
  /** What was kept of each template read, by absolute path. */
  templates: Map<string, LintedTemplate>;
}

export interface ConfigUse {
  config: ConfigSource;
  /** Absolute paths of the templates it applied to. */
  templates: string[];
}

/**
 * What a run keeps of a template it read: its locale (for the summary) and its comments (for
 * the waiver register). Not the parsed document: a library of thousands would be held in
 * memory at once.
 */
export interface LintedTemplate {
  locale: string | undefined;
  comments: readonly CommentNode[];
}

export interface LintOptions {
  cwd: string;
  fix?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** Run the rules across the library (duplicate ids, locale variants). */
  library?: boolean;
  /** Called as files are linted, for a progress line. */
  progress?: (done: number, total: number) => void;
}

const CHUNK = 250;

/** Lints templates, each with its nearest `eslint.config.*` (or the built-in recommended config), as ESLint 10 does. */
export async function lintTemplates(files: readonly string[], options: LintOptions): Promise<LintRun> {
  const results: LintResult[] = [];
  const templates = new Map<string, LintedTemplate>();
  const readable: string[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const read = await readTemplate(file);
    if ("error" in read) {
      results.push(resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: read.error, line: read.line, column: read.column }]));
      continue;
    }
    readable.push(file);
    texts.set(file, read.text);
    const document = parseTemplate(read.text, { filePath: file });
    templates.set(file, { locale: document.meta.locale, comments: document.comments });
  }
  const rules: Record<string, RuleInfo> = {};
  let done = 0;
  for (const { config, files: group } of groupByConfig(readable)) {
    const { eslint } = createEngine(config, group, options);
    const groupResults: LintResult[] = [];
    for (let start = 0; start < group.length; start += CHUNK) {
      try {
        groupResults.push(...(await eslint.lintFiles(group.slice(start, start + CHUNK))));
      } catch (error) {
        throw new UsageError(lintFailureMessage(config.source, error));
      }
      done += Math.min(CHUNK, group.length - start);
      options.progress?.(done, readable.length);
    }
    requireTemplateConfig(groupResults, config.source, options.cwd);
    for (const [id, rule] of Object.entries(eslint.getRulesMetaForResults(groupResults))) rules[id] = { ...(rule.docs as RuleInfo | undefined) };
    results.push(...groupResults);
  }
  const fixed = options.fix ? await writeFixes(results, texts) : [];
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { results, configs: configUses(files), rules, fixed, templates };
}

/** The templates of each configuration, in order of first use. */
function groupByConfig(files: readonly string[]): Array<{ config: TemplateConfig; files: string[] }> {
  const groups = new Map<string, { config: TemplateConfig; files: string[] }>();
  for (const file of files) {
    const config = configFor(file);
    const key = configKey(config);
    const group = groups.get(key);
    if (group) group.files.push(file);
    else groups.set(key, { config, files: [file] });
  }
  return [...groups.values()];
}

/** Which configuration applied to how many templates, for the summary and the release. */
function configUses(files: readonly string[]): ConfigUse[] {
  const uses = new Map<string, ConfigUse>();
  for (const { config, files: group } of groupByConfig(files)) {
    const key = config.source.kind === "project" ? config.source.file : "built-in";
    const use = uses.get(key);
    if (use) use.templates.push(...group);
    else uses.set(key, { config: config.source, templates: [...group] });
  }
  return [...uses.values()];
}

/** A project configuration that leaves out template files is a usage error, not a clean run. */
function requireTemplateConfig(results: readonly LintResult[], config: ConfigSource, cwd: string): void {
  const unconfigured = results.filter((result) => result.messages.some((message) => message.ruleId === null && /no matching configuration/.test(message.message)));
  if (unconfigured.length === 0 || config.kind !== "project") return;
  throw new UsageError(
    `${relative(cwd, config.file)} does not configure template files (${relative(cwd, unconfigured[0]!.filePath)} and ${unconfigured.length - 1} more): add the Tactful config to it, e.g. \`export default [tactful.configs.recommended];\``,
  );
}

/** The rules across the library, which `--no-library` turns off. */
const LIBRARY_RULES = ["tactful/unique-template-id", "tactful/consistent-locale-variants"];

function createEngine(config: TemplateConfig, files: readonly string[], options: LintOptions): ReturnType<typeof createTemplateEslint> {
  const library = options.library === false ? { rules: Object.fromEntries(LIBRARY_RULES.map((rule) => [rule, "off" as const])) } : {};
  // A cached result depends on the library too: key the cache on it.
  const cacheKey = options.cache ? { settings: { tactful: { library: libraryDigest([...new Set(files.map(dirname))].map((directory) => libraryRoot(join(directory, "x.msg.njk")))) } } } : {};
  return createTemplateEslint(config, {
    fix: options.fix ?? false,
    cache: options.cache ?? false,
    cacheLocation: resolve(options.cwd, options.cacheLocation ?? ".tactfulcache"),
    warnIgnored: true,
    // No `files`: the block must not make a config that leaves out templates seem to cover them.
    overrideConfig: { ...library, ...cacheKey },
  });
}

export function resultOf(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((message) => message.severity === 2).length,
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/**
 * Writes the fixed text of each file that has fixes, atomically, and only when that is safe:
 * not when the fixed text would not parse, not when the fixes do not settle (ESLint stops
 * after 10 passes; a fix still pending then would go on changing the file), and not when the
 * file changed on disk since it was read (an editor saved it meanwhile). Each of these, and a
 * file that cannot be written, is reported on the file, and the other files are still fixed.
 */
async function writeFixes(results: LintResult[], texts: ReadonlyMap<string, string>): Promise<string[]> {
  const written: string[] = [];
  const refuse = (result: LintResult, reason: string): void => {
    result.messages.push({ ruleId: null, severity: 2, line: 1, column: 1, message: `Fixes were not written: ${reason}` });
    result.errorCount += 1;
  };
  for (const result of results) {
    if (result.output === undefined) continue;
    if (result.messages.some((message) => message.fatal)) {
      refuse(result, "the fixed text would not parse (a fix and this file disagree). Fix it by hand.");
      continue;
    }
    const pending = result.messages.filter((message) => message.fix).map((message) => message.ruleId ?? "a fix");
    if (pending.length > 0) {
      refuse(result, `the fixes do not settle (${[...new Set(pending)].join(", ")} still change the file after 10 passes). Fix it by hand.`);
      continue;
    }
    const current = await readFile(result.filePath, "utf8").catch(() => null);
    if (current !== texts.get(result.filePath)) {
      refuse(result, "the file changed while it was being linted. Run the command again.");
      continue;
    }
    try {
      await writeFileAtomic(result.filePath, result.output);
      written.push(result.filePath);
    } catch (error) {
      refuse(result, `the file cannot be written (${writeErrorReason(error)}); it is unchanged.`);
    }
  }
  return written;
}

function writeErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "the disk is full";
  if (code === "EROFS") return "the file system is read-only";
  return code ?? (error instanceof Error ? error.message : String(error));
}
