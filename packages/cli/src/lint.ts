import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { ESLint, Linter } from "eslint";
import { parseTemplate, type CommentNode } from "@tactful/core";
import { checkLibrary, libraryChecks, libraryIdentity, type LibraryIdentity } from "@tactful/eslint-plugin";
import { lintFailureMessage, createTemplateEslint, type ConfigSource, type TemplateEslint } from "@tactful/eslint-plugin/engine";
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
  /** Where the configuration came from. */
  config: ConfigSource;
  /** Metadata of every rule that reported, for formats that describe rules (SARIF). */
  rules: Record<string, RuleInfo>;
  /** Files whose fixes were written. */
  fixed: string[];
  /** What was kept of each template read, by absolute path. */
  templates: Map<string, LintedTemplate>;
}

/**
 * What a run keeps of a template it read: its locale (for the summary), its comments (for the
 * waiver register) and its identity (for the library checks). Not the parsed document: a
 * library of thousands would be held in memory at once.
 */
export interface LintedTemplate {
  locale: string | undefined;
  comments: readonly CommentNode[];
  identity: LibraryIdentity | undefined;
}

export interface LintOptions {
  cwd: string;
  fix?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** Run the checks across the library (duplicate ids, locale variants). */
  library?: boolean;
  /** Called as files are linted, for a progress line. */
  progress?: (done: number, total: number) => void;
}

const CHUNK = 250;

/** Lints templates with the project's ESLint configuration (or the built-in one), then the library checks. */
export async function lintTemplates(files: readonly string[], options: LintOptions): Promise<LintRun> {
  const { eslint, config } = await createEngine(options);
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
    templates.set(file, { locale: document.meta.locale, comments: document.comments, identity: libraryIdentity(document) });
  }
  for (let start = 0; start < readable.length; start += CHUNK) {
    try {
      results.push(...(await eslint.lintFiles(readable.slice(start, start + CHUNK))));
    } catch (error) {
      throw new UsageError(lintFailureMessage(config, error));
    }
    options.progress?.(Math.min(start + CHUNK, readable.length), readable.length);
  }
  const unconfigured = results.filter((result) => result.messages.some((message) => message.ruleId === null && /no matching configuration/.test(message.message)));
  if (unconfigured.length > 0 && config.kind === "project") {
    throw new UsageError(
      `${relative(options.cwd, config.file)} does not configure template files (${relative(options.cwd, unconfigured[0]!.filePath)} and ${unconfigured.length - 1} more): add the Tactful config to it, e.g. \`export default [tactful.configs.recommended];\``,
    );
  }
  const fixed = options.fix ? await writeFixes(results, texts) : [];
  if (options.library !== false) addLibraryFindings(results, templates, texts, options.cwd);
  const rules: Record<string, RuleInfo> = {};
  const meta = eslint.getRulesMetaForResults(results);
  for (const [id, rule] of Object.entries(meta)) rules[id] = { ...(rule.docs as RuleInfo | undefined) };
  for (const [name, check] of Object.entries(libraryChecks)) rules[`tactful/${name}`] = check.meta.docs;
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { results, config, rules, fixed, templates };
}

async function createEngine(options: LintOptions): Promise<TemplateEslint> {
  return createTemplateEslint({
    cwd: options.cwd,
    fix: options.fix ?? false,
    cache: options.cache ?? false,
    cacheLocation: resolve(options.cwd, options.cacheLocation ?? ".tactfulcache"),
    warnIgnored: true,
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

/** The library checks compare templates that share an id; only those are parsed again, a group at a time. */
function addLibraryFindings(results: LintResult[], templates: ReadonlyMap<string, LintedTemplate>, texts: ReadonlyMap<string, string>, cwd: string): void {
  const byId = new Map<string, string[]>();
  for (const [file, { identity }] of templates) {
    if (!identity) continue;
    const group = byId.get(identity.id);
    if (group) group.push(file);
    else byId.set(identity.id, [file]);
  }
  const byPath = new Map(results.map((result) => [relative(cwd, result.filePath), result]));
  const findings = [...byId.values()]
    .filter((files) => files.length > 1)
    .flatMap((files) => checkLibrary(files.map((file) => ({ filePath: relative(cwd, file), document: parseTemplate(texts.get(file)!, { filePath: file }) }))));
  for (const finding of findings) {
    const result = byPath.get(finding.filePath);
    if (!result) continue;
    result.messages.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.loc.start.line,
      column: finding.loc.start.column,
      endLine: finding.loc.end.line,
      endColumn: finding.loc.end.column,
    });
    if (finding.severity === 2) result.errorCount += 1;
    else result.warningCount += 1;
    result.messages.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
