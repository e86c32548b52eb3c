import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { translator, type Catalog, type Locale, type MessageData } from "@tactful/core";
import { ruleDocsUrl, toolInformationUri } from "./documentation.js";
import { ruleDescription } from "@tactful/eslint-plugin";
import type { ConfigSource } from "@tactful/eslint-plugin/engine";
import { skippedLines, type LintMessage, type LintResult, type LintRun } from "./lint.js";

export type FormatName = "stylish" | "json" | "sarif" | "github";
export const FORMATS: readonly FormatName[] = ["stylish", "json", "sarif", "github"];

export interface FormatContext {
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** The language of the reports' own words (the findings come in their own); English by default. */
  locale?: Locale;
}

/** The reports' own words, by id. A count has a form for one (`…One`) and for any other number (`…Other`). */
export const FORMAT_MESSAGES = {
  error: { en: "error", "zh-CN": "错误", "zh-TW": "錯誤" },
  warning: { en: "warning", "zh-CN": "警告", "zh-TW": "警告" },
  problemsOne: { en: "{count} problem", "zh-CN": "{count} 个问题", "zh-TW": "{count} 個問題" },
  problemsOther: { en: "{count} problems", "zh-CN": "{count} 个问题", "zh-TW": "{count} 個問題" },
  errorsOne: { en: "{count} error", "zh-CN": "{count} 个错误", "zh-TW": "{count} 個錯誤" },
  errorsOther: { en: "{count} errors", "zh-CN": "{count} 个错误", "zh-TW": "{count} 個錯誤" },
  warningsOne: { en: "{count} warning", "zh-CN": "{count} 个警告", "zh-TW": "{count} 個警告" },
  warningsOther: { en: "{count} warnings", "zh-CN": "{count} 个警告", "zh-TW": "{count} 個警告" },
  templatesOne: { en: "{count} template", "zh-CN": "{count} 个模板", "zh-TW": "{count} 個範本" },
  templatesOther: { en: "{count} templates", "zh-CN": "{count} 个模板", "zh-TW": "{count} 個範本" },
  filesOne: { en: "{count} file", "zh-CN": "{count} 个文件", "zh-TW": "{count} 個檔案" },
  filesOther: { en: "{count} files", "zh-CN": "{count} 个文件", "zh-TW": "{count} 個檔案" },
  problemsLine: { en: "✖ {problems} ({errors}, {warnings})", "zh-CN": "✖ {problems}（{errors}，{warnings}）", "zh-TW": "✖ {problems}（{errors}，{warnings}）" },
  checked: { en: "{templates} checked{locales} {config}: {clean} clean{fixed}.", "zh-CN": "已检查 {templates}{locales}，{config}：{clean} 个无问题{fixed}。", "zh-TW": "已檢查 {templates}{locales}，{config}：{clean} 個無問題{fixed}。" },
  unknownLocale: { en: "unknown", "zh-CN": "未知", "zh-TW": "未知" },
  locales: { en: " ({locales})", "zh-CN": "（{locales}）", "zh-TW": "（{locales}）" },
  fixed: { en: "; fixed {files}", "zh-CN": "；已修复 {files}", "zh-TW": "；已修正 {files}" },
  relaxed: {
    en: "{config} turns off or lowers {count} rules that recommended makes errors, for {templates}: {rules}.",
    "zh-CN": "{config} 关闭或降低了 {count} 条在推荐配置中为错误级别的规则，涉及{templates}：{rules}。",
    "zh-TW": "{config} 關閉或降低了 {count} 條在建議設定中為錯誤層級的規則，涉及{templates}：{rules}。",
  },
  builtInConfig: { en: "with the built-in recommended config", "zh-CN": "使用内置推荐配置", "zh-TW": "使用內建建議設定" },
  projectConfig: { en: "with the config {file}", "zh-CN": "使用配置 {file}", "zh-TW": "使用設定 {file}" },
  configs: { en: "with {count} configurations ({uses})", "zh-CN": "使用 {count} 个配置（{uses}）", "zh-TW": "使用 {count} 個設定（{uses}）" },
  configUse: { en: "{templates}: {config}", "zh-CN": "{templates}：{config}", "zh-TW": "{templates}：{config}" },
  separator: { en: "; ", "zh-CN": "；", "zh-TW": "；" },
  builtIn: { en: "built-in recommended", "zh-CN": "内置推荐", "zh-TW": "內建建議" },
  githubChecked: { en: "{templates} checked: {errors}, {warnings}.", "zh-CN": "已检查 {templates}：{errors}，{warnings}。", "zh-TW": "已檢查 {templates}：{errors}，{warnings}。" },
  parsingError: { en: "parsing error", "zh-CN": "解析错误", "zh-TW": "解析錯誤" },
  notParsed: { en: "The file could not be parsed as a template", "zh-CN": "无法将文件解析为模板", "zh-TW": "無法將檔案解析為範本" },
  source: { en: "Source: {source}", "zh-CN": "依据：{source}", "zh-TW": "依據：{source}" },
  documentation: { en: "Documentation", "zh-CN": "说明文档", "zh-TW": "說明文件" },
} as const satisfies Catalog;

