import type { RuleTextEditor } from "@eslint/core";
import { entrySummary, type Range, type Catalog, type Localized } from "@tactful/core";
import { citationText } from "@tactful/policies";
import { applicable, LIMIT_MESSAGE, matchAllWordings, messagePaths, textRangeOnPath } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { describeCategory } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";
import { rangeKey, spanOnPath } from "../util/text-edit.js";

/**
 * The range a removal takes out: the wording, plus the blank space before it when nothing but
 * blank space or the end of a line follows (so no dangling space is left behind).
 */
function removalRange(text: string, [start, end]: Range): Range {
  let from = start;
  if (end >= text.length || /[\s]/u.test(text[end]!)) {
    while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  }
  return [from, end];
}

/** Leads the pack's compliant wording, when it has one. */
const WRITE_INSTEAD: Localized = { en: "Write instead: ", "zh-CN": "可改为：", "zh-TW": "可改為：" };

const MESSAGES = {
  forbidden: {
    en: "`{{ text }}` is the marketing opt-out; in a {{ category }} message a reply would block later notices.\n{{ instead }}{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ text }}”是营销退订指令；在{{ category }}类消息中，用户回复后将收不到后续必要通知。\n{{ instead }}{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ text }}」是行銷退訂指令；在{{ category }}類訊息中，用戶回覆後將收不到後續必要通知。\n{{ instead }}{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  remove: { en: "Remove `{{ text }}`.", "zh-CN": "删除“{{ text }}”。", "zh-TW": "刪除「{{ text }}」。" },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "forbidden" | "remove" | "tooComplex" }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Service messages do not carry the marketing refusal keyword that blocks every later message from the signature",
      descriptions: { "zh-CN": "服务类信息不得包含营销退订指令，否则用户回复后该签名此后的所有信息都会被拦截", "zh-TW": "服務類訊息不得包含行銷退訂指令，否則用戶回覆後該簽名此後的所有訊息都會被攔截" },
      url: docsUrl("no-marketing-opt-out-in-service"),
      get source() {
        return sourcesOf((pack) => pack.serviceOptOut);
      },
      recommended: "warn",
      group: "opt-out",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const locale = localeOf(context);
    return policyVisitor(sourceCode, (pack) => {
      const channel = sourceCode.applicability.channel;
      const { paths, limit } = messagePaths(sourceCode);
      for (const entry of applicable(sourceCode, pack.serviceOptOut)) {
        if (limit) {
          context.report({ loc: limit.loc, messageId: "tooComplex" });
          return;
        }
        const reported = new Set<string>();
        for (const path of paths) {
          for (const match of matchAllWordings(entry.forbidden, path.text, channel)) {
            // Removable only when the wording lies in one stretch of literal text (not across a tag or an output).
            const literal = textRangeOnPath(sourceCode, path, match.index, match.length);
            const range = literal ?? spanOnPath(sourceCode, path, match.index, match.length);
            if (reported.has(rangeKey(range))) continue;
            reported.add(rangeKey(range));
            const text = path.text.slice(match.index, match.index + match.length);
            const data = {
              text,
              category: describeCategory(sourceCode.applicability.category ?? "service", locale),
              instead: entry.instead ? `${WRITE_INSTEAD[locale]}${entry.instead} ` : "",
              entry: entry.id,
              summary: entrySummary(entry, locale),
              source: citationText(pack, entry.sources),
            };
            const removal = literal ? removalRange(sourceCode.text, literal) : null;
            const suggest = removal ? [{ messageId: "remove" as const, data: { text }, fix: (fixer: RuleTextEditor) => fixer.removeRange(removal) }] : [];
            reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "forbidden", data, suggest }, entry);
          }
        }
      }
    });
  },
};

export default rule;
