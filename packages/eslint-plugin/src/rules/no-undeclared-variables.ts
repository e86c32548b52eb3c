import type { SuggestedEdit } from "@eslint/core";
import { closest, type Catalog } from "@tactful/core";
import { FOREIGN_PLACEHOLDER } from "@tactful/policies";
import { addToMapping, appendToFrontMatter, type FrontMatterEdit } from "../util/front-matter-edit.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { ruleMessages } from "../util/report.js";

const DEFINITION = "{ type: string }";

/** A string variable declared under `variables`, which is made when there is none. */
function declareVariableEdit(sourceCode: TemplateSourceCode, name: string): FrontMatterEdit | null {
  if (sourceCode.document.locate("/variables")) return addToMapping(sourceCode, "/variables", name, DEFINITION);
  return appendToFrontMatter(sourceCode, ["variables:", `  ${name}: ${DEFINITION}`]);
}

const MESSAGES = {
  undeclared: {
    en: "`{{ name }}` is not declared in `variables`.\nIts data would not be validated and a missing value would render as nothing.",
    "zh-CN": "`{{ name }}` 未在 `variables` 中声明。\n其数据不会被校验，缺少值时会显示为空。",
    "zh-TW": "`{{ name }}` 未在 `variables` 中宣告。\n其資料不會被驗證，缺少值時會顯示為空白。",
  },
  rename: { en: "Use the declared variable `{{ name }}`.", "zh-CN": "改用已声明的变量 `{{ name }}`。", "zh-TW": "改用已宣告的變數 `{{ name }}`。" },
  declare: { en: "Declare `{{ name }}` in `variables`.", "zh-CN": "在 `variables` 中声明 `{{ name }}`。", "zh-TW": "在 `variables` 中宣告 `{{ name }}`。" },
  foreignPlaceholder: {
    en: "`{{ text }}` is not a variable here: the message would show it as written.\nOutput a declared variable instead: `{{ output }}`.",
    "zh-CN": "`{{ text }}` 在这里不是变量：消息会原样显示它。\n请改为输出已声明的变量：`{{ output }}`。",
    "zh-TW": "`{{ text }}` 在這裡不是變數：訊息會原樣顯示它。\n請改為輸出已宣告的變數：`{{ output }}`。",
  },
  useVariable: { en: "Output the variable `{{ name }}`.", "zh-CN": "输出变量 `{{ name }}`。", "zh-TW": "輸出變數 `{{ name }}`。" },
} satisfies Catalog;

type MessageIds = "undeclared" | "rename" | "declare" | "foreignPlaceholder" | "useVariable";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Every variable the body, subject or title uses must be declared in `variables`, with a schema the data is validated against, and written as a Nunjucks output, not as another system's placeholder",
      descriptions: { "zh-CN": "正文、主题或标题用到的每个变量都须在 `variables` 中声明，并给出校验数据的 schema；须写成 Nunjucks 输出，而非其他系统的占位符", "zh-TW": "正文、主旨或標題用到的每個變數都須在 `variables` 中宣告，並給出驗證資料的 schema；須寫成 Nunjucks 輸出，而非其他系統的佔位符" },
      url: docsUrl("no-undeclared-variables"),
      source: "template format v1: the variables' JSON Schemas are the data contract",
      recommended: "error",
      group: "structure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { document } = context.sourceCode;
    return {
      Template() {
        // Another system's placeholder is left as it is by the renderer: the borrower would read the braces.
        for (const segment of document.prose) {
          for (const match of segment.text.matchAll(FOREIGN_PLACEHOLDER)) {
            const range = segment.sourceRange(match.index, match.index + match[0].length);
            const name = match[1]!;
            const output = `{{ ${/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name) ? name : "name"} }}`;
            // `{{ name }}` as text is inside `raw`, where an output stays text too.
            const suggest: Array<SuggestedEdit<"useVariable">> = document.variables.has(name) && !match[0].startsWith("{{")
              ? [{ messageId: "useVariable", data: { name }, fix: (fixer) => fixer.replaceTextRange(range, output) }]
              : [];
            context.report({ loc: document.lines.locOf(range), messageId: "foreignPlaceholder", data: { text: match[0], output }, suggest });
          }
        }
        if (!frontMatterUsable(context.sourceCode)) return;
        const declared = [...document.variables.keys()];
        for (const reference of document.references) {
          if (document.variables.has(reference.name)) continue;
          const suggest: Array<SuggestedEdit<"rename" | "declare">> = [];
          const guess = closest(reference.name, declared);
          if (guess) suggest.push({ messageId: "rename", data: { name: guess }, fix: (fixer) => fixer.replaceText(reference.node, guess) });
          const edit = declareVariableEdit(context.sourceCode, reference.name);
          if (edit) suggest.push({ messageId: "declare", data: { name: reference.name }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) });
          context.report({ node: reference.node, messageId: "undeclared", data: { name: reference.name }, suggest });
        }
      },
    };
  },
};

export default rule;