type FormatMessageId = keyof typeof FORMAT_MESSAGES;
type Say = (id: FormatMessageId, data?: MessageData) => string;
type Counted = "problems" | "errors" | "warnings" | "templates" | "files";

/** The words of the reports in a locale, and a count with its noun. */
export function formatWords(locale: Locale = "en"): { say: Say; count: (n: number, noun: Counted) => string } {
  const say = translator(FORMAT_MESSAGES, locale);
  return { say, count: (n, noun) => say(`${noun}${n === 1 ? "One" : "Other"}`, { count: n }) };
}

export function format(name: FormatName, run: LintRun, context: FormatContext): string {
  switch (name) {
    case "json":
      return json(run, context);
    case "sarif":
      return sarif(run, context);
    case "github":
      return github(run, context);
    default:
      return stylish(run, context);
  }
}

/** A file path as shown to people and CI: relative to the working directory, with forward slashes. */
function shown(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join("/");
}

function totals(results: readonly LintResult[]): { errors: number; warnings: number } {
  return {
    errors: results.reduce((sum, result) => sum + result.errorCount, 0),
    warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/** ESLint-style text: one block per file with findings, then a count and what was checked. */
function stylish(run: LintRun, { cwd, color, locale }: FormatContext): string {
  const { say, count } = formatWords(locale);
  const levelWidth = Math.max(say("error").length, say("warning").length);
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const result of run.results) {
    if (result.messages.length === 0) continue;
    lines.push("", paint(4, shown(result.filePath, cwd)));
    const width = result.messages.reduce((widest, message) => Math.max(widest, `${message.line}:${message.column}`.length), 0);
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padEnd(width);
      const level = message.severity === 2 ? paint(31, say("error").padEnd(levelWidth)) : paint(33, say("warning").padEnd(levelWidth));
      // One line a finding: what and where. The reason and the source follow in JSON, SARIF and the editor.
      lines.push(`  ${paint(2, where)}  ${level}  ${message.message.split("\n")[0]}${message.ruleId ? `  ${paint(2, message.ruleId)}` : ""}`);
    }
  }
  const { errors, warnings } = totals(run.results);
  if (errors + warnings > 0) {
    lines.push("", paint(errors > 0 ? 31 : 33, say("problemsLine", { problems: count(errors + warnings, "problems"), errors: count(errors, "errors"), warnings: count(warnings, "warnings") })));
  }
  const byLocale = new Map<string, number>();
  for (const result of run.results) {
    const templateLocale = run.templates.get(result.filePath)?.locale ?? say("unknownLocale");
    byLocale.set(templateLocale, (byLocale.get(templateLocale) ?? 0) + 1);
  }
  const locales = [...byLocale].sort().map(([locale, n]) => `${locale} ${n}`).join(", ");
  const clean = run.results.filter((result) => result.messages.length === 0).length;
  const fixed = run.fixed.length > 0 ? say("fixed", { files: count(run.fixed.length, "files") }) : "";
  const checked = say("checked", { templates: count(run.results.length, "templates"), locales: locales ? say("locales", { locales }) : "", config: configSummary(run, cwd, say, count), clean, fixed });
  lines.push(`${lines.length > 0 ? "\n" : ""}${checked}`);
  // Templates the configuration ignores were not checked: counted apart, on every run.
  for (const line of skippedLines(run, cwd, locale ?? "en")) lines.push(paint(33, line));
  // A template that passes because its configuration turned a blocking rule off is said to, every run.
  for (const use of run.configs) {
    if (use.relaxed.length === 0) continue;
    lines.push(paint(33, say("relaxed", { config: configName(use.config, cwd), count: use.relaxed.length, templates: count(use.relaxedTemplates.length, "templates"), rules: use.relaxed.join(", ") })));
  }
  return `${lines.join("\n").replace(/^\n/, "")}\n`;
}

