import type { Linter } from "eslint";
import { findingLevel } from "./util/report.js";

/**
 * A processor that reads the level each finding carries (see `util/report.ts`) and restores
 * the rule's own messageId. With `honourAdvisory`, a finding from an entry that only warns
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
        if (!advisory) return message;
        return { ...message, messageId, severity: honourAdvisory && message.severity === 2 ? 1 : message.severity };
      });
    },
  };
}

/** The `recommended` config's: the policy pack decides each finding's level. */
export const policySeverity = levelProcessor("policy-severity", true);

/** The `strict` config's: every finding keeps the rule's level. */
export const strictSeverity = levelProcessor("strict-severity", false);
