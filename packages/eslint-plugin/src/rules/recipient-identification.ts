import type { SuggestedEdit } from "@eslint/core";
import { entrySummary, wordingDescription, type Coverage, type VariableDeclaration, type Catalog } from "@tactful/core";
import { citationText } from "@tactful/policies";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { applicable, disclosureOf, LIMIT_MESSAGE, messageCoverage, messageLocation } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf, describeRole } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";
import { addToMapping, type FrontMatterEdit } from "../util/front-matter-edit.js";
import { appendToBody } from "../util/text-edit.js";

type MessageIds = "missingName" | "missingNameInBranch" | "missingWrongRecipient" | "missingWrongRecipientInBranch" | "insertWrongRecipient" | "notPii" | "declarePii" | "tooComplex";

/** An edit that makes a variable's definition say `pii: true`: its `pii` value set, or a `pii` entry added. */
function declarePiiEdit(sourceCode: TemplateSourceCode, variable: VariableDeclaration): FrontMatterEdit | null {
  const pointer = `/variables/${variable.name}`;
  if (!("pii" in variable.schema)) return addToMapping(sourceCode, pointer, "pii", "true");
  const located = sourceCode.document.locate(`${pointer}/pii`);
  return located?.key ? { range: located.value, text: "true" } : null;
}

const MESSAGES = {
  missingName: {
    en: "The message does not name its intended recipient: no path outputs {{ what }}.\nRole {{ roles }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息没有称呼收件人：任何路径上都没有输出{{ what }}。\n角色 {{ roles }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息沒有稱呼收件人：任何路徑上都沒有輸出{{ what }}。\n角色 {{ roles }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingNameInBranch: {
    en: "Some branches of this `if` do not name the intended recipient ({{ what }}).\nRole {{ roles }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有称呼收件人（{{ what }}）。\n角色 {{ roles }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有稱呼收件人（{{ what }}）。\n角色 {{ roles }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingWrongRecipient: {
    en: "The message does not tell a wrong recipient what to do, for example `{{ insert }}`.\nA wrong number would learn of the debt and nobody would correct it. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息没有告诉非本人收件者该怎么做，例如“{{ insert }}”。\n发错号码时，对方会得知欠款且无人纠正。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息沒有告知非本人收件者該如何處理，例如「{{ insert }}」。\n發錯號碼時，對方會得知欠款且無人更正。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingWrongRecipientInBranch: {
    en: "Some branches of this `if` do not tell a wrong recipient what to do, for example `{{ insert }}`.\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有告诉非本人收件者该怎么做，例如“{{ insert }}”。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有告知非本人收件者該如何處理，例如「{{ insert }}」。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  insertWrongRecipient: { en: "Add `{{ text }}` at the end of the message.", "zh-CN": "在消息末尾加上“{{ text }}”。", "zh-TW": "在訊息結尾加上「{{ text }}」。" },
  notPii: {
    en: "`{{ name }}` carries the recipient's name but is not declared `pii: true`, so it may go unmasked.\nRole `{{ role }}`. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "`{{ name }}` 含有收件人姓名，但未声明 `pii: true`，可能不会被脱敏。\n角色 `{{ role }}`。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "`{{ name }}` 含有收件人姓名，但未宣告 `pii: true`，可能不會被遮蔽。\n角色 `{{ role }}`。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  declarePii: { en: "Declare `{{ name }}` with `pii: true`.", "zh-CN": "为 `{{ name }}` 声明 `pii: true`。", "zh-TW": "為 `{{ name }}` 宣告 `pii: true`。" },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "A collection message names its intended recipient and tells anyone else what to do",
      descriptions: { "zh-CN": "催收信息须写明收件人，并告知非本人收到时应如何处理", "zh-TW": "催收訊息須寫明收件人，並告知非本人收到時應如何處理" },
      url: docsUrl("recipient-identification"),
      get source() {
        return sourcesOf((pack) => pack.recipientIdentification);
      },
      recommended: "warn",
      group: "disclosure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const locale = localeOf(context);
    return policyVisitor(sourceCode, (pack) => {
      let limitReported = false;
      /** Whether a coverage result is known; when not, reported once as an error. */
      const known = (result: Coverage, what: string): boolean => {
        if (!result.limit) return true;
        if (!limitReported) context.report({ loc: result.limit.loc, messageId: "tooComplex", data: { what } });
        limitReported = true;
        return false;
      };
      for (const entry of applicable(sourceCode, pack.recipientIdentification)) {
        const base = { entry: entry.id, summary: entrySummary(entry, locale), source: citationText(pack, entry.sources) };
        const roles = entry.roles ?? [];

        if (roles.length > 0) {
          // A variable with the role, or literal text the pack recognises (a masked name, an account tail).
          const named = messageCoverage(sourceCode, roles.flatMap((role) => disclosureOf(sourceCode, role)));
          if (!named.always && known(named, "every way through it names its recipient")) {
            const data = { ...base, what: anyOf(roles.map((role) => describeRole(role, locale)), locale), roles: anyOf(roles.map((role) => `\`${role}\``), locale) };
            if (named.partial.length > 0) for (const node of named.partial) reportForEntry(context, { loc: node.loc, messageId: "missingNameInBranch", data }, entry);
            else reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missingName", data }, entry);
          }
        }

        const wrongRecipient = entry.wrongRecipient ?? [];
        const told = wrongRecipient.length > 0 ? messageCoverage(sourceCode, [{ wordings: wrongRecipient }]) : null;
        if (told && !told.always && known(told, "every way through it tells a wrong recipient what to do")) {
          const data = { ...base, insert: entry.insert ?? wordingDescription(wrongRecipient[0]!, locale) ?? wrongRecipient[0]!.pattern };
          if (told.partial.length > 0) {
            for (const node of told.partial) reportForEntry(context, { loc: node.loc, messageId: "missingWrongRecipientInBranch", data }, entry);
          } else {
            const suggest: Array<SuggestedEdit<MessageIds>> = [];
            if (entry.insert) {
              const edit = appendToBody(sourceCode, entry.insert);
              suggest.push({ messageId: "insertWrongRecipient", data: { text: entry.insert }, fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.text) });
            }
            reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missingWrongRecipient", data, suggest }, entry);
          }
        }

        if (entry.requireMask) {
          // Masking is for names; an account tail or a case reference is already a part of a number.
          for (const variable of sourceCode.document.variables.values()) {
            if (variable.role !== "recipient-name" || !roles.includes(variable.role) || variable.pii) continue;
            const edit = declarePiiEdit(sourceCode, variable);
            const suggest: Array<SuggestedEdit<MessageIds>> = edit
              ? [{ messageId: "declarePii", data: { name: variable.name }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }]
              : [];
            reportForEntry(context, { loc: sourceCode.document.lines.locOf(variable.key), messageId: "notPii", data: { ...base, name: variable.name, role: variable.role }, suggest }, entry);
          }
        }
      }
    });
  },
};

export default rule;
