// PLACEHOLDER: replaced by the real rule before commit.
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "placeholder" }> = {
  meta: {
    type: "problem",
    docs: { description: "Service messages do not carry the marketing refusal keyword that blocks every later message from the signature", url: docsUrl("no-marketing-opt-out-in-service"), source: "", recommended: "warn", group: "opt-out" },
    messages: { placeholder: "placeholder" },
    schema: [],
    languages: ["tactful/template"],
  },
  create() {
    return {};
  },
};

export default rule;
