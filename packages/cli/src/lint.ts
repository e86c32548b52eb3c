import { existsSync } from "node:fs";
import { lstat, statfs } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ESLint, Linter } from "eslint";
import { parseTemplate, translator, type Catalog, type CommentNode, type Locale, type MessageData } from "@tactful/core";
import plugin, {
  codeDigest,
  configFor,
  configKey,
  forgetSharedDocuments,
  ignoredLibraryTemplates,
  indexedLibraries,
  libraryDigest,
  libraryRoot,
  packsOf,
  rememberedIdentities,
  rememberIdentities,
  rememberTemplate,
  scopeLibraries,
  shareDocument,
  type ConfigSource,
  type StampedIdentity,
  type TemplateConfig,
  type TemplateLanguageOptions,
} from "@tactful/eslint-plugin";
import type { PackSet, Translations } from "@tactful/policies";
import { loadPacks, PackLoadError, packLoadErrorText } from "@tactful/policies/load";
import type { TemplateEslint } from "@tactful/eslint-plugin/engine";
import { sameFingerprint, type Fingerprint, type ProjectFiles } from "@tactful/eslint-plugin/files";
import { openProject } from "./files.js";
import { LintCache, type TemplateSummary } from "./lint-cache.js";
import { writeFileAtomic, WriteRefused } from "./write.js";

/** A problem with how the command was run (a bad path, a broken configuration): exit code 2. */
export class UsageError extends Error {}

/** What linting says about the run itself (not the findings), by id. */
export const LINT_MESSAGES = {
  notConfigured: {
    en: "{config} does not configure template files ({file} and {more} more): add the Tactful config to it.\nFor example: `export default [tactful.configs.recommended];`",
    "zh-CN": "{config} 未配置模板文件（{file} 等，另有 {more} 个）：请在其中加入 Tactful 配置。\n例如：`export default [tactful.configs.recommended];`",
    "zh-TW": "{config} 未設定範本檔案（{file} 等，另有 {more} 個）：請在其中加入 Tactful 設定。\n例如：`export default [tactful.configs.recommended];`",
  },
  leftOut: {
    en: "{config} leaves {file} and {more} more out of its blocks for templates (their `files` or `ignores`): not checked.\nTo skip templates on purpose, give `ignores` a block of its own: `{ ignores: [\"templates/drafts/**\"] }`",
    "zh-CN": "{config} 的模板配置块（其 `files` 或 `ignores`）未涵盖 {file} 等，另有 {more} 个：未检查。\n如要有意跳过模板，请把 `ignores` 单独放在一个配置块中：`{ ignores: [\"templates/drafts/**\"] }`",
    "zh-TW": "{config} 的範本設定區塊（其 `files` 或 `ignores`）未涵蓋 {file} 等，另有 {more} 個：未檢查。\n如要刻意略過範本，請把 `ignores` 單獨放在一個設定區塊中：`{ ignores: [\"templates/drafts/**\"] }`",
  },
  cacheRefused: {
    en: "the cache {file} cannot be used: {reason}. Delete it or choose another --cache-location.",
    "zh-CN": "无法使用缓存 {file}：{reason}。请删除它，或用 --cache-location 另选位置。",
    "zh-TW": "無法使用快取 {file}：{reason}。請刪除它，或用 --cache-location 另選位置。",
  },
  cachePseudo: {
    en: "it is under /proc or /sys, whose files are not files",
    "zh-CN": "它位于 /proc 或 /sys 下，那里的文件并非真正的文件",
    "zh-TW": "它位於 /proc 或 /sys 下，那裡的檔案並非真正的檔案",
  },
  cacheNotJson: { en: "it is not a cache file (not JSON)", "zh-CN": "它不是缓存文件（不是 JSON）", "zh-TW": "它不是快取檔案（不是 JSON）" },
  notWritten: { en: "Fixes were not written: {reason}", "zh-CN": "未写入修复：{reason}", "zh-TW": "未寫入修正：{reason}" },
  fixDoesNotParse: {
    en: "the fixed text would not parse (a fix and this file disagree). Fix it by hand.",
    "zh-CN": "修复后的文本无法解析（某个修复与此文件冲突）。请手动修改。",
    "zh-TW": "修正後的文字無法解析（某個修正與此檔案衝突）。請手動修改。",
  },
  fixesDoNotSettle: {
    en: "the fixes do not settle ({rules} still change the file after 10 passes). Fix it by hand.",
    "zh-CN": "修复无法收敛（{rules} 在 10 轮后仍在修改文件）。请手动修改。",
    "zh-TW": "修正無法收斂（{rules} 在 10 輪後仍在修改檔案）。請手動修改。",
  },
  aFix: { en: "a fix", "zh-CN": "某个修复", "zh-TW": "某個修正" },
  ignoredByConfig: { en: "{file} is {why}: it was not checked", "zh-CN": "{file} {why}：未检查", "zh-TW": "{file} {why}：未檢查" },
  ignoredByIgnores: { en: "ignored by {config} (`ignores`)", "zh-CN": "被 {config} 忽略（`ignores`）", "zh-TW": "被 {config} 忽略（`ignores`）" },
  ignoredByDefault: { en: "in node_modules or .git, which ESLint ignores", "zh-CN": "位于 ESLint 默认忽略的 node_modules 或 .git 中", "zh-TW": "位於 ESLint 預設忽略的 node_modules 或 .git 中" },
  allIgnored: { en: "every template in {path} is {why}: nothing was checked", "zh-CN": "{path} 中的模板全部{why}：未检查任何文件", "zh-TW": "{path} 中的範本全部{why}：未檢查任何檔案" },
  skippedOne: { en: "{count} template skipped, not checked: {files}, {why}.", "zh-CN": "已跳过 {count} 个模板，未检查：{files}，{why}。", "zh-TW": "已略過 {count} 個範本，未檢查：{files}，{why}。" },
  skippedOther: { en: "{count} templates skipped, not checked: {files}, {why}.", "zh-CN": "已跳过 {count} 个模板，未检查：{files}，{why}。", "zh-TW": "已略過 {count} 個範本，未檢查：{files}，{why}。" },
  andMore: { en: "{files} and {more} more", "zh-CN": "{files} 等，另有 {more} 个", "zh-TW": "{files} 等，另有 {more} 個" },
  cannotWrite: { en: "the file cannot be written ({reason}); it is unchanged.", "zh-CN": "无法写入文件（{reason}）；文件未改动。", "zh-TW": "無法寫入檔案（{reason}）；檔案未變更。" },
  permissionDenied: { en: "permission denied", "zh-CN": "没有权限", "zh-TW": "沒有權限" },
  diskFull: { en: "the disk is full", "zh-CN": "磁盘已满", "zh-TW": "磁碟已滿" },
  readOnlyFileSystem: { en: "the file system is read-only", "zh-CN": "文件系统为只读", "zh-TW": "檔案系統為唯讀" },
} as const satisfies Catalog;

