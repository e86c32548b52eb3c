import type { ESLint } from "eslint";
import type { CommentNode } from "@tactful/core";
import { parseDirective } from "./language/directives.js";

/** A suppression directive of one template: an entry of the waiver register. */
export interface TemplateWaiver {
  line: number;
  /** As written: `tactful-disable-next-line`. */
  directive: string;
  rules: string[];
  /** Empty when the writer gave none: such a waiver is not honoured. */
  reason: string;
  /** Findings this directive suppressed in the lint that produced `suppressedMessages`. */
  suppressed: number;
}

/** Every suppression directive among a template's comments, with how many findings of its lint each suppressed. */
export function waiversIn(comments: readonly CommentNode[], suppressedMessages: ESLint.LintResult["suppressedMessages"]): TemplateWaiver[] {
  return comments.flatMap((comment) => {
    const directive = parseDirective(comment);
    if (!directive) return [];
    const suppressed = suppressedMessages.filter(
      (message) =>
        (directive.rules.length === 0 || directive.rules.includes(message.ruleId ?? "")) &&
        message.suppressions.some((suppression) => suppression.kind === "directive" && suppression.justification === directive.reason),
    ).length;
    return [{ line: comment.loc.start.line, directive: directive.label, rules: directive.rules, reason: directive.reason, suppressed }];
  });
}
