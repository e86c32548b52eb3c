import type { Range, VariableDeclaration, Catalog } from "@tactful/core";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { ruleMessages } from "../util/report.js";

/** The start of the line that holds `offset`. */
function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  return start;
}

/** The end of the line that holds `offset`, before its line break. */
function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  return end;
}

/** Just after the line break that ends the line holding `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  if (text[end] === "\r" && text[end + 1] === "\n") return end + 2;
  return end < text.length ? end + 1 : end;
}

/** Only blanks and, after them, an optional YAML comment. */
const TRAILING = /^[ \t]*(?:#.*)?$/u;

/**
 * What to delete to remove a declaration: its whole line, line break included, when it is a
 * one-line entry of a block mapping. When it is the only variable, the `variables:` line goes
 * too, since an empty `variables:` is null and not a mapping. Null when a line edit is not safe.
 */
function removalRange(sourceCode: TemplateSourceCode, variable: VariableDeclaration): Range | null {
  const { text, document } = sourceCode;
  const variables = document.locate("/variables");
  if (!variables?.key || text[variables.value[0]] === "{") return null;
  const start = lineStart(text, variable.key[0]);
  if (!/^[ \t]*$/u.test(text.slice(start, variable.key[0]))) return null;
  // The definition ends on the key's line, and nothing but a comment follows it.
  const last = lineEnd(text, variable.key[0]);
  if (variable.range[1] > last || !TRAILING.test(text.slice(variable.range[1], last))) return null;
  const end = nextLineStart(text, last);
  if (document.variables.size > 1) return [start, end];
  const keyLine = lineStart(text, variables.key[0]);
  if (keyLine !== variables.key[0]) return null;
  const between = text.slice(variables.key[1], start);
  return /^:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)$/u.test(between) ? [keyLine, end] : null;
}

const MESSAGES = {
  unused: {
    en: "`{{ name }}` is declared in `variables` but never used: use it or remove the declaration.\nThe sending service would be asked for data the message does not need.",
    "zh-CN": "`{{ name }}` 已在 `variables` 中声明但从未使用：请使用或删除该声明。\n否则发送服务会被要求提供消息用不到的数据。",
    "zh-TW": "`{{ name }}` 已在 `variables` 中宣告但從未使用：請使用或刪除該宣告。\n否則發送服務會被要求提供訊息用不到的資料。",
  },
  remove: { en: "Remove the declaration of `{{ name }}`.", "zh-CN": "删除 `{{ name }}` 的声明。", "zh-TW": "刪除 `{{ name }}` 的宣告。" },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "unused" | "remove" }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Every variable declared in `variables` is used by the body, subject or title",
      descriptions: { "zh-CN": "`variables` 中声明的每个变量都须在正文、主题或标题中用到", "zh-TW": "`variables` 中宣告的每個變數都須在正文、主旨或標題中用到" },
      url: docsUrl("no-unused-variables"),
      source: "template format v1: `variables` declares the data the message renders",
      recommended: "warn",
      group: "structure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const { document } = sourceCode;
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const used = new Set(document.references.map((reference) => reference.name));
        for (const variable of document.variables.values()) {
          if (used.has(variable.name)) continue;
          const removal = removalRange(sourceCode, variable);
          context.report({
            loc: document.lines.locOf(variable.key),
            messageId: "unused",
            data: { name: variable.name },
            suggest: removal ? [{ messageId: "remove", data: { name: variable.name }, fix: (fixer) => fixer.removeRange(removal) }] : [],
          });
        }
      },
    };
  },
};

export default rule;
