// PLACEHOLDER: replaced by the real rule before commit.
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "placeholder" }> = {
  meta: {
    type: "problem",
    docs: { description: "Only allow-listed tags, filters and lookups: no calls, computed keys or constructor access that could escape the renderer's sandbox", url: docsUrl("no-unsafe-template-code"), source: "", recommended: "error", group: "structure" },
    messages: { placeholder: "placeholder" },
    schema: [],
    languages: ["tactful/template"],
  },
  create() {
    return {};
  },
};

export default rule;
