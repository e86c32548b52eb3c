import type { Role } from "@tactful/policies";
import { describeRole } from "../util/roles.js";
import type { Catalog } from "@tactful/core";
import { idLocation, localeVariantFindings } from "../library.js";
import { localeOf, reportAtLevel, ruleMessages } from "../util/report.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { libraryMember } from "../util/library-member.js";

const MESSAGES = {
  missingRole: {
    en: "This {{ locale }} variant does not disclose {{ what }} on every path, but its other variants do.\nRole `{{ role }}`; other variants: {{ others }}.",
    "zh-CN": "此 {{ locale }} 版本并非在每条路径上都披露{{ what }}，而其他语言版本都有。\n角色 `{{ role }}`；其他版本：{{ others }}。",
    "zh-TW": "此 {{ locale }} 版本並非在每條路徑上都揭露{{ what }}，而其他語言版本都有。\n角色 `{{ role }}`；其他版本：{{ others }}。",
  },
  missingVariable: {
    en: "This {{ locale }} variant does not take the variable `{{ name }}`, which its other variants take.\nThe sending service sends one data set to every variant. Other variants: {{ others }}.",
    "zh-CN": "此 {{ locale }} 版本缺少其他语言版本都有的变量 `{{ name }}`。\n发送服务向所有版本发送同一组数据。其他版本：{{ others }}。",
    "zh-TW": "此 {{ locale }} 版本缺少其他語言版本都有的變數 `{{ name }}`。\n發送服務會對所有版本傳送同一組資料。其他版本：{{ others }}。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "missingRole" | "missingVariable" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Locale variants of one template (same id and channel) disclose the same facts and take the same variables",
      descriptions: { "zh-CN": "同一模板的各语言版本（id 与渠道相同）披露相同事项，使用相同变量", "zh-TW": "同一範本的各語言版本（id 與管道相同）揭露相同事項，使用相同變數" },
      url: docsUrl("consistent-locale-variants"),
      source: "the disclosures of each variant's policy pack; a translation must carry the same obligations",
      recommended: "error",
      group: "disclosure",
      scope: "library",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const locale = localeOf(context);
    return {
      Template() {
        const member = libraryMember(context);
        if (!member) return;
        for (const finding of localeVariantFindings(member.path, member.document, member.peers)) {
          const role = finding.data["role"] as Role | undefined;
          const data = role ? { ...finding.data, what: describeRole(role, locale) } : finding.data;
          reportAtLevel(context, { loc: idLocation(member.document), messageId: finding.messageId, data }, finding.advisory);
        }
      },
    };
  },
};

export default rule;
