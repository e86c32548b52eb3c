import type { SuggestedEdit } from "@eslint/core";
import { entrySummary, escapeRegExp, nameForms, type ContentNode, type Catalog } from "@tactful/core";
import { applies, citationText, compilePattern, type PolicyPack, type SenderIdentification } from "@tactful/policies";
import { applicable, bodyContentRange, creditorName, disclosureOf, frontMatterUsable, LIMIT_MESSAGE, messageCoverage, messageLocation, messagePaths, nameEvidence, signatureOf, type MessagePath, type Signature } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf } from "../util/roles.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";
import { isSpaceless, rangeKey, senderInDoubt, spanOnPath } from "../util/text-edit.js";

export interface Options {
  /** The sender names your organisation has registered (with its SMS platform or carriers). */
  allowedSenders?: string[];
}

type MessageIds =
  | "missingSignature"
  | "missingSignatureInBranch"
  | "wrongSignature"
  | "useSignature"
  | "forbiddenName"
  | "nameLength"
  | "namePattern"
  | "strayBrackets"
  | "missingName"
  | "missingNameInBranch"
  | "insertName"
  | "notAllowed"
  | "tooComplex";

/**
 * Whether text inserted into the body stays literal: Nunjucks opens an output, a tag or a
 * comment at `{{`, `{%` and `{#`, so a sender name holding one would become live template code.
 * No fix or suggestion inserts such a name; the sender is renamed by hand.
 */
