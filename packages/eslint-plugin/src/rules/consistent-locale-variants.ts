import { idLocation, localeVariantFindings } from "../library.js";
import { reportAtLevel } from "../util/report.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { libraryMember } from "../util/library-member.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "missingRole" | "missingVariable" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Locale variants of one template (same id and channel) disclose the same facts and take the same variables",
      url: docsUrl("consistent-locale-variants"),
      source: "the disclosures of each variant's policy pack; a translation must carry the same obligations",
      recommended: "error",
      group: "disclosure",
      scope: "library",
    },
    messages: {
      missingRole: "This {{ locale }} variant does not disclose {{ what }} (role `{{ role }}`) on every path, but its other variants do: {{ others }}.",
      missingVariable: "This {{ locale }} variant does not take the variable `{{ name }}`, which its other variants take: {{ others }}. The sending service sends one data set to every variant.",
    },
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    return {
      Template() {
        const member = libraryMember(context);
        if (!member) return;
        for (const finding of localeVariantFindings(member.path, member.document, member.peers)) {
          reportAtLevel(context, { loc: idLocation(member.document), messageId: finding.messageId, data: finding.data }, finding.advisory);
        }
      },
    };
  },
};

export default rule;
