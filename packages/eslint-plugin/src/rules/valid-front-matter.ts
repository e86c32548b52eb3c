import { packs } from "@tactful/policies";
import type { Catalog } from "@tactful/core";
import type { TemplateRule } from "../util/rule.js";
import { docsUrl } from "../util/rule.js";
import { reportForEntry, ruleMessages } from "../util/report.js";

const MESSAGES = {
  yaml: { en: "YAML: {{ message }}", "zh-CN": "YAML 语法错误：{{ message }}", "zh-TW": "YAML 語法錯誤：{{ message }}" },
  schema: { en: "{{ message }}", "zh-CN": "头部信息不符合模板格式：{{ message }}", "zh-TW": "開頭資訊不符合範本格式：{{ message }}" },
  unknownJurisdiction: {
    en: "There is no policy pack for jurisdiction `{{ jurisdiction }}`: no rule of law is checked.\nPacks: {{ packs }}.",
    "zh-CN": "没有适用于司法辖区 `{{ jurisdiction }}` 的政策包：不会检查任何法规要求。\n可用的政策包：{{ packs }}。",
    "zh-TW": "沒有適用於管轄區域 `{{ jurisdiction }}` 的政策包：不會檢查任何法規要求。\n可用的政策包：{{ packs }}。",
  },
  noJurisdiction: {
    en: "No policy pack covers locale `{{ locale }}`: tone and disclosure rules are not checked until `jurisdiction` is set.\nDefaults: {{ packs }}.",
    "zh-CN": "没有政策包默认适用于 `{{ locale }}`：设置 `jurisdiction` 之前，不会检查语气和披露规则。\n默认对应：{{ packs }}。",
    "zh-TW": "沒有政策包預設適用於 `{{ locale }}`：設定 `jurisdiction` 之前，不會檢查語氣和揭露規則。\n預設對應：{{ packs }}。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "yaml" | "schema" | "unknownJurisdiction" | "noJurisdiction" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Front matter must be valid YAML and satisfy schemas/template.schema.json, and name a jurisdiction that has a policy pack",
      url: docsUrl("valid-front-matter"),
      source: "schemas/template.schema.json (template format v1)",
      recommended: "error",
      group: "structure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    return {
      Template() {
        for (const problem of context.sourceCode.document.problems) {
          if (problem.fatal) continue;
          const level = { severity: problem.severity === "error" ? "block" : "warn" } as const;
          if (problem.code === "jurisdiction") {
            // Without a pack, no rule of law runs: the finding says so, in the writer's language.
            const { locale, jurisdiction } = context.sourceCode.document.meta;
            const data = jurisdiction === undefined ? { locale: locale ?? "", packs: packs.map((pack) => `${pack.id}: ${pack.locales.join("/")}`).join("; ") } : { jurisdiction, packs: packs.map((pack) => pack.id).join(", ") };
            reportForEntry(context, { loc: problem.loc, messageId: jurisdiction === undefined ? "noJurisdiction" : "unknownJurisdiction", data }, level);
            continue;
          }
          reportForEntry(context, { loc: problem.loc, messageId: problem.code === "yaml" ? "yaml" : "schema", data: { message: problem.message } }, level);
        }
      },
    };
  },
};

export default rule;
