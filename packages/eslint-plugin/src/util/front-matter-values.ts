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
 * Whether `valid-front-matter` already reports a schema problem overlapping (or within) this range
 * of the front matter (a variable's definition, the sender's name): other rules leave such a part to it.
 */
export function hasSchemaProblemIn(sourceCode: TemplateSourceCode, range: () => Range, how: "overlapping" | "within" = "overlapping"): boolean {
  // The range is asked for only when there is a schema problem: finding it may read the YAML again.
  const problems = sourceCode.document.problems.filter((problem) => problem.code === "schema");
  if (problems.length === 0) return false;
  const [start, end] = range();
  return problems.some((problem) => (how === "within" ? problem.range[0] >= start && problem.range[1] <= end : problem.range[0] < end && problem.range[1] > start));
}