/** The configuration a template was linted with, as the reports name it (`builtIn` in the locale's words, for people). */
function configName(config: ConfigSource, cwd: string, builtIn = BUILT_IN): string {
  return config.kind === "project" ? shown(config.file, cwd) : builtIn;
}

const BUILT_IN = "built-in recommended";

/** Which configurations applied: "with the config x", or each with its number of templates. */
function configSummary(run: LintRun, cwd: string, say: Say, count: (n: number, noun: Counted) => string): string {
  const [only, ...more] = run.configs;
  if (!only || (more.length === 0 && only.config.kind !== "project")) return say("builtInConfig");
  if (more.length === 0) return say("projectConfig", { file: configName(only.config, cwd) });
  const uses = run.configs.map((use) => say("configUse", { templates: count(use.templates.length, "templates"), config: configName(use.config, cwd, say("builtIn")) }));
  return say("configs", { count: run.configs.length, uses: uses.join(say("separator")) });
}

/** The configuration of each template, by absolute path. */
function configOf(run: LintRun): Map<string, ConfigSource> {
  return new Map(run.configs.flatMap((use) => use.templates.map((file) => [file, use.config] as const)));
}

/**
 * JSON, stable: an array with one object per file — `filePath` (relative, forward slashes),
 * `messages` and `suppressedMessages` (each `ruleId`, `severity` 1|2, `message`, `line`,
 * `column`, `endLine`, `endColumn`, and `fix`/`suggestions` when there are), and the counts.
 */
