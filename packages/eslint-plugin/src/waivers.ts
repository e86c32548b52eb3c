import type { ESLint } from "eslint";
import type { CommentNode } from "@tactful/core";
import { directiveRefusal, parseDirective, type DirectiveRefusal } from "./language/directives.js";

/** A suppression directive of one template: an entry of the waiver register. */
export interface TemplateWaiver {
  line: number;
  /** As written: `tactful-disable-next-line`. */
  directive: string;
  /** Empty for an `enable` of every rule, or a directive that names none (which is not honoured). */
  rules: string[];
  /** Empty when the writer gave none: such a waiver is not honoured. */
  reason: string;
  /** Why the directive is not honoured (it names no rule, gives no reason…), or null when it is. */
  refused: DirectiveRefusal | null;
  /** Findings this directive suppressed in the lint that produced `suppressedMessages`. */
  suppressed: number;
}

/** Every suppression directive among a template's comments, with how many findings of its lint each suppressed. */
export function waiversIn(comments: readonly CommentNode[], suppressedMessages: ESLint.LintResult["suppressedMessages"]): TemplateWaiver[] {
  return comments.flatMap((comment) => {
    const directive = parseDirective(comment);
    if (!directive) return [];
    const refused = directiveRefusal(directive);
    // A directive that is not applied suppressed nothing, whatever another with its reason did.
    const suppressed = refused
      ? 0
      : suppressedMessages.filter(
          (message) =>
            directive.rules.includes(message.ruleId ?? "") &&
            message.suppressions.some((suppression) => suppression.kind === "directive" && suppression.justification === directive.reason),
        ).length;
    return [{ line: comment.loc.start.line, directive: directive.label, rules: directive.rules, reason: directive.reason, refused, suppressed }];
  });
}
