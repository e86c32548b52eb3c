import type { SuggestedEdit } from "@eslint/core";
import type { Catalog, Problem } from "@tactful/core";
import { packs } from "@tactful/policies";
import type { TemplateRule } from "../util/rule.js";
import { docsUrl } from "../util/rule.js";
import { insertAfterEntryEdit } from "../util/front-matter-edit.js";
import { reportForEntry } from "../util/report.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/** The rule's quick fixes, in every language Tactful speaks. */
export const FIXES = {
  replace: { en: "Change to `{{ replacement }}`", "zh-CN": "改为 `{{ replacement }}`", "zh-TW": "改為 `{{ replacement }}`" },
  addJurisdiction: { en: "Add `jurisdiction: {{ jurisdiction }}`", "zh-CN": "添加 `jurisdiction: {{ jurisdiction }}`", "zh-TW": "新增 `jurisdiction: {{ jurisdiction }}`" },
} as const satisfies Catalog;

type MessageIds = "yaml" | "schema" | "jurisdiction" | "jurisdictionMissing" | keyof typeof FIXES;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
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
      jurisdictionMissing: "{{ message }}",
      replace: FIXES.replace.en,
      addJurisdiction: FIXES.addJurisdiction.en,
    },
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
          // A locale no pack covers by default, and no `jurisdiction`: the packs for its language are the likely choices.
          const missing = problem.code === "jurisdiction" && document.meta.jurisdiction === undefined;
          const messageId = problem.code === "yaml" ? "yaml" : missing ? "jurisdictionMissing" : problem.code === "jurisdiction" ? "jurisdiction" : "schema";
          const suggest = missing ? addJurisdiction(sourceCode) : problem.code === "schema" ? replace(sourceCode, problem) : [];
          reportForEntry(context, { loc: problem.loc, messageId, data: { message: problem.message }, suggest }, { severity: problem.severity === "error" ? "block" : "warn" });
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
  return packs
    .filter((pack) => pack.locales.some((locale) => languageOf(locale) === language))
    .flatMap((pack) => {
      const edit = insertAfterEntryEdit(sourceCode, "/locale", `jurisdiction: ${pack.id}`);
      return edit ? [{ messageId: "addJurisdiction" as const, data: { jurisdiction: pack.id }, fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.text) }] : [];
    });
}

function languageOf(locale: string): string {
  return locale.split(/[-_]/u)[0]!.toLowerCase();
}

export default rule;
