import type { SuggestedEdit } from "@eslint/core";
import { problemMessage, type Catalog, type Problem } from "@tactful/core";
import type { TemplateRule } from "../util/rule.js";
import { docsUrl } from "../util/rule.js";
import { insertAfterEntry } from "../util/front-matter-edit.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";
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
  noToneLanguage: {
    en: "Policy pack {{ jurisdiction }} has no language for locale `{{ locale }}`: threats, insults and pressure are not checked.\nIt reads: {{ languages }}.",
    "zh-CN": "政策包 {{ jurisdiction }} 没有适用于 `{{ locale }}` 的语言：不会检查威胁、侮辱和施压。\n可读：{{ languages }}。",
    "zh-TW": "政策包 {{ jurisdiction }} 沒有適用於 `{{ locale }}` 的語言：不會檢查威脅、侮辱和施壓。\n可讀：{{ languages }}。",
  },
} satisfies Catalog;

/** The rule's quick fixes, in every language Tactful speaks. */
export const FIXES = {
  replace: { en: "Change to `{{ replacement }}`", "zh-CN": "改为 `{{ replacement }}`", "zh-TW": "改為 `{{ replacement }}`" },
  addJurisdiction: { en: "Add `jurisdiction: {{ jurisdiction }}`", "zh-CN": "添加 `jurisdiction: {{ jurisdiction }}`", "zh-TW": "新增 `jurisdiction: {{ jurisdiction }}`" },
} as const satisfies Catalog;

type MessageIds = keyof typeof MESSAGES | keyof typeof FIXES;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Front matter must be valid YAML and satisfy schemas/template.schema.json, and name a jurisdiction that has a policy pack",
      descriptions: { "zh-CN": "前言须为有效的 YAML、符合 schemas/template.schema.json，并指明有政策包的司法辖区", "zh-TW": "前言須為有效的 YAML、符合 schemas/template.schema.json，並指明有政策包的司法管轄區" },
      url: docsUrl("valid-front-matter"),
      source: "schemas/template.schema.json (template format v1)",
      recommended: "error",
      group: "structure",
    },
    messages: ruleMessages({ ...MESSAGES, ...FIXES }),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Template() {
        const { document } = sourceCode;
        for (const problem of document.problems) {
          if (problem.fatal) continue;
          const level = { severity: problem.severity === "error" ? "block" : "warn" } as const;
          if (problem.code === "jurisdiction") {
            // Without a pack, no rule of law runs: the finding says so, in the writer's language.
            const { locale, jurisdiction } = document.meta;
            const missing = jurisdiction === undefined;
            const data = missing ? { locale: locale ?? "", packs: document.packs.packs.map((pack) => `${pack.id}: ${pack.locales.join("/")}`).join("; ") } : { jurisdiction, packs: document.packs.jurisdictions.join(", ") };
            // A locale no pack covers by default: the packs for its language are the likely choices.
            reportForEntry(context, { loc: problem.loc, messageId: missing ? "noJurisdiction" : "unknownJurisdiction", data, suggest: missing ? addJurisdiction(sourceCode) : [] }, level);
            continue;
          }
          if (problem.code === "tone-language") {
            reportForEntry(context, { loc: problem.loc, messageId: "noToneLanguage", data: problem.data as Record<string, string> }, level);
            continue;
          }
          const suggest = problem.code === "schema" ? replace(sourceCode, problem) : [];
          reportForEntry(context, { loc: problem.loc, messageId: problem.code === "yaml" ? "yaml" : "schema", data: { message: problemMessage(problem, localeOf(context)) }, suggest }, level);
        }
      },
    };
  },
};

/** The known key or allowed value a misspelt one most likely meant, written with the same quotes. YAML syntax errors get none: a guess there could be wrong. */
function replace(sourceCode: TemplateSourceCode, problem: Problem): Array<SuggestedEdit<MessageIds>> {
  if (problem.replacement === undefined) return [];
  const quote = /^["']/u.exec(sourceCode.text.slice(problem.range[0], problem.range[1]))?.[0] ?? "";
  const text = `${quote}${problem.replacement}${quote}`;
  return [{ messageId: "replace", data: { replacement: problem.replacement }, fix: (fixer) => fixer.replaceTextRange(problem.range, text) }];
}

/** `jurisdiction: <pack>` under `locale`, for each pack that covers a locale of the same language (zh-TW → CN). */
function addJurisdiction(sourceCode: TemplateSourceCode): Array<SuggestedEdit<MessageIds>> {
  const language = languageOf(sourceCode.document.meta.locale ?? "");
  return sourceCode.document.packs.packs
    .filter((pack) => pack.locales.some((locale) => languageOf(locale) === language))
    .flatMap((pack) => {
      const edit = insertAfterEntry(sourceCode, "/locale", `jurisdiction: ${pack.id}`);
      return edit ? [{ messageId: "addJurisdiction" as const, data: { jurisdiction: pack.id }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [];
    });
}

function languageOf(locale: string): string {
  return locale.split(/[-_]/u)[0]!.toLowerCase();
}

export default rule;
