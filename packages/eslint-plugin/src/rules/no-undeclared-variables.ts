import type { SuggestedEdit } from "@eslint/core";
import { closest } from "@tactful/core";
import { declareVariableEdit } from "../util/front-matter-edit.js";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "undeclared" | "rename" | "declare" }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Every variable the body, subject or title uses must be declared in `variables`, with a schema the data is validated against",
      url: docsUrl("no-undeclared-variables"),
      source: "template format v1: the variables' JSON Schemas are the data contract",
      recommended: "error",
      group: "structure",
    },
    messages: {
      undeclared: "`{{ name }}` is not declared in `variables`: its data would not be validated and a missing value would render as nothing.",
      rename: "Use the declared variable `{{ name }}`.",
      declare: "Declare `{{ name }}` in `variables`.",
    },
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { document } = context.sourceCode;
    return {
      Template() {
        if (!frontMatterUsable(context.sourceCode)) return;
        const declared = [...document.variables.keys()];
        for (const reference of document.references) {
          if (document.variables.has(reference.name)) continue;
          const suggest: Array<SuggestedEdit<"rename" | "declare">> = [];
          const guess = closest(reference.name, declared);
          if (guess) suggest.push({ messageId: "rename", data: { name: guess }, fix: (fixer) => fixer.replaceText(reference.node, guess) });
          const edit = declareVariableEdit(context.sourceCode, reference.name);
          if (edit) suggest.push({ messageId: "declare", data: { name: reference.name }, fix: (fixer) => fixer.insertTextBeforeRange([edit.at, edit.at], edit.text) });
          context.report({ node: reference.node, messageId: "undeclared", data: { name: reference.name }, suggest });
        }
      },
    };
  },
};

export default rule;
