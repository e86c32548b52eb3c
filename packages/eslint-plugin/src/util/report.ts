import type { RuleContext } from "@eslint/core";
import type { SourceLocation } from "@tactful/core";
import { effectiveSeverity, type Entry, type Severity } from "@tactful/policies";

/**
 * The level of a finding travels in the finding itself: a finding whose policy entry only
 * warns (advisory, or unverified) is reported with its messageId plus this marker. The level
 * processors read the marker after the rules ran and remove it; nothing is remembered between
 * findings, so two findings at one position keep their own levels, also from ESLint's cache.
 */
const ADVISORY = ":advisory";

type Messages = Record<string, string>;

/** A rule's messages with the advisory variant of each, so ESLint accepts the marked messageIds. */
export function withAdvisoryMessages<M extends Messages>(messages: M): M {
  const variants = Object.fromEntries(Object.entries(messages).filter(([id]) => !id.endsWith(ADVISORY)).map(([id, text]) => [`${id}${ADVISORY}`, text]));
  return { ...messages, ...variants };
}

/** The messageId as the rule named it, and whether the finding only warns. */
export function findingLevel(messageId: string | undefined): { messageId: string | undefined; advisory: boolean } {
  if (messageId?.endsWith(ADVISORY)) return { messageId: messageId.slice(0, -ADVISORY.length), advisory: true };
  return { messageId, advisory: false };
}

type ReportDescriptor = Parameters<RuleContext["report"]>[0] & { loc: SourceLocation; messageId: string };

/** Reports a finding that a policy entry requires, marked advisory when the entry only warns. An unverified entry never blocks. */
export function reportForEntry(context: RuleContext, descriptor: ReportDescriptor, entry: Pick<Entry, "severity" | "unverified">, fallback: Severity = "block"): void {
  reportAtLevel(context, descriptor, effectiveSeverity(entry, fallback) !== "block");
}

/** Reports a finding, marked advisory when it only warns under the `recommended` config. */
export function reportAtLevel(context: RuleContext, descriptor: ReportDescriptor, advisory: boolean): void {
  context.report(advisory ? { ...descriptor, messageId: `${descriptor.messageId}${ADVISORY}` } : descriptor);
}