type Say = (id: keyof typeof LINT_MESSAGES, data?: MessageData) => string;

export type LintMessage = Linter.LintMessage;
export type LintResult = ESLint.LintResult;

export interface RuleInfo {
  /** In English; `ruleDescription` gives it in the run's locale. */
  description?: string;
  descriptions?: Translations;
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
  /** The text each template was linted as, by absolute path: what a release bundles. */
  sources: ReadonlyMap<string, string>;
  /** The policy packs each template was checked against, by absolute path. */
  packs: ReadonlyMap<string, PackSet>;
  /** Templates ESLint did not lint because their configuration ignores them, by path: not in `results`. */
  ignored: IgnoredTemplate[];
}

/** A template that was not linted because ESLint ignores it. */
export interface IgnoredTemplate {
  /** Its absolute path. */
  file: string;
  /** The configuration it would have been linted with. */
  config: ConfigSource;
  /** Ignored by ESLint's own ignores (node_modules, .git), not an `ignores` of the configuration file. */
  byDefault: boolean;
}

export interface ConfigUse {
  config: ConfigSource;
  /** Absolute paths of the templates it applied to. */
  templates: string[];
  /** Tactful rules that `recommended` makes errors and this configuration turns off or makes warnings, for some of its templates (sorted). */
  relaxed: string[];
  /** The templates it relaxes any of them for. */
  relaxedTemplates: string[];
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
  /** Where the files may be read from; by default the working directory and the files named outside it. */
  project?: ProjectFiles;
  /** The language of the findings; English by default. */
  locale?: Locale;
  /** Policy packs to check against instead of those the configuration names (`--pack`): built-in ids, absolute paths, package names. */
  packs?: readonly string[];
  /**
   * How many threads lint at once (`--concurrency`): by default as many as the machine has
   * cores, and no more than the templates to lint keep busy (`FILES_PER_THREAD` each).
   */
  threads?: number;
}

const CHUNK = 250;

/**
 * The fewest templates worth another thread: starting one (loading ESLint, the plugin and the
 * packs) costs about what linting a hundred templates does, and V8's collector already keeps a
 * second core busy; on two cores, two threads paid off from about 700 templates.
 */
const FILES_PER_THREAD = 500;

/** The worker that lints a share of the templates; absent when running from the TypeScript sources (tests), which lint on one thread. */
const LINT_WORKER = new URL("./lint-worker.js", import.meta.url);

/** How many threads lint this many templates. */
function threadsFor(count: number, threads: number | undefined): number {
  const wanted = threads ?? Math.min(availableParallelism(), Math.floor(count / FILES_PER_THREAD));
  return Math.max(1, Math.min(wanted, count, existsSync(LINT_WORKER) ? Infinity : 1));
}

/** The largest cache `--cache` reads: some kilobytes a template, for libraries of tens of thousands. */
const MAX_CACHE_BYTES = 64 << 20;

/**
 * Lints templates, each with its nearest `eslint.config.*` (or the built-in recommended config),
 * as ESLint 10 does. Each template is read once, and linted as the text that was read.
 */
