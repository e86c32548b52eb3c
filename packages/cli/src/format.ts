import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleDocsUrl, toolInformationUri } from "./documentation.js";
import type { ConfigSource } from "@tactful/eslint-plugin/engine";
import type { LintMessage, LintResult, LintRun } from "./lint.js";

export type FormatName = "stylish" | "json" | "sarif" | "github";
export const FORMATS: readonly FormatName[] = ["stylish", "json", "sarif", "github"];

export interface FormatContext {
  cwd: string;
  color: boolean;
  toolVersion: string;
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

function count(results: readonly LintResult[]): { errors: number; warnings: number } {
  return {
    errors: results.reduce((sum, result) => sum + result.errorCount, 0),
    warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** ESLint-style text: one block per file with findings, then a count and what was checked. */
function stylish(run: LintRun, { cwd, color }: FormatContext): string {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const result of run.results) {
    if (result.messages.length === 0) continue;
    lines.push("", paint(4, shown(result.filePath, cwd)));
    const width = result.messages.reduce((widest, message) => Math.max(widest, `${message.line}:${message.column}`.length), 0);
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padEnd(width);
      const level = message.severity === 2 ? paint(31, "error  ") : paint(33, "warning");
      // One line a finding: what and where. The reason and the source follow in JSON, SARIF and the editor.
      lines.push(`  ${paint(2, where)}  ${level}  ${message.message.split("\n")[0]}${message.ruleId ? `  ${paint(2, message.ruleId)}` : ""}`);
    }
  }
  const { errors, warnings } = count(run.results);
  if (errors + warnings > 0) {
    lines.push("", paint(errors > 0 ? 31 : 33, `✖ ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`));
  }
  const byLocale = new Map<string, number>();
  for (const result of run.results) {
    const locale = run.templates.get(result.filePath)?.locale ?? "unknown";
    byLocale.set(locale, (byLocale.get(locale) ?? 0) + 1);
  }
  const locales = [...byLocale].sort().map(([locale, n]) => `${locale} ${n}`).join(", ");
  const clean = run.results.filter((result) => result.messages.length === 0).length;
  const fixed = run.fixed.length > 0 ? `; fixed ${plural(run.fixed.length, "file")}` : "";
  lines.push(`${lines.length > 0 ? "\n" : ""}${plural(run.results.length, "template")} checked${locales ? ` (${locales})` : ""} ${configSummary(run, cwd)}: ${clean} clean${fixed}.`);
  return `${lines.join("\n").replace(/^\n/, "")}\n`;
}

/** The configuration a template was linted with, as the reports name it. */
function configName(config: ConfigSource, cwd: string): string {
  return config.kind === "project" ? shown(config.file, cwd) : BUILT_IN;
}

const BUILT_IN = "built-in recommended";

/** Which configurations applied: "with the config x", or each with its number of templates. */
function configSummary(run: LintRun, cwd: string): string {
  const [only, ...more] = run.configs;
  if (!only) return `with the ${BUILT_IN} config`;
  if (more.length === 0) return only.config.kind === "project" ? `with the config ${configName(only.config, cwd)}` : `with the ${BUILT_IN} config`;
  return `with ${run.configs.length} configurations (${run.configs.map((use) => `${plural(use.templates.length, "template")}: ${configName(use.config, cwd)}`).join("; ")})`;
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
function github(run: LintRun, { cwd }: FormatContext): string {
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
        `title=${escapeProperty(message.ruleId ?? "parsing error")}`,
      ];
      lines.push(`::${message.severity === 2 ? "error" : "warning"} ${properties.join(",")}::${escapeData(message.message)}`);
    }
  }
  const { errors, warnings } = count(run.results);
  lines.push(`${plural(run.results.length, "template")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`);
  return `${lines.join("\n")}\n`;
}

/** A relative path as a URI reference (RFC 3986): each segment percent-encoded, so CJK and spaces are valid. */
function uriReference(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** SARIF 2.1.0, for code scanning: rules with their help and legal source, results with regions in UTF-16 columns. */
function sarif(run: LintRun, { cwd, toolVersion }: FormatContext): string {
  const ruleIds = [...new Set(run.results.flatMap((result) => [...result.messages, ...result.suppressedMessages].map((message) => message.ruleId ?? "parsing-error")))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = run.rules[id];
    const source = info?.source ? `Source: ${info.source}` : "";
    const docs = id.startsWith("tactful/") ? ruleDocsUrl(id.slice("tactful/".length)) : undefined;
    return {
      id,
      name: id.replace(/^tactful\//, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? (id === "parsing-error" ? "The file could not be parsed as a template" : id) },
      fullDescription: { text: [info?.description, source].filter(Boolean).join(". ") || id },
      ...(docs ? { helpUri: docs } : {}),
      help: { text: [info?.description ?? id, source].filter(Boolean).join("\n\n"), markdown: [`**${info?.description ?? id}**`, source, docs ? `[Documentation](${docs})` : ""].filter(Boolean).join("\n\n") },
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
