import { relative, sep } from "node:path";
import { waiversIn } from "@tactful/eslint-plugin";
import type { LintRun } from "./lint.js";

export interface Waiver {
  file: string;
  line: number;
  directive: string;
  rules: string[];
  reason: string;
  /** Findings this directive suppressed in this run. */
  suppressed: number;
}

/** Every suppression directive in the linted templates: the waiver register. */
export function waivers(run: LintRun, cwd: string): Waiver[] {
  return run.results.flatMap((result) => {
    const file = relative(cwd, result.filePath).split(sep).join("/");
    return waiversIn(run.templates.get(result.filePath)?.comments ?? [], result.suppressedMessages).map((waiver) => ({ file, ...waiver }));
  });
}

export function formatWaivers(register: readonly Waiver[], asJson: boolean): string {
  if (asJson) return `${JSON.stringify(register, null, 2)}\n`;
  if (register.length === 0) return "No suppressions.\n";
  const lines = register.map(
    (waiver) =>
      `${waiver.file}:${waiver.line}  ${waiver.directive} ${waiver.rules.join(", ") || "(all rules)"}  — ${waiver.reason || "NO REASON (not honoured)"}  [suppressed ${waiver.suppressed}]`,
  );
  return `${lines.join("\n")}\n${register.length} suppression${register.length === 1 ? "" : "s"}.\n`;
}
