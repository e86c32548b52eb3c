import { entrySummary, type Catalog } from "@tactful/core";
import type { SuggestedEdit } from "@eslint/core";
import { citationText } from "@tactful/policies";
import { afterSignature, applicable, LIMIT_MESSAGE, messageCoverage, messageLocation } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf, describeWording, phrase } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";
import { fillInsert } from "../util/text-edit.js";

type MessageIds = "missing" | "missingInBranch" | "insert" | "tooComplex";

const MESSAGES = {
  missing: {
    en: "This message from the collection agency `{{ sender }}` does not say it is from a debt collector.\nExpected: {{ wording }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "催收机构 `{{ sender }}` 的这条消息没有表明其催收机构身份。\n应包含：{{ wording }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "催收機構 `{{ sender }}` 的這則訊息沒有表明其催收機構身分。\n應包含：{{ wording }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingInBranch: {
    en: "Some branches of this `if` do not say the message is from a debt collector.\nExpected: {{ wording }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有表明催收机构身份。\n应包含：{{ wording }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有表明催收機構身分。\n應包含：{{ wording }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  insert: { en: "Insert `{{ text }}`.", "zh-CN": "插入“{{ text }}”。", "zh-TW": "插入「{{ text }}」。" },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "A collection agency's message says it is from a debt collector (and for whom it collects)",
      descriptions: { "zh-CN": "催收机构的信息须表明来自催收方（及受谁委托催收）", "zh-TW": "催收機構的訊息須表明來自催收業者（及受誰委託催收）" },
      url: docsUrl("debt-collector-disclosure"),
      get source() {
        return sourcesOf((pack) => pack.debtCollectorDisclosure);
      },
      recommended: "error",
      group: "disclosure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    return policyVisitor(sourceCode, (pack) => {
      for (const entry of applicable(sourceCode, pack.debtCollectorDisclosure)) {
        const result = messageCoverage(sourceCode, [{ wordings: entry.accepted }]);
        if (result.always) continue;
        if (result.limit) {
          context.report({ loc: result.limit.loc, messageId: "tooComplex" });
          continue;
        }
        const filled = entry.insert ? fillInsert(sourceCode, entry.insert) : null;
        const locale = localeOf(context);
        const wording = filled ? phrase("forExample", locale, { text: `\`${filled.trim()}\`` }) : anyOf(entry.accepted.map((accepted) => describeWording(accepted, locale)), locale);
        const data = { entry: entry.id, summary: entrySummary(entry, locale), source: citationText(pack, entry.sources), sender: sourceCode.document.meta.sender?.name ?? "", wording };
        if (result.partial.length > 0) {
          for (const node of result.partial) reportForEntry(context, { loc: node.loc, messageId: "missingInBranch", data }, entry);
          continue;
        }
        const suggest: Array<SuggestedEdit<MessageIds>> = [];
        if (filled) {
          const at = afterSignature(sourceCode);
          suggest.push({ messageId: "insert", data: { text: filled.trim() }, fix: (fixer) => fixer.insertTextBeforeRange([at, at], filled) });
        }
        reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missing", data, suggest }, entry);
      }
    });
  },
};

export default rule;
