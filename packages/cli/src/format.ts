import { relative } from "node:path";
import type { LintResult } from "./lint.js";

export type FormatName = "stylish" | "json";
export const FORMATS: readonly FormatName[] = ["stylish", "json"];

/** ESLint-style "stylish" text: one block per file with findings, then a count. */
export function stylish(results: readonly LintResult[], cwd: string, color: boolean): string {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push("", paint(4, relative(cwd, result.filePath)));
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padEnd(width);
      const level = message.severity === 2 ? paint(31, "error  ") : paint(33, "warning");
      lines.push(`  ${paint(2, where)}  ${level}  ${message.message}${message.ruleId ? `  ${paint(2, message.ruleId)}` : ""}`);
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
    lines.push("", paint(errors > 0 ? 31 : 33, summary));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** The results as JSON: file path (relative to cwd), counts and messages. */
export function json(results: readonly LintResult[], cwd: string): string {
  const plain = results.map(({ filePath, messages, errorCount, warningCount, fatalErrorCount }) => ({
    filePath: relative(cwd, filePath),
    messages,
    errorCount,
    warningCount,
    fatalErrorCount,
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
