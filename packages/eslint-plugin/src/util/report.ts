import type { RuleContext } from "@eslint/core";
import type { SourceLocation } from "@tactful/core";
import { effectiveSeverity, type Entry, type Severity } from "@tactful/policies";

/**
 * Findings whose policy entry only warns (advisory, or unverified), by file. The
 * `policy-severity` processor reads it after the rules ran and turns those findings into
 * warnings; without the processor (the `strict` config) every finding keeps the rule's level.
 */
const advisory = new Map<string, Set<string>>();

function keyOf(ruleId: string | null, line: number, column: number, messageId: string | undefined): string {
  return `${ruleId ?? ""}|${line}:${column}|${messageId ?? ""}`;
}

export function resetAdvisory(filename: string): void {
  advisory.delete(filename);
}

export function isAdvisory(filename: string, message: { ruleId: string | null; line: number; column: number; messageId?: string }): boolean {
  return advisory.get(filename)?.has(keyOf(message.ruleId, message.line, message.column, message.messageId)) ?? false;
}

type ReportDescriptor = Parameters<RuleContext["report"]>[0] & { loc: SourceLocation; messageId: string };

/**
 * Reports a finding that a policy entry requires, remembering when the entry is advisory.
 * An unverified entry never blocks.
 */
export function reportForEntry(context: RuleContext, descriptor: ReportDescriptor, entry: Pick<Entry, "severity" | "unverified">, fallback: Severity = "block"): void {
  context.report(descriptor);
  if (effectiveSeverity(entry, fallback) === "block") return;
  let keys = advisory.get(context.filename);
  if (!keys) advisory.set(context.filename, (keys = new Set()));
  keys.add(keyOf(context.id, descriptor.loc.start.line, descriptor.loc.start.column, descriptor.messageId));
}
