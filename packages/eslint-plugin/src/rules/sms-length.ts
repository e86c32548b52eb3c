// PLACEHOLDER: replaced by the real rule before commit.
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "placeholder" }> = {
  meta: {
    type: "problem",
    docs: { description: "An SMS's worst-case rendering fits the segment budget", url: docsUrl("sms-length"), source: "", recommended: "warn", group: "channel" },
    messages: { placeholder: "placeholder" },
    schema: [],
    languages: ["tactful/template"],
  },
  create() {
    return {};
  },
};

export default rule;