export async function lintTemplates(files: readonly string[], options: LintOptions): Promise<LintRun> {
  // As the command line does: the working directory, and the files named outside it.
  const locale = options.locale ?? "en";
  const say = translator(LINT_MESSAGES, locale);
  const project = options.project ?? (await openProject(files, options.cwd, { locale }));
  const results: LintResult[] = [];
  const templates = new Map<string, LintedTemplate>();
  const texts = new Map<string, string>();
  const fingerprints = new Map<string, Fingerprint>();
  const ignored: IgnoredTemplate[] = [];
  for (const file of files) {
    const read = await project.read(file);
    if ("error" in read) {
      results.push(resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: read.error, line: read.line, column: read.column }]));
      continue;
    }
    texts.set(file, read.text);
    fingerprints.set(file, read.fingerprint);
    rememberTemplate(file, read.fingerprint, read.text);
  }
  const cache = options.cache && texts.size > 0 ? await openCache(resolve(options.cwd, options.cacheLocation ?? ".tactfulcache"), options.cwd, locale) : undefined;
  const packs = new Map<string, PackSet>();
  // The library checks read again only the templates that changed since the cache's run.
  if (cache) rememberIdentities(cache.libraryIdentities());
  const readable = [...texts.keys()];
  const forget = (template: IgnoredTemplate): void => {
    ignored.push(template);
    templates.delete(template.file);
    texts.delete(template.file);
  };
  const rules: Record<string, RuleInfo> = {};
  let done = 0;
  // A template's configuration depends on its directory only: looked up once per directory.
  const configs = new Map<string, TemplateConfig>();
  // Compliance rules each project configuration turns off or lowers, by file: said in the summary and the release.
  const relaxedRules = new Map<string, string[]>();
  const configOf = (file: string): TemplateConfig => {
    const directory = dirname(file);
    let config = configs.get(directory);
    if (!config) configs.set(directory, (config = configFor(file)));
    return config;
  };
  for (const { config, files: grouped } of groupByConfig(readable, configOf)) {
    // Made when first needed: a warm --cache run of the built-in configuration needs no ESLint.
    let made: TemplateEslint | undefined;
    const engine = async (): Promise<TemplateEslint> => (made ??= await createEngine(config, options));
    const resolved = isProject(config) ? await requireTemplateConfig(await engine(), grouped, config, options, say, relaxedRules) : undefined;
    if (isProject(config) && options.library !== false) {
      const { eslint } = await engine();
      await scopeLibraries(grouped, (file) => eslint.isPathIgnored(file)).catch(async (error: unknown) => {
        const { lintFailureMessage } = await import("@tactful/eslint-plugin/engine");
        throw new UsageError(lintFailureMessage(config.source, error, locale));
      });
    }
    // A template the configuration ignores is not linted, and the run says so.
    const skipped = new Set(resolved?.ignored.map(({ file }) => file));
    for (const template of resolved?.ignored ?? []) forget(template);
    const group = skipped.size === 0 ? grouped : grouped.filter((file) => !skipped.has(file));
    for (const file of group) packs.set(file, loadedPacks(resolved ? resolved.configurations.get(file)?.languageOptions : options.packs && { packs: options.packs }, file, locale));
    const runKey = cache ? cacheRunKey(config, group, options) : "";
    // The key of each file's entry, or undefined when its configuration cannot be written down (it is never cached).
    // The packs' content is part of it: a changed pack file replays nothing.
    const keyOf = (file: string): string | undefined => {
      if (!cache) return undefined;
      const configuration = resolved ? resolved.configurations.get(file)?.written() : "built-in";
      return configuration === undefined ? undefined : LintCache.key(`${runKey}\u0000${configuration}\u0000${packs.get(file)!.digest}`, fingerprints.get(file)!.sha256);
    };
    const groupResults: LintResult[] = [];
    const unchanged = new Set<string>();
    for (const file of group) {
      const key = keyOf(file);
      const hit = key === undefined ? undefined : cache?.get(file, key);
      if (!hit) continue;
      templates.set(file, hit.summary);
      groupResults.push({ ...hit.result, filePath: file });
      unchanged.add(file);
    }
    done += unchanged.size;
    if (unchanged.size > 0) options.progress?.(done, readable.length);
    const changed = unchanged.size === 0 ? group : group.filter((file) => !unchanged.has(file));
    const record = ({ file, summary, result, failed }: Linted): void => {
      if (!result) {
        // Not a finding on the file: the file was not checked at all (ESLint's own ignores, all the built-in configuration has), and the run says so.
        forget({ file, config: config.source, byDefault: true });
        return;
      }
      templates.set(file, summary);
      groupResults.push(result);
      // A result whose fixes are still to be written is linted again on the next run.
      const key = failed || result.output !== undefined ? undefined : keyOf(file);
      if (key !== undefined) cache?.set(file, key, summary, result);
    };
    const advance = (count: number): void => {
      done += count;
      options.progress?.(done, readable.length);
    };
    // Shares of the templates for other threads, each given what this one knows of the library; this thread lints the first.
    const [own = [], ...others] = shares(changed, threadsFor(changed.length, options.threads));
    const library = others.length > 0 ? { identities: rememberedIdentities(), ignored: ignoredLibraryTemplates() } : { identities: [], ignored: [] };
    const elsewhere = others.map((share) => lintInWorker({ config, options: workerOptions(options), files: share.map((file) => [file, texts.get(file)!]), ...library }, advance));
    const here = async (files: readonly string[]): Promise<void> => {
      for (const linted of await lintShare(await engine(), files, (file) => texts.get(file)!, (file) => packs.get(file)!, advance)) record(linted);
    };
    await here(own);
    // A thread that failed (it could not start, or its configuration did not load there) leaves its share to this one: nothing is left unchecked.
    for (const [index, outcome] of (await Promise.allSettled(elsewhere)).entries()) {
      if (outcome.status === "fulfilled") outcome.value.forEach(record);
      else await here(others[index]!);
    }
    await describeRules(config, engine, groupResults, rules);
    results.push(...groupResults);
  }
  cache?.setLibraries(indexedLibraries());
  await cache?.save();
  const fixed = options.fix ? await writeFixes(results, project, fingerprints, say, locale) : [];
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  const notLinted = new Set(ignored.map(({ file }) => file));
  const checked = notLinted.size === 0 ? files : files.filter((file) => !notLinted.has(file));
  const uses = configUses(checked, configOf, relaxedRules);
  // When nothing was checked, the summary still names the configuration that ignored it all, not the built-in one.
  if (uses.length === 0) uses.push(...[...new Map(ignored.map(({ config }) => [configKeyOf(config), config])).values()].map((config): ConfigUse => ({ config, templates: [], relaxed: [], relaxedTemplates: [] })));
  return { results, configs: uses, rules, fixed, templates, sources: texts, packs, ignored: ignored.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Why a template was not linted, as the messages below say it ("ignored by eslint.config.js (`ignores`)"). */
function whyIgnored({ config, byDefault }: IgnoredTemplate, cwd: string, say: Say): string {
  return byDefault || config.kind === "built-in" ? say("ignoredByDefault") : say("ignoredByIgnores", { config: relative(cwd, config.file) });
}

/**
 * What the command line refuses of the templates a run did not lint because ESLint ignores them:
 * each one named on it (a hook or a user asked for that very file), and each folder given whose
 * templates are all ignored (nothing of it was checked). Templates found in a folder beside
 * others that were checked are only skipped: `skippedLines` says so.
 */
export function ignoredErrors(run: LintRun, selection: { named: readonly string[]; folders: ReadonlyArray<{ path: string; files: readonly string[] }> }, cwd: string, locale: Locale): string[] {
  const say = translator(LINT_MESSAGES, locale);
  const ignored = new Map(run.ignored.map((template) => [template.file, template]));
  const named = new Set(selection.named);
  const folders = selection.folders.flatMap(({ path, files }) => {
    const first = files.length > 0 && files.every((file) => ignored.has(file)) ? ignored.get(files[0]!) : undefined;
    return first ? [say("allIgnored", { path, why: whyIgnored(first, cwd, say) })] : [];
  });
  return [...run.ignored.filter(({ file }) => named.has(file)).map((template) => say("ignoredByConfig", { file: relative(cwd, template.file), why: whyIgnored(template, cwd, say) })), ...folders];
}

/** The summary's lines about the templates a run skipped because ESLint ignores them, one for each reason: how many, why, and which. */
export function skippedLines(run: LintRun, cwd: string, locale: Locale): string[] {
  const say = translator(LINT_MESSAGES, locale);
  const byReason = new Map<string, string[]>();
  for (const template of run.ignored) {
    const why = whyIgnored(template, cwd, say);
    byReason.set(why, [...(byReason.get(why) ?? []), relative(cwd, template.file).split(sep).join("/")]);
  }
  return [...byReason].map(([why, files]) => {
    const shown = files.slice(0, SKIPPED_SHOWN).join(", ");
    const listed = files.length > SKIPPED_SHOWN ? say("andMore", { files: shown, more: files.length - SKIPPED_SHOWN }) : shown;
    return say(files.length === 1 ? "skippedOne" : "skippedOther", { count: files.length, why, files: listed });
  });
}

/** How many skipped templates the summary names: a folder of drafts is not listed whole. */
const SKIPPED_SHOWN = 3;

/** `--pack` names with pack files' paths made absolute (a configuration resolves relative ones from its own folder); a name that cannot be a pack is a usage error. */
export async function packNames(specs: readonly string[], cwd: string, locale: Locale): Promise<string[]> {
  const { absolutePackSpec } = await import("@tactful/policies/load");
  try {
    return specs.map((spec) => absolutePackSpec(spec, cwd));
  } catch (error) {
    throw error instanceof PackLoadError ? new UsageError(packLoadErrorText(error, locale)) : error;
  }
}

/** The packs `--pack` names, loaded (a relative path from the working directory); a name or a pack that does not load is a usage error. */
export async function packSetOf(specs: readonly string[], cwd: string, locale: Locale): Promise<PackSet> {
  const names = await packNames(specs, cwd, locale);
  try {
    return loadPacks(names, { cwd });
  } catch (error) {
    throw error instanceof PackLoadError ? new UsageError(packLoadErrorText(error, locale)) : error;
  }
}

/**
 * The policy packs a template's configuration names: its nearest `eslint.config.*` (read by
 * ESLint only when there is one), else the built-in packs. What `tactful render` renders with.
 * A template that configuration ignores, or does not configure, has none: it is refused (with
 * its path from `cwd`), not given the built-in ones.
 */
export async function configuredPacksOf(file: string, locale: Locale, cwd: string): Promise<PackSet> {
  const config = configFor(file);
  if (!isProject(config)) return packsOf(undefined, file);
  const { configuredPacks, lintFailureMessage } = await import("@tactful/eslint-plugin/engine");
  const engine = await createEngine(config, { cwd: config.cwd, locale });
  const usage = (error: unknown): never => {
    throw error instanceof PackLoadError ? new UsageError(packLoadErrorText(error, locale)) : new UsageError(lintFailureMessage(config.source, error, locale));
  };
  if (!(await engine.eslint.isPathIgnored(file).catch(usage))) return configuredPacks(engine, file).catch(usage);
  const say = translator(LINT_MESSAGES, locale);
  const ignored = await (await ignoredByOf(config, locale))(file);
  throw new UsageError(ignored ? say("ignoredByConfig", { file: relative(cwd, file), why: whyIgnored(ignored, cwd, say) }) : say("notConfigured", { config: relative(cwd, config.source.file), file: relative(cwd, file), more: 0 }));
}

/** A configuration from an `eslint.config.*`. */
type ProjectConfig = TemplateConfig & { source: { kind: "project"; file: string } };

const isProject = (config: TemplateConfig): config is ProjectConfig => config.source.kind === "project";

/**
 * Asks why ESLint gives a template of this configuration no configuration, when it is that it
 * ignores the template: an `ignores` of the configuration file, or ESLint's own (node_modules,
 * .git). Undefined when the configuration has no block for it. `isPathIgnored` tells these
 * apart no more than `calculateConfigForFile` does, so the file is asked about again: with
 * ESLint's defaults alone, and with the configuration's `ignores` turned off.
 */
async function ignoredByOf(config: ProjectConfig, locale: Locale): Promise<(file: string) => Promise<IgnoredTemplate | undefined>> {
  const { createTemplateEslint, lintFailureMessage } = await import("@tactful/eslint-plugin/engine");
  const usage = (error: unknown): never => {
    throw new UsageError(lintFailureMessage(config.source, error, locale));
  };
  let defaults: ESLint | undefined;
  let withoutIgnores: ESLint | undefined;
  return async (file) => {
    defaults ??= createTemplateEslint({ source: { kind: "built-in" }, cwd: config.cwd }).eslint;
    if (await defaults.isPathIgnored(file)) return { file, config: config.source, byDefault: true };
    withoutIgnores ??= createTemplateEslint(config, { ignore: false }).eslint;
    return (await withoutIgnores.calculateConfigForFile(file).catch(usage)) === undefined ? undefined : { file, config: config.source, byDefault: false };
  };
}

/** The packs a template's language options name; packs that do not load stop the run, as a configuration that does not. */
function loadedPacks(languageOptions: TemplateLanguageOptions | undefined, file: string, locale: Locale): PackSet {
  try {
    return packsOf(languageOptions, file);
  } catch (error) {
    throw error instanceof PackLoadError ? new UsageError(packLoadErrorText(error, locale)) : error;
  }
}

/** The templates of each configuration, in order of first use. */
function groupByConfig(files: readonly string[], configOf: (file: string) => TemplateConfig): Array<{ config: TemplateConfig; files: string[] }> {
  const groups = new Map<string, { config: TemplateConfig; files: string[] }>();
  for (const file of files) {
    const config = configOf(file);
    const key = configKey(config);
    const group = groups.get(key);
    if (group) group.files.push(file);
    else groups.set(key, { config, files: [file] });
  }
  return [...groups.values()];
}

/** Which configuration applied to how many templates, for the summary and the release. */
function configUses(files: readonly string[], configOf: (file: string) => TemplateConfig, relaxedRules: ReadonlyMap<string, string[]>): ConfigUse[] {
  const uses = new Map<string, ConfigUse>();
  for (const { config, files: group } of groupByConfig(files, configOf)) {
    const key = configKeyOf(config.source);
    const use = uses.get(key) ?? { config: config.source, templates: [], relaxed: [], relaxedTemplates: [] };
    uses.set(key, use);
    use.templates.push(...group);
    use.relaxed = [...new Set([...use.relaxed, ...group.flatMap((file) => relaxedRules.get(file) ?? [])])].sort();
    use.relaxedTemplates.push(...group.filter((file) => (relaxedRules.get(file) ?? []).length > 0));
  }
  return [...uses.values()];
}

/** Which configuration a source is, as the summary counts them. */
const configKeyOf = (source: ConfigSource): string => (source.kind === "project" ? source.file : "built-in");

/** The rules `recommended` makes errors. */
const BLOCKING_RULES = Object.entries(plugin.rules).flatMap(([name, rule]) => (rule.meta?.docs?.recommended === "error" ? [name] : []));

/**
 * The rules `recommended` makes errors that a resolved configuration turns off, makes warnings
 * or leaves out (but for the library rules `--no-library` turns off): a template linted with it
 * passes them whatever it says.
 */
function relaxedIn(resolved: { rules?: Record<string, unknown> } | undefined, library: boolean): string[] {
  const rules = resolved?.rules ?? {};
  return BLOCKING_RULES.filter((name) => {
    if (!library && LIBRARY_RULES.includes(`${plugin.meta.namespace}/${name}`)) return false;
    const setting = rules[`${plugin.meta.namespace}/${name}`];
    const level = Array.isArray(setting) ? setting[0] : setting;
    return level !== 2 && level !== "error";
  });
}

/**
 * A project configuration that leaves out template files is a usage error, not a clean run:
 * such a template would be skipped, or read as JavaScript by a block without `files`. Gives
 * each file's configuration as resolved: its language options, and the configuration written
 * down for the cache's key (undefined when it cannot be: a plugin or processor without `meta`),
 * when the cache asks: writing down the packs' digest reads them from every configuration folder.
 * Also gives the templates the configuration ignores: they are not linted.
 */
async function requireTemplateConfig(
  { eslint, locale }: TemplateEslint,
  files: readonly string[],
  config: ProjectConfig,
  options: LintOptions,
  say: Say,
  relaxedRules: Map<string, string[]>,
): Promise<{ configurations: Map<string, { written: () => string | undefined; languageOptions: TemplateLanguageOptions | undefined }>; ignored: IgnoredTemplate[] }> {
  const { lintFailureMessage } = await import("@tactful/eslint-plugin/engine");
  const unconfigured: string[] = [];
  const ignored: IgnoredTemplate[] = [];
  const ignoredBy = await ignoredByOf(config, locale);
  const written = new Map<object, () => string | undefined>();
  const configurations = new Map<string, { written: () => string | undefined; languageOptions: TemplateLanguageOptions | undefined }>();
  for (const file of files) {
    const resolved = (await eslint.calculateConfigForFile(file).catch((error: unknown) => {
      throw new UsageError(lintFailureMessage(config.source, error, locale));
    })) as { language?: { visitorKeys?: Record<string, unknown> }; languageOptions?: TemplateLanguageOptions; rules?: Record<string, unknown> } | undefined;
    // No configuration at all: the configuration ignores the file, or has no block for it.
    const ignoring = resolved ? undefined : await ignoredBy(file);
    if (ignoring) {
      ignored.push(ignoring);
      continue;
    }
    relaxedRules.set(file, relaxedIn(resolved, options.library !== false));
    // Only the template language has a `Template` node.
    if (!resolved?.language?.visitorKeys?.["Template"]) unconfigured.push(file);
    // ESLint gives the same object to the files the same blocks match: written down once.
    if (resolved && !written.has(resolved)) written.set(resolved, once(() => serialized(resolved)));
    configurations.set(file, { written: (resolved && written.get(resolved)) ?? (() => undefined), languageOptions: resolved?.languageOptions });
  }
  if (unconfigured.length === 0) return { configurations, ignored };
  // Some templates configured and some not: a block for templates leaves these out, most often by an `ignores` of its own.
  throw new UsageError(say(configurations.size > unconfigured.length ? "leftOut" : "notConfigured", { config: relative(options.cwd, config.source.file), file: relative(options.cwd, unconfigured[0]!), more: unconfigured.length - 1 }));
}

/** The value `compute` gives, computed when first asked. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => (value ??= { computed: compute() }).computed;
}

/** A resolved configuration as ESLint's own cache writes it down (plugins by name and version), or undefined when it cannot be. */
function serialized(config: object): string | undefined {
  try {
    return JSON.stringify(config);
  } catch {
    return undefined;
  }
}

/** What linting one template gave: its summary, and its result (none when ESLint ignores it). */
export interface Linted {
  file: string;
  summary: TemplateSummary;
  result: LintResult | undefined;
  failed: boolean;
}

/**
 * Lints templates one after the other, each parsed once (for its summary, and ESLint takes the
 * same document), saying after each chunk how many were done.
 */
async function lintShare(engine: TemplateEslint, files: readonly string[], textOf: (file: string) => string, packsFor: (file: string) => PackSet, advance: (count: number) => void): Promise<Linted[]> {
  const linted: Linted[] = [];
  for (let start = 0; start < files.length; start += CHUNK) {
    const chunk = files.slice(start, start + CHUNK);
    try {
      for (const file of chunk) {
        const text = textOf(file);
        const document = parseTemplate(text, { filePath: file, packs: packsFor(file) });
        shareDocument(document);
        linted.push({ file, summary: { locale: document.meta.locale, comments: document.comments }, ...(await lintOne(engine, file, text)) });
      }
    } finally {
      forgetSharedDocuments();
    }
    advance(chunk.length);
  }
  return linted;
}

/** The files in `count` shares of consecutive files (a folder's templates stay together), as even as can be. */
function shares(files: readonly string[], count: number): string[][] {
  return Array.from({ length: count }, (_, index) => files.slice(Math.floor((index * files.length) / count), Math.floor(((index + 1) * files.length) / count)));
}

/**
 * What a lint thread is given: the configuration, the options that cross threads, its templates
 * with their text, and what the first thread knows of the library (its templates' identities, and
 * those the configuration ignores).
 */
export interface WorkerInput {
  config: TemplateConfig;
  options: Pick<LintOptions, "cwd" | "fix" | "library" | "locale" | "packs">;
  files: Array<[string, string]>;
  identities: Array<[string, StampedIdentity]>;
  ignored: string[];
}

/** What a lint thread says: how many more templates it linted, then what it found (or that it failed). */
export type WorkerMessage = { kind: "progress"; count: number } | { kind: "done"; linted: Linted[] } | { kind: "failed" };

function workerOptions({ cwd, fix, library, locale, packs }: LintOptions): WorkerInput["options"] {
  return { cwd, ...(fix === undefined ? {} : { fix }), ...(library === undefined ? {} : { library }), ...(locale ? { locale } : {}), ...(packs ? { packs } : {}) };
}

/**
 * Lints a share of the templates in a thread of its own; rejects when the thread fails, so that
 * its share is linted here (and takes back the progress it reported).
 */
function lintInWorker(input: WorkerInput, advance: (count: number) => void): Promise<Linted[]> {
  return new Promise((resolve, reject) => {
    let reported = 0;
    let settled = false;
    const fail = (reason: Error): void => {
      if (settled) return;
      settled = true;
      advance(-reported);
      reject(reason);
    };
    const worker = new Worker(LINT_WORKER, { workerData: input });
    worker.on("message", (message: WorkerMessage) => {
      if (settled) return;
      if (message.kind === "progress") {
        reported += message.count;
        advance(message.count);
      } else if (message.kind === "done") {
        settled = true;
        resolve(message.linted);
      } else fail(new Error("the lint thread failed"));
    });
    worker.on("error", fail);
    // A thread that ends without saying what it found has failed, whatever its exit code.
    worker.on("exit", (code) => fail(new Error(`the lint thread stopped (${code})`)));
  });
}

/**
 * A thread's share: linted with its own engine and library index (told what the first thread
 * knows of the library, so that it does not ask ESLint again), as the first thread lints its own.
 */
export async function lintInThisThread(input: WorkerInput, advance: (count: number) => void): Promise<Linted[]> {
  const { config, options, files, identities } = input;
  rememberIdentities(identities);
  const engine = await createEngine(config, options);
  const paths = files.map(([file]) => file);
  const ignored = new Set(input.ignored);
  if (isProject(config) && options.library !== false) await scopeLibraries(paths, async (file) => ignored.has(file));
  const texts = new Map(files);
  const packs = new Map<string, PackSet>();
  for (const file of paths) {
    const languageOptions = isProject(config) ? ((await engine.eslint.calculateConfigForFile(file)) as { languageOptions?: TemplateLanguageOptions } | undefined)?.languageOptions : options.packs && { packs: options.packs };
    packs.set(file, loadedPacks(languageOptions, file, options.locale ?? "en"));
  }
  return lintShare(engine, paths, (file) => texts.get(file)!, (file) => packs.get(file)!, advance);
}

/**
 * Lints a file as the text that was read (so what is judged is exactly what was read, and
 * ESLint never reads a file itself). A rule or parser that fails on it becomes a finding on the
 * file (and is not cached); only a configuration that cannot be used at all stops the run. No
 * result when the configuration ignores the file: ESLint's warning would pass it as checked.
 */
async function lintOne(engine: TemplateEslint, file: string, text: string): Promise<{ result: LintResult | undefined; failed: boolean }> {
  try {
    const { localizeParsingErrors } = await import("@tactful/eslint-plugin/engine");
    const [result] = await engine.eslint.lintText(text, { filePath: file, warnIgnored: false });
    if (!result) return { result: undefined, failed: false };
    result.messages = localizeParsingErrors(result.messages, engine.locale).map(positioned);
    return { result, failed: false };
  } catch (error) {
    return { result: await failedOn(engine, file, error), failed: true };
  }
}

/**
 * Adds the metadata of each rule that reported in these results (ESLint describes only results
 * it made itself, not cached ones). The built-in configuration's rules are this plugin's.
 */
async function describeRules(config: TemplateConfig, engine: () => Promise<TemplateEslint>, results: readonly LintResult[], rules: Record<string, RuleInfo>): Promise<void> {
  for (const { filePath, messages, suppressedMessages } of results) {
    for (const { ruleId } of [...messages, ...suppressedMessages]) {
      if (!ruleId || ruleId in rules) continue;
      const slash = ruleId.lastIndexOf("/");
      const [namespace, name] = slash < 0 ? ["@", ruleId] : [ruleId.slice(0, slash), ruleId.slice(slash + 1)];
      const own = config.source.kind === "built-in" && namespace === plugin.meta.namespace ? { [namespace]: plugin as ESLint.Plugin } : undefined;
      const plugins = own ?? ((await (await engine()).eslint.calculateConfigForFile(filePath)) as { plugins?: Record<string, ESLint.Plugin> } | undefined)?.plugins;
      rules[ruleId] = { ...(plugins?.[namespace]?.rules?.[name]?.meta?.docs as RuleInfo | undefined) };
    }
  }
}

/** A failure while linting one file, as a finding on it; a configuration that does not load is a usage error. */
async function failedOn({ eslint, config, locale }: TemplateEslint, file: string, error: unknown): Promise<LintResult> {
  const { lintFailureMessage } = await import("@tactful/eslint-plugin/engine");
  const ruleFailed = error instanceof Error && "ruleId" in error;
  if (!ruleFailed && !(await eslint.calculateConfigForFile(file).then(() => true, () => false))) throw new UsageError(lintFailureMessage(config, error, locale));
  const line = Number(/Occurred while linting .+:(\d+)$/mu.exec(error instanceof Error ? error.message : "")?.[1] ?? 1);
  return resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: lintFailureMessage(config, error, locale), line: Math.max(line, 1), column: 1 }]);
}

