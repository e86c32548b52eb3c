import type { Range } from "@tactful/core";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/** A JSON Pointer from its segments (`pointer("variables", "a/b", 0)` → `/variables/a~1b/0`). */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/gu, "~0").replace(/\//gu, "~1")}`).join("");
}

/** A front-matter value as a message quotes it: JSON, shortened when long. */
export function showValue(value: unknown, max = 60): string {
  const shown = value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether `valid-front-matter` already reports a schema problem inside this range of the front
 * matter (a variable's definition, a persona): other rules leave such a part to it.
 */
export function hasSchemaProblemIn(sourceCode: TemplateSourceCode, range: Range): boolean {
  return sourceCode.document.problems.some((problem) => problem.code === "schema" && problem.range[0] < range[1] && problem.range[1] > range[0]);
}