function json(run: LintRun, { cwd }: FormatContext): string {
  const configs = configOf(run);
  const plain = run.results.map((result) => ({
    filePath: shown(result.filePath, cwd),
    config: configName(configs.get(result.filePath) ?? { kind: "built-in" }, cwd),
    messages: result.messages.map(messageJson),
    suppressedMessages: result.suppressedMessages.map((message) => ({ ...messageJson(message), suppressions: message.suppressions })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fatalErrorCount: result.fatalErrorCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}

function messageJson(message: LintMessage): Record<string, unknown> {
  const { ruleId, severity, message: text, line, column, endLine, endColumn, fix, suggestions, fatal } = message;
  return Object.fromEntries(
    Object.entries({ ruleId, severity, message: text, line, column, endLine, endColumn, fatal, fix, suggestions }).filter(([, value]) => value !== undefined),
  );
}

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
 * Values are escaped as the runner expects (`%`, CR and LF; in properties also `:` and `,`).
 * GitHub takes columns only for a one-line range, so a finding over several lines is annotated
 * at its start.
 */
function github(run: LintRun, { cwd, locale }: FormatContext): string {
  const { say, count } = formatWords(locale);
  const escapeData = (text: string): string => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const lines: string[] = [];
  for (const result of run.results) {
    for (const message of result.messages) {
      const oneLine = message.endLine === undefined || message.endLine === message.line;
      const properties = [
        `file=${escapeProperty(shown(result.filePath, cwd))}`,
        `line=${message.line}`,
        `col=${message.column}`,
        ...(oneLine && message.endLine !== undefined ? [`endLine=${message.endLine}`] : []),
        ...(oneLine && message.endColumn !== undefined ? [`endColumn=${message.endColumn}`] : []),
        `title=${escapeProperty(message.ruleId ?? say("parsingError"))}`,
      ];
      lines.push(`::${message.severity === 2 ? "error" : "warning"} ${properties.join(",")}::${escapeData(message.message)}`);
    }
  }
  const { errors, warnings } = totals(run.results);
  lines.push(say("githubChecked", { templates: count(run.results.length, "templates"), errors: count(errors, "errors"), warnings: count(warnings, "warnings") }));
  lines.push(...skippedLines(run, cwd, locale ?? "en"));
  return `${lines.join("\n")}\n`;
}

/** A relative path as a URI reference (RFC 3986): each segment percent-encoded, so CJK and spaces are valid. */
function uriReference(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** SARIF 2.1.0, for code scanning: rules with their help and legal source, results with regions in UTF-16 columns. */
function sarif(run: LintRun, { cwd, toolVersion, locale }: FormatContext): string {
  const { say } = formatWords(locale);
  const ruleIds = [...new Set(run.results.flatMap((result) => [...result.messages, ...result.suppressedMessages].map((message) => message.ruleId ?? "parsing-error")))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = run.rules[id];
    const description = ruleDescription(info, locale ?? "en");
    const source = info?.source ? say("source", { source: info.source }) : "";
    const docs = id.startsWith("tactful/") ? ruleDocsUrl(id.slice("tactful/".length)) : undefined;
    return {
      id,
      name: id.replace(/^tactful\//, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: description ?? (id === "parsing-error" ? say("notParsed") : id) },
      fullDescription: { text: [description, source].filter(Boolean).join(". ") || id },
      ...(docs ? { helpUri: docs } : {}),
      help: { text: [description ?? id, source].filter(Boolean).join("\n\n"), markdown: [`**${description ?? id}**`, source, docs ? `[${say("documentation")}](${docs})` : ""].filter(Boolean).join("\n\n") },
      defaultConfiguration: { level: info?.recommended === "warn" ? "warning" : "error" },
      properties: { ...(info?.source ? { legalSource: info.source } : {}), ...(info?.group ? { tags: [info.group] } : {}) },
    };
  });
  const result = (file: string, message: LintMessage, suppressed: boolean): Record<string, unknown> => {
    const ruleId = message.ruleId ?? "parsing-error";
    return {
      ruleId,
      ruleIndex: index.get(ruleId),
      level: message.severity === 2 ? "error" : "warning",
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriReference(shown(file, cwd)), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: message.line,
              startColumn: message.column,
              ...(message.endLine ? { endLine: message.endLine } : {}),
              ...(message.endColumn ? { endColumn: message.endColumn } : {}),
            },
          },
        },
      ],
      ...(suppressed
        ? { suppressions: ((message as { suppressions?: Array<{ justification?: string }> }).suppressions ?? [{}]).map((item) => ({ kind: "inSource", ...(item.justification ? { justification: item.justification } : {}) })) }
        : {}),
    };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "tactful", semanticVersion: toolVersion, version: toolVersion, informationUri: toolInformationUri, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, "/")}` } },
        columnKind: "utf16CodeUnits",
        results: run.results.flatMap((entry) => [
          ...entry.messages.map((message) => result(entry.filePath, message, false)),
          ...entry.suppressedMessages.map((message) => result(entry.filePath, message, true)),
        ]),
        invocations: [{ executionSuccessful: true, properties: { configurations: run.configs.map((use) => ({ config: configName(use.config, cwd), templates: use.templates.length })) } }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