/** Every message has a position, and `fatal` only when true. */
function positioned(message: LintMessage): LintMessage {
  const { fatal, ...rest } = message;
  return { ...rest, line: message.line || 1, column: message.column || 1, ...(fatal ? { fatal } : {}) };
}

/** The rules across the library, which `--no-library` turns off. */
const LIBRARY_RULES = ["tactful/unique-template-id", "tactful/consistent-locale-variants"];

async function createEngine(config: TemplateConfig, options: LintOptions): Promise<TemplateEslint> {
  const { createTemplateEslint } = await import("@tactful/eslint-plugin/engine");
  const library = options.library === false ? { rules: Object.fromEntries(LIBRARY_RULES.map((rule) => [rule, "off" as const])) } : {};
  const packs = options.packs ? { languageOptions: { packs: [...options.packs] } } : {};
  return createTemplateEslint(config, {
    fix: options.fix ?? false,
    warnIgnored: true,
    ...(options.locale ? { locale: options.locale } : {}),
    // No `files`: the block must not make a config that leaves out templates seem to cover them.
    overrideConfig: { ...library, ...packs },
  });
}

const ESLINT_VERSION = (createRequire(import.meta.url)("eslint/package.json") as { version: string }).version;

/** The code of the packages the plugin runs (the parser, the tone engine, the packs' reader), which its version does not cover. */
let dependencyCode: string | undefined;
const dependencyCodeDigest = (): string => (dependencyCode ??= ["@tactful/core", "@tactful/policies"].map((name) => codeDigest(dirname(fileURLToPath(import.meta.resolve(name))))).join("."));

