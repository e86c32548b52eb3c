import { Linter } from "eslint";
import plugin from "@tactful/eslint-plugin";
import { expect } from "vitest";
import { INTERNAL_FAILURE } from "./fuzz.js";

/** Lints text as ESLint does for a file of that name, with a config of the plugin. */
export const linter = new Linter({ configType: "flat" });

export type ConfigName = "recommended" | "strict";

export function lint(text: string, filename: string, config: ConfigName): Linter.LintMessage[] {
  return linter.verify(text, [plugin.configs[config]], { filename });
}

/** The text ESLint positions messages and fixes on: a BOM is not part of it. */
export function eslintText(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/u).map((line) => line.length);
}

function splitsUnit(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair || (text[offset - 1] === "\r" && text[offset] === "\n");
}

function checkRange(text: string, range: readonly [number, number], what: string): void {
  const [start, end] = range;
  expect(Number.isInteger(start) && Number.isInteger(end), what).toBe(true);
  expect(start, what).toBeGreaterThanOrEqual(0);
  expect(end, what).toBeGreaterThanOrEqual(start);
  expect(end, what).toBeLessThanOrEqual(text.length);
  // An edit that starts or ends inside a surrogate pair or a CRLF corrupts the text around it.
  expect(splitsUnit(text, start) || splitsUnit(text, end), `${what} splits a character or a line break`).toBe(false);
}

function lineBreaks(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/gu) ?? []);
}

/**
 * What a caller of the linter relies on, whatever the file: every position is inside the
 * text, every fix and suggestion edits a range of it without splitting a character or a CRLF,
 * and an edit that adds line breaks uses the file's own.
 */
export function checkMessages(text: string, messages: readonly Linter.LintMessage[]): void {
  const content = eslintText(text);
  const lengths = lineLengths(content);
  const fileBreaks = lineBreaks(content);
  const inside = (line: number, column: number, what: string): void => {
    expect(line, what).toBeGreaterThanOrEqual(1);
    expect(line, what).toBeLessThanOrEqual(lengths.length);
    expect(column, what).toBeGreaterThanOrEqual(1);
    expect(column, what).toBeLessThanOrEqual(lengths[line - 1]! + 1);
  };
  for (const message of messages) {
    const what = `${message.ruleId ?? "parse"}: ${message.message}`;
    expect(message.message.length, what).toBeGreaterThan(0);
    expect(message.message, `${what}: an internal error passed on as a finding`).not.toMatch(INTERNAL_FAILURE);
    inside(message.line, message.column, `${what} (start)`);
    if (message.endLine !== undefined) {
      inside(message.endLine, message.endColumn ?? 1, `${what} (end)`);
      expect(message.endLine > message.line || (message.endLine === message.line && (message.endColumn ?? 1) >= message.column), `${what} ends before it starts`).toBe(true);
    }
    const edits = [...(message.fix ? [{ edit: message.fix, kind: "fix" }] : []), ...(message.suggestions ?? []).map((suggestion) => ({ edit: suggestion.fix, kind: `suggestion "${suggestion.desc}"` }))];
    for (const { edit, kind } of edits) {
      checkRange(content, edit.range, `${what}: ${kind}`);
      if (fileBreaks.size === 1) {
        for (const added of lineBreaks(edit.text)) expect(fileBreaks.has(added), `${what}: ${kind} adds ${JSON.stringify(added)} to a file whose line breaks are ${JSON.stringify([...fileBreaks][0])}`).toBe(true);
      }
    }
  }
}

export function isFatal(messages: readonly Linter.LintMessage[]): boolean {
  return messages.some((message) => message.fatal === true);
}

/**
 * Fixing is safe: the fixes settle (ESLint stops after 10 passes; fixes left over then would
 * go round for ever), a fixed file needs no further fix, and a file that parsed still parses.
 */
export function checkFixes(text: string, filename: string, config: ConfigName): void {
  const fixed = linter.verifyAndFix(text, [plugin.configs[config]], { filename });
  const unsettled = fixed.messages.filter((message) => message.fix);
  expect(unsettled.map((message) => message.ruleId), "fixes still pending after 10 passes: they do not settle").toEqual([]);
  // Rules only run, and so only fix, on a file that parses.
  if (!fixed.fixed) return;
  expect(fixed.output.startsWith("\uFEFF"), "the BOM is kept").toBe(text.startsWith("\uFEFF"));
  expect(isFatal(fixed.messages), `the fixed text no longer parses: ${fixed.messages.find((message) => message.fatal)?.message}`).toBe(false);
  checkMessages(fixed.output, fixed.messages);
  const again = linter.verifyAndFix(fixed.output, [plugin.configs[config]], { filename });
  expect(again.fixed ? again.output : fixed.output, "fixing a fixed file changes it again").toBe(fixed.output);
}
