import { readdirSync } from "node:fs";
import { join } from "node:path";

/** A finding a fixture says it must produce. `parsing-error` stands for a fatal parse error (ESLint's null rule id). */
export interface Expectation {
  ruleId: string;
  line: number;
  column?: number;
}

const ANNOTATION = /\bexpect:\s*([a-z][a-z0-9-]*)\s+(\d+)(?::(\d+))?/g;

/** The annotations of a fixture, found by scanning its raw text (so they work in broken files too). */
export function expectationsOf(text: string): Expectation[] {
  return [...text.matchAll(ANNOTATION)].map(([, ruleId, line, column]) => ({
    ruleId: ruleId!,
    line: Number(line),
    ...(column ? { column: Number(column) } : {}),
  }));
}

export interface Finding {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

/**
 * Pairs findings with expectations: each expectation needs its own finding with the same rule
 * and line (and column when given). Returns what is missing and what is extra, as text.
 */
export function compareFindings(expected: readonly Expectation[], findings: readonly Finding[]): { missing: string[]; extra: string[] } {
  const left = findings.map((finding) => ({ ...finding, ruleId: finding.ruleId ?? "parsing-error" }));
  const missing: string[] = [];
  for (const expectation of expected) {
    const index = left.findIndex(
      (finding) => finding.ruleId === expectation.ruleId && finding.line === expectation.line && (expectation.column === undefined || finding.column === expectation.column),
    );
    if (index === -1) missing.push(`${expectation.ruleId} ${expectation.line}${expectation.column ? `:${expectation.column}` : ""}`);
    else left.splice(index, 1);
  }
  return { missing, extra: left.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`) };
}

/** Every template file below a directory, relative paths sorted. */
export function templateFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".msg.njk"))
    .sort()
    .map((file) => join(directory, file));
}
