import { lstat, statfs } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { ESLint, Linter } from "eslint";
import { parseTemplate, type CommentNode } from "@tactful/core";
import { checkLibrary, libraryChecks, libraryIdentity, type LibraryIdentity } from "@tactful/eslint-plugin";
import { lintFailureMessage, createTemplateEslint, type ConfigSource, type TemplateEslint } from "@tactful/eslint-plugin/engine";
import { ProjectFiles, sameFingerprint, type Fingerprint } from "@tactful/eslint-plugin/files";
import { openProject } from "./files.js";
import { writeFileAtomic, WriteRefused } from "./write.js";

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
  /** The text each template was linted as, by absolute path: what a release bundles. */
  sources: ReadonlyMap<string, string>;
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
  /** Where the files may be read from; the working directory by default. */
  project?: ProjectFiles;
}

const CHUNK = 250;

/** The largest cache `--cache` reads: some kilobytes a template, for libraries of tens of thousands. */
const MAX_CACHE_BYTES = 64 << 20;

/** Lints templates with the project's ESLint configuration (or the built-in one), then the library checks. */
export async function lintTemplates(files: readonly string[], options: LintOptions): Promise<LintRun> {
  const project = options.project ?? (await ProjectFiles.open([options.cwd]));
  const engine = await createEngine(options);
  const { eslint, config } = engine;
  const results: LintResult[] = [];
  const templates = new Map<string, LintedTemplate>();
  const texts = new Map<string, string>();
  const fingerprints = new Map<string, Fingerprint>();
  for (const file of files) {
    const read = await project.read(file);
    if ("error" in read) {
      results.push(resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: read.error, line: read.line, column: read.column }]));
      continue;
    }
    texts.set(file, read.text);
    fingerprints.set(file, read.fingerprint);
    const document = parseTemplate(read.text, { filePath: file });
    templates.set(file, { locale: document.meta.locale, comments: document.comments, identity: libraryIdentity(document) });
  }
  const readable = [...texts.keys()];
  for (let start = 0; start < readable.length; start += CHUNK) {
    results.push(...(await lintChunk(engine, readable.slice(start, start + CHUNK), texts, options.cache === true)));
    options.progress?.(Math.min(start + CHUNK, readable.length), readable.length);
  }
  for (const result of results) result.messages = result.messages.map(positioned);
  const unconfigured = results.filter((result) => result.messages.some((message) => message.ruleId === null && /no matching configuration/.test(message.message)));
  if (unconfigured.length > 0 && config.kind === "project") {
    throw new UsageError(
      `${relative(options.cwd, config.file)} does not configure template files (${relative(options.cwd, unconfigured[0]!.filePath)} and ${unconfigured.length - 1} more): add the Tactful config to it, e.g. \`export default [tactful.configs.recommended];\``,
    );
  }
  const fixed = options.fix ? await writeFixes(results, project, fingerprints) : [];
  if (options.library !== false) addLibraryFindings(results, templates, texts, options.cwd);
  const rules: Record<string, RuleInfo> = {};
  const meta = eslint.getRulesMetaForResults(results);
  for (const [id, rule] of Object.entries(meta)) rules[id] = { ...(rule.docs as RuleInfo | undefined) };
  for (const [name, check] of Object.entries(libraryChecks)) rules[`tactful/${name}`] = check.meta.docs;
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { results, config, rules, fixed, templates, sources: texts };
}

/**
 * Lints files as the text that was read (so what is judged is exactly what was read, and
 * ESLint never reads a file itself), or with `--cache` through ESLint's cache. A rule or parser
 * that fails on one file becomes a finding on that file; only a configuration that cannot be
 * used at all stops the run.
 */
async function lintChunk(engine: TemplateEslint, files: readonly string[], texts: ReadonlyMap<string, string>, cache: boolean): Promise<LintResult[]> {
  if (cache) {
    const all = await engine.eslint.lintFiles([...files]).catch(() => undefined);
    if (all) return all;
  }
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      results.push(...(cache ? await engine.eslint.lintFiles([file]) : await engine.eslint.lintText(texts.get(file)!, { filePath: file, warnIgnored: true })));
    } catch (error) {
      results.push(await failedOn(engine, file, error));
    }
  }
  return results;
}

