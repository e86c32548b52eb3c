import type { TemplateRule } from "../util/rule.js";
import { docsUrl } from "../util/rule.js";
import { reportForEntry } from "../util/report.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "yaml" | "schema" | "jurisdiction" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Front matter must be valid YAML and satisfy schemas/template.schema.json, and name a jurisdiction that has a policy pack",
      url: docsUrl("valid-front-matter"),
      source: "schemas/template.schema.json (template format v1)",
      recommended: "error",
      group: "structure",
    },
    messages: {
      yaml: "YAML: {{ message }}",
      schema: "{{ message }}",
      jurisdiction: "{{ message }}",
    },
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    return {
      Template() {
        for (const problem of context.sourceCode.document.problems) {
          if (problem.fatal) continue;
          const messageId = problem.code === "yaml" ? "yaml" : problem.code === "jurisdiction" ? "jurisdiction" : "schema";
          reportForEntry(context, { loc: problem.loc, messageId, data: { message: problem.message } }, { severity: problem.severity === "error" ? "block" : "warn" });
        }
      },
    };
  },
};

export default rule;
