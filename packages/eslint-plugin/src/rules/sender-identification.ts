// PLACEHOLDER: replaced by the real rule before commit.
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "placeholder" }> = {
  meta: {
    type: "problem",
    docs: { description: "The message identifies its real sender as the policy requires (a 【signature】 in Chinese SMS, the brand or creditor's name elsewhere)", url: docsUrl("sender-identification"), source: "", recommended: "error", group: "disclosure" },
    messages: { placeholder: "placeholder" },
    schema: [],
    languages: ["tactful/template"],
  },
  create() {
    return {};
  },
};

export default rule;
