import type { Linter } from "eslint";
import { isAdvisory, resetAdvisory } from "./util/report.js";

/**
 * Lets the policy pack decide each finding's level: a finding from an entry that only warns
 * (advisory or unverified) becomes a warning, whatever the rule's level. Used by the
 * `recommended` config; `strict` leaves it out, so every finding is an error.
 */
export const policySeverity: Linter.Processor = {
  meta: { name: "policy-severity" },
  supportsAutofix: true,
  preprocess(text, filename) {
    resetAdvisory(filename);
    return [text];
  },
  postprocess(messageLists, filename) {
    const messages = messageLists.flat();
    for (const message of messages) {
      if (message.severity === 2 && isAdvisory(filename, message)) message.severity = 1;
    }
    resetAdvisory(filename);
    return messages;
  },
};
