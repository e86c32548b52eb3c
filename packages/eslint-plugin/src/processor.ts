import type { Linter } from "eslint";
import { findingLevel, withoutLocale } from "./util/report.js";

/**
 * A processor that reads the level and the locale each finding carries (see `util/report.ts`)
 * and restores the rule's own messageIds (of the finding and its suggestions). With `honourAdvisory`, a finding from an entry that only warns
 * (advisory or unverified) becomes a warning, whatever the rule's level.
 */
function levelProcessor(name: string, honourAdvisory: boolean): Linter.Processor {
  return {
    meta: { name },
    supportsAutofix: true,
    preprocess: (text) => [text],
    postprocess(messageLists) {
      return messageLists.flat().map((message) => {
        const { messageId, advisory } = findingLevel(message.messageId);
        const suggestions = message.suggestions?.map((suggestion) => (suggestion.messageId ? { ...suggestion, messageId: withoutLocale(suggestion.messageId) } : suggestion));
        return {
          ...message,
          ...(messageId ? { messageId: withoutLocale(messageId) } : {}),
          ...(suggestions ? { suggestions } : {}),
          severity: honourAdvisory && advisory && message.severity === 2 ? 1 : message.severity,
        };
      });
    },
  };
}

/** The `recommended` config's: the policy pack decides each finding's level. */
export const policySeverity = levelProcessor("policy-severity", true);

/** The `strict` config's: every finding keeps the rule's level. */
export const strictSeverity = levelProcessor("strict-severity", false);
