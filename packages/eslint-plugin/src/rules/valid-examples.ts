// PLACEHOLDER: replaced by the real rule before commit.
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "placeholder" }> = {
  meta: {
    type: "problem",
    docs: { description: "Every variable has an example, and every example and persona validates against the variables' schemas", url: docsUrl("valid-examples"), source: "", recommended: "error", group: "structure" },
    messages: { placeholder: "placeholder" },
    schema: [],
    languages: ["tactful/template"],
  },
  create() {
    return {};
  },
};

export default rule;