/**
 * What a cached result of these files depends on besides their text and their configuration
 * as resolved: the plugin's version (which carries digests of the packs and of its code),
 * the code of core and policies, ESLint's and Node's versions, the configuration file, the
 * language of the findings, `--fix`, and the templates of their libraries that share an id (or
 * `--no-library`).
 */
function cacheRunKey(config: TemplateConfig, files: readonly string[], options: LintOptions): string {
  const libraries = options.library === false ? "no-library" : libraryDigest([...new Set(files.map(dirname))].map((directory) => libraryRoot(join(directory, "x.msg.njk"))));
  return JSON.stringify([plugin.meta.version, dependencyCodeDigest(), ESLINT_VERSION, process.version, configKey(config), options.locale ?? "", options.fix === true, libraries]);
}

/**
 * The cache, once its file is known to be one: it is read whole and overwritten, so a device, a
 * link out of the project, a file under `/proc` (its size says nothing) or any file that is not
 * a cache (a README given by mistake) is refused before it is used.
 */
async function openCache(location: string, cwd: string, locale: Locale): Promise<LintCache> {
  const say = translator(LINT_MESSAGES, locale);
  const info = await lstat(location).catch(() => undefined);
  const file = info?.isDirectory() ? join(location, ".tactfulcache") : location;
  const refuse = (reason: string): never => {
    throw new UsageError(say("cacheRefused", { file, reason }));
  };
  if (await onPseudoFileSystem(dirname(file))) refuse(say("cachePseudo"));
  if (!(await lstat(file).then(() => true, () => false))) return LintCache.of(file, undefined);
  const read = await (await openProject([location], cwd, { locale })).readBytes(file, MAX_CACHE_BYTES);
  if ("error" in read) return refuse(read.error);
  try {
    return LintCache.of(file, JSON.parse(read.bytes.toString("utf8")));
  } catch {
    return refuse(say("cacheNotJson"));
  }
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
async function writeFixes(results: LintResult[], project: ProjectFiles, fingerprints: ReadonlyMap<string, Fingerprint>, say: Say, locale: Locale): Promise<string[]> {
  const written: string[] = [];
  const refuse = (result: LintResult, reason: string): void => {
    result.messages.push({ ruleId: null, severity: 2, line: 1, column: 1, message: say("notWritten", { reason }) });
    result.errorCount += 1;
  };
  for (const result of results) {
    if (result.output === undefined) continue;
    if (result.messages.some((message) => message.fatal)) {
      refuse(result, say("fixDoesNotParse"));
      continue;
    }
    const pending = result.messages.filter((message) => message.fix).map((message) => message.ruleId ?? say("aFix"));
    if (pending.length > 0) {
      refuse(result, say("fixesDoNotSettle", { rules: [...new Set(pending)].join(", ") }));
      continue;
    }
    const linted = fingerprints.get(result.filePath)!;
    const unchanged = async (): Promise<boolean> => {
      const now = await project.readBytes(result.filePath, linted.size);
      return "fingerprint" in now && sameFingerprint(now.fingerprint, linted);
    };
    try {
      await writeFileAtomic(result.filePath, result.output, { unchanged, locale });
      written.push(result.filePath);
    } catch (error) {
      refuse(result, error instanceof WriteRefused ? error.message : say("cannotWrite", { reason: writeErrorReason(error, say) }));
    }
  }
  return written;
}

function writeErrorReason(error: unknown, say: Say): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return say("permissionDenied");
  if (code === "ENOSPC") return say("diskFull");
  if (code === "EROFS") return say("readOnlyFileSystem");
  return code ?? (error instanceof Error ? error.message : String(error));
}