/** A failure while linting one file, as a finding on it; a configuration that does not load is a usage error. */
async function failedOn({ eslint, config }: TemplateEslint, file: string, error: unknown): Promise<LintResult> {
  const ruleFailed = error instanceof Error && "ruleId" in error;
  if (!ruleFailed && !(await eslint.calculateConfigForFile(file).then(() => true, () => false))) throw new UsageError(lintFailureMessage(config, error));
  const line = Number(/Occurred while linting .+:(\d+)$/mu.exec(error instanceof Error ? error.message : "")?.[1] ?? 1);
  return resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: lintFailureMessage(config, error), line: Math.max(line, 1), column: 1 }]);
}

/** Every message has a position (ESLint gives none for a file it ignores), and `fatal` only when true. */
function positioned(message: LintMessage): LintMessage {
  const { fatal, ...rest } = message;
  return { ...rest, line: message.line || 1, column: message.column || 1, ...(fatal ? { fatal } : {}) };
}

async function createEngine(options: LintOptions): Promise<TemplateEslint> {
  return createTemplateEslint({
    cwd: options.cwd,
    fix: options.fix ?? false,
    cache: options.cache ?? false,
    cacheLocation: options.cache ? await cacheFile(resolve(options.cwd, options.cacheLocation ?? ".tactfulcache"), options.cwd) : resolve(options.cwd, ".tactfulcache"),
    warnIgnored: true,
  });
}

/**
 * The cache file, once it is known to be one: ESLint reads it whole and overwrites it, so a
 * device, a link out of the project, a file under `/proc` (its size says nothing) or any file
 * that is not a cache (a README given by mistake) is refused before ESLint touches it.
 */
async function cacheFile(location: string, cwd: string): Promise<string> {
  const info = await lstat(location).catch(() => undefined);
  const file = info?.isDirectory() ? join(location, ".tactfulcache") : location;
  const refuse = (reason: string): never => {
    throw new UsageError(`the cache ${file} cannot be used: ${reason}. Delete it or choose another --cache-location.`);
  };
  if (await onPseudoFileSystem(dirname(file))) refuse("it is under /proc or /sys, whose files are not files");
  if (!(await lstat(file).then(() => true, () => false))) return file;
  const read = await (await openProject([location], cwd)).readBytes(file, MAX_CACHE_BYTES);
  if ("error" in read) return refuse(read.error);
  try {
    JSON.parse(read.bytes.toString("utf8"));
  } catch {
    refuse("it is not a cache file (not JSON)");
  }
  return file;
}

/** procfs and sysfs, by `statfs` type: a file there reports a size it does not have, and writes to it change the system. */
const PSEUDO_FILE_SYSTEMS = new Set([0x9fa0, 0x62656572]);

async function onPseudoFileSystem(directory: string): Promise<boolean> {
  for (let at = directory; ; at = dirname(at)) {
    const info = await statfs(at).catch(() => undefined);
    if (info) return PSEUDO_FILE_SYSTEMS.has(info.type);
    if (dirname(at) === at) return false;
  }
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
 * file changed on disk since it was read (checked again just before it is replaced). Each of
 * these, and a file that cannot be written, is reported on the file, and the other files are
 * still fixed.
 */
async function writeFixes(results: LintResult[], project: ProjectFiles, fingerprints: ReadonlyMap<string, Fingerprint>): Promise<string[]> {
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
    const linted = fingerprints.get(result.filePath)!;
    const unchanged = async (): Promise<boolean> => {
      const now = await project.readBytes(result.filePath, linted.size);
      return "fingerprint" in now && sameFingerprint(now.fingerprint, linted);
    };
    try {
      await writeFileAtomic(result.filePath, result.output, { unchanged });
      written.push(result.filePath);
    } catch (error) {
      refuse(result, error instanceof WriteRefused ? error.message : `the file cannot be written (${writeErrorReason(error)}); it is unchanged.`);
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