function staysLiteral(text: string): boolean {
  return !/\{[{%#]|\{$/u.test(text);
}

const MESSAGES = {
  missingSignature: {
    en: "The message does not start with the sender's signature `{{ signature }}`.\nThe signature is `sender.name` in brackets. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息开头没有发送方签名“{{ signature }}”。\n签名即括号中的 `sender.name`。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息開頭沒有發送方簽名「{{ signature }}」。\n簽名即括號中的 `sender.name`。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingSignatureInBranch: {
    en: "Some branches of this `if` do not start the message with the signature `{{ signature }}`.\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有以签名“{{ signature }}”开头。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有以簽名「{{ signature }}」開頭。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  wrongSignature: {
    en: "The signature `{{ found }}` does not match sender.name `{{ name }}`: sign with the registered name.\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "签名“{{ found }}”与 sender.name“{{ name }}”不一致：请使用报备的签名名称。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "簽名「{{ found }}」與 sender.name「{{ name }}」不一致：請使用登記的簽名名稱。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  useSignature: { en: "Sign with `{{ signature }}`.", "zh-CN": "改用签名“{{ signature }}”。", "zh-TW": "改用簽名「{{ signature }}」。" },
  forbiddenName: {
    en: "`{{ name }}` does not identify the real sender: use the registered company, brand or app name.\nNeutral or authority-like signatures are not allowed. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ name }}”无法识别真实发送方：请使用报备的公司、品牌或应用名称。\n不得使用中性或冒充权威机构的签名。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ name }}」無法識別真實發送方：請使用登記的公司、品牌或 App 名稱。\n不得使用中性或假冒權威機關的簽名。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  nameLength: {
    en: "The signature name `{{ name }}` has {{ length }} characters; the policy allows {{ allowed }}.\nSource: {{ source }} ({{ entry }}).",
    "zh-CN": "签名“{{ name }}”有 {{ length }} 个字符，政策允许 {{ allowed }}。\n依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "簽名「{{ name }}」有 {{ length }} 個字元，政策允許 {{ allowed }}。\n依據：{{ source }}（{{ entry }}）。",
  },
  namePattern: {
    en: "The signature name `{{ name }}` does not have the form the policy requires.\nPattern `{{ pattern }}`. Source: {{ source }} ({{ entry }}).",
    "zh-CN": "签名“{{ name }}”不符合政策要求的格式。\n格式 `{{ pattern }}`。依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "簽名「{{ name }}」不符合政策要求的格式。\n格式 `{{ pattern }}`。依據：{{ source }}（{{ entry }}）。",
  },
  strayBrackets: {
    en: "`{{ text }}`: the brackets {{ open }}{{ close }} may only enclose the signature at the start.\nPlatforms reject them elsewhere and readers take them for the sender. Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ text }}”：{{ open }}{{ close }} 只能用于开头的签名。\n用在其他位置会被平台拒发，读者也会误以为是发送方。依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ text }}」：{{ open }}{{ close }} 只能用於開頭的簽名。\n用在其他位置會遭平台拒發，讀者也會誤以為是發送方。依據：{{ source }}（{{ entry }}）。",
  },
  missingName: {
    en: "The message never names its sender: {{ names }} appears on no path through it.\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息没有写明发送方：任何路径上都没有出现 {{ names }}。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息沒有寫明發送方：任何路徑上都沒有出現 {{ names }}。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingNameInBranch: {
    en: "Some branches of this `if` never name the sender ({{ names }}).\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有写明发送方（{{ names }}）。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有寫明發送方（{{ names }}）。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  insertName: { en: "Start the message with `{{ text }}`.", "zh-CN": "在消息开头加上“{{ text }}”。", "zh-TW": "在訊息開頭加上「{{ text }}」。" },
  notAllowed: {
    en: "`{{ name }}` is not one of your organisation's registered senders ({{ allowed }}).",
    "zh-CN": "“{{ name }}”不是贵机构已登记的发送方（{{ allowed }}）。",
    "zh-TW": "「{{ name }}」不是貴機構已登記的發送方（{{ allowed }}）。",
  },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    fixable: "code",
    hasSuggestions: true,
    docs: {
      description: "The message identifies its real sender as the policy requires (a 【signature】 in Chinese SMS, the brand or creditor's name elsewhere)",
      descriptions: { "zh-CN": "信息须按政策要求表明真实发送方（中文短信用【签名】，其他情况用品牌或债权人名称）", "zh-TW": "訊息須依政策要求表明真實發送方（中文簡訊用【簽名】，其他情況用品牌或債權人名稱）" },
      url: docsUrl("sender-identification"),
      get source() {
        return sourcesOf((pack) => pack.senderIdentification);
      },
      recommended: "error",
      group: "disclosure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowedSenders: {
            description: "The sender names your organisation has registered; `sender.name` must be one of them.",
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{}],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const [options] = context.options;

    let limitReported = false;
    /** Too many ways through the template to check: an error, once. */
    const reportLimit = (node: ContentNode, what: string): void => {
      if (!limitReported) context.report({ loc: node.loc, messageId: "tooComplex", data: { what } });
      limitReported = true;
    };

    const checkSignature = (pack: PolicyPack, entry: SenderIdentification, name: string): void => {
      const source = citationText(pack, entry.sources);
      const base = { entry: entry.id, summary: entrySummary(entry, localeOf(context)), source };
      const located = sourceCode.document.locate("/sender/name");
      if (!located || senderInDoubt(sourceCode, true)) return;
      // Where the name is written is looked up only for a finding: it may read the YAML again.
      const where = () => sourceCode.document.lines.locOf(located.value);
      const length = [...name].length;
      if (entry.forbiddenNames?.includes(name)) reportForEntry(context, { loc: where(), messageId: "forbiddenName", data: { ...base, name } }, entry);
      const { min, max } = entry.nameLength ?? {};
      if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
        const allowed = min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
        reportForEntry(context, { loc: where(), messageId: "nameLength", data: { ...base, name, length: String(length), allowed } }, entry);
      }
      if (entry.namePattern && !compilePattern(entry.namePattern).test(name)) {
        reportForEntry(context, { loc: where(), messageId: "namePattern", data: { ...base, name, pattern: entry.namePattern } }, entry);
      }
      const { open, close } = entry;
      if (!open || !close) return;
      const signature = `${open}${name}${close}`;
      const { paths, limit } = messagePaths(sourceCode);
      if (limit) {
        reportLimit(limit, "every way through it starts with the signature");
        return;
      }
      const found = new Map<MessagePath, Signature>(paths.map((path) => [path, signatureOf(path, open, close)]));
      const signatureStarts = new Set<number>();
      const reported = new Set<string>();
      for (const [path, result] of found) {
        if (result.kind !== "found") continue;
        const range = spanOnPath(sourceCode, path, result.index, result.length);
        signatureStarts.add(range[0]);
        if (result.name === name || reported.has(rangeKey(range))) continue;
        reported.add(rangeKey(range));
        reportForEntry(
          context,
          {
            loc: sourceCode.document.lines.locOf(range),
            messageId: "wrongSignature",
            data: { ...base, found: sourceCode.text.slice(range[0], range[1]), name },
            suggest: staysLiteral(signature) ? [{ messageId: "useSignature", data: { signature }, fix: (fixer) => fixer.replaceTextRange(range, signature) }] : [],
          },
          entry,
        );
      }
      const coverage = messageCoverage(sourceCode, [{ signature: { open, close } }]);
      if (coverage.limit) reportLimit(coverage.limit, "every way through it starts with the signature");
      else if (!coverage.always) {
        if (coverage.partial.length > 0) {
          for (const node of coverage.partial) reportForEntry(context, { loc: node.loc, messageId: "missingSignatureInBranch", data: { ...base, signature } }, entry);
        } else {
          const fixable = staysLiteral(signature) && [...found.values()].every((result) => result.kind === "missing" && result.fixable);
          const start = bodyContentRange(sourceCode)[0];
          reportForEntry(
            context,
            { loc: messageLocation(sourceCode), messageId: "missingSignature", data: { ...base, signature }, fix: fixable ? (fixer) => fixer.insertTextBeforeRange([start, start], signature) : null },
            entry,
          );
        }
      }
      if (entry.bracketsOnlyInSignature) checkBrackets(entry, base, open, close, signatureStarts);
    };

    const checkBrackets = (entry: SenderIdentification, base: Record<string, string>, open: string, close: string, signatureStarts: ReadonlySet<number>): void => {
      const pattern = new RegExp(`${escapeRegExp(open)}(?:(?!${escapeRegExp(open)}|${escapeRegExp(close)})[^\\r\\n])*${escapeRegExp(close)}|${escapeRegExp(open)}|${escapeRegExp(close)}`, "gu");
      for (const segment of sourceCode.document.prose) {
        if (segment.field !== "body") continue;
        for (const match of segment.text.matchAll(pattern)) {
          const range = segment.sourceRange(match.index, match.index + match[0].length);
          if (signatureStarts.has(range[0])) continue;
          reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "strayBrackets", data: { ...base, text: match[0], open, close } }, entry);
        }
      }
    };

    const checkName = (pack: PolicyPack, entry: SenderIdentification, sender: string): void => {
      if (senderInDoubt(sourceCode)) return;
      const names = [...new Set([sender, creditorName(sourceCode) ?? sender])];
      // The name written out (as the pack reads the sender's name: short, or its own web address, a law firm's too),
      // or wording the pack recognises as naming the sender (a brand opening the message, a sign-off).
      const namer = (pack.recognizers.creditor ?? []).find((recognizer) => recognizer.senderName && applies(recognizer.when, sourceCode.applicability));
      const own = names.flatMap((name) => (namer ? nameEvidence(sourceCode, name, namer) : nameForms(name).map((phrase) => ({ phrase }))));
      const coverage = messageCoverage(sourceCode, [...own, ...disclosureOf(sourceCode, "creditor").filter((evidence) => !("role" in evidence))]);
      if (coverage.always) return;
      if (coverage.limit) {
        reportLimit(coverage.limit, "every way through it names the sender");
        return;
      }
      const data = { entry: entry.id, summary: entrySummary(entry, localeOf(context)), source: citationText(pack, entry.sources), names: anyOf(names.map((name) => `\`${name}\``), localeOf(context)) };
      if (coverage.partial.length > 0) {
        for (const node of coverage.partial) reportForEntry(context, { loc: node.loc, messageId: "missingNameInBranch", data }, entry);
        return;
      }
      const start = bodyContentRange(sourceCode)[0];
      const text = isSpaceless(sender.at(-1)) ? `${sender}：` : `${sender}: `;
      const suggest: Array<SuggestedEdit<MessageIds>> = staysLiteral(text) ? [{ messageId: "insertName", data: { text }, fix: (fixer) => fixer.insertTextBeforeRange([start, start], text) }] : [];
      reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missingName", data, suggest }, entry);
    };

    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const sender = sourceCode.document.meta.sender?.name;
        if (sender === undefined) return;
        const allowed = options.allowedSenders;
        const at = allowed && !allowed.includes(sender) ? sourceCode.document.locate("/sender/name") : null;
        if (allowed && at) {
          context.report({ loc: sourceCode.document.lines.locOf(at.value), messageId: "notAllowed", data: { name: sender, allowed: allowed.map((name) => `\`${name}\``).join(", ") } });
        }
        const pack = sourceCode.policy;
        if (!pack) return;
        for (const entry of applicable(sourceCode, pack.senderIdentification)) {
          if (entry.form === "signature") checkSignature(pack, entry, sender);
          else checkName(pack, entry, sender);
        }
      },
    };
  },
};

export default rule;
