import type { RuleTextEditor, SuggestedEdit } from "@eslint/core";
import { entrySummary, type ContentNode, type Coverage, type Range, type Catalog } from "@tactful/core";
import { citationText, compilePattern, type OptOut, type Wording } from "@tactful/policies";
import {
  applicable,
  disclosureOf,
  LIMIT_MESSAGE,
  matchAllWordings,
  messageCoverage,
  messageLocation,
  messagePaths,
  textRangeOnPath,
  type MessagePath,
} from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf, describeRole, describeWording, describeWordings, phrase } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";
import { appendToBody, rangeKey, spanOnPath } from "../util/text-edit.js";

type MessageIds = "missing" | "missingInBranch" | "incomplete" | "notAtEnd" | "rejected" | "alsoMissing" | "alsoMissingInBranch" | "notPreferred" | "usePreferred" | "tooComplex";

/** What may follow an opt-out placed at the end: blank space and closing punctuation. */
const TAIL = /^[\s\p{Pe}\p{Pf}\p{Po}]*$/u;

const MESSAGES = {
  missing: {
    en: "The message has no opt-out.\nExpected {{ expected }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息中没有退订方式。\n应包含：{{ expected }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息中沒有取消訂閱的方式。\n應包含：{{ expected }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  incomplete: {
    en: "The opt-out is not given as this market requires.\nExpected {{ expected }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "退订方式的写法不符合要求。\n应包含：{{ expected }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "取消訂閱方式的寫法不符合要求。\n應包含：{{ expected }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingInBranch: {
    en: "Some branches of this `if` have no opt-out.\nExpected {{ expected }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支没有退订方式。\n应包含：{{ expected }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支沒有取消訂閱的方式。\n應包含：{{ expected }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  notAtEnd: {
    en: "The opt-out `{{ text }}` must come at the end of the message: move it after the rest of the text.\nRecipients and platforms look for it there. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "退订说明“{{ text }}”必须放在消息末尾：请移到其余内容之后。\n收件人和平台都在末尾查找退订方式。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "取消訂閱說明「{{ text }}」必須放在訊息結尾：請移到其餘內容之後。\n收件人和平台都會在結尾尋找取消訂閱方式。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  rejected: {
    en: "`{{ text }}` is not an acceptable way to opt out: refusing must be free and simple.\n{{ why }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ text }}”不是合规的退订方式：退订必须免费、简便。\n{{ why }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ text }}」不是合規的取消訂閱方式：取消訂閱必須免費且簡便。\n{{ why }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  alsoMissing: {
    en: "The opt-out needs {{ what }} alongside it, and the message gives none.\nRole `{{ role }}`: no output of a variable with that role and no text that states it. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "退订方式需同时提供{{ what }}，但消息中没有。\n角色 `{{ role }}`：既没有输出该角色的变量，也没有写明它的文字。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "取消訂閱方式需同時提供{{ what }}，但訊息中沒有。\n角色 `{{ role }}`：既沒有輸出該角色的變數，也沒有寫明它的文字。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  alsoMissingInBranch: {
    en: "Some branches of this `if` lack {{ what }}, which the opt-out needs alongside it.\nRole `{{ role }}`. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 的部分分支缺少退订方式所需的{{ what }}。\n角色 `{{ role }}`。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 的部分分支缺少取消訂閱方式所需的{{ what }}。\n角色 `{{ role }}`。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  notPreferred: {
    en: "`{{ text }}` is accepted, but prefer the canonical opt-out {{ preferred }}.\nSome platforms accept only that form. Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ text }}”可以接受，但建议使用标准退订写法 {{ preferred }}。\n部分平台只认可标准写法。依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ text }}」可以接受，但建議使用標準取消訂閱寫法 {{ preferred }}。\n部分平台只接受標準寫法。依據：{{ source }}（{{ entry }}）。",
  },
  usePreferred: { en: "Replace with `{{ text }}`.", "zh-CN": "替换为“{{ text }}”。", "zh-TW": "替換為「{{ text }}」。" },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    fixable: "code",
    hasSuggestions: true,
    docs: {
      description: "Messages that need one carry a valid opt-out for their channel",
      descriptions: { "zh-CN": "需要退订方式的信息须带有适用于其渠道的有效退订方式", "zh-TW": "需要取消訂閱方式的訊息須附有適用於其管道的有效取消訂閱方式" },
      url: docsUrl("opt-out-instruction"),
      get source() {
        return sourcesOf((pack) => pack.optOut);
      },
      recommended: "error",
      group: "opt-out",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const locale = localeOf(context);

    const rangeOf = (path: MessagePath, index: number, length: number): Range => textRangeOnPath(sourceCode, path, index, length) ?? spanOnPath(sourceCode, path, index, length);

    return policyVisitor(sourceCode, (pack) => {
      const channel = sourceCode.applicability.channel;
      const { paths, limit } = messagePaths(sourceCode);
      let limitReported = false;
      /** Whether a coverage result is known; when not, reported once as an error. */
      const known = (at: ContentNode | null): boolean => {
        if (!at) return true;
        if (!limitReported) context.report({ loc: at.loc, messageId: "tooComplex" });
        limitReported = true;
        return false;
      };
      const entries = applicable(sourceCode, pack.optOut);
      // Where each entry's opt-out is, once: nothing is known past the analysis limit.
      const presence = new Map(limit ? [] : entries.map((entry) => [entry, presenceOf(entry)]));
      // An opt-out one entry accepts is there: another entry it does not satisfy (the statement in a second language) asks for more, it does not find none.
      const hasOptOut = [...presence.values()].some((found) => found?.always === true);
      for (const entry of entries) {
        if (!known(limit)) continue;
        const base = { entry: entry.id, summary: entrySummary(entry, locale), source: citationText(pack, entry.sources) };
        const accepted = acceptedOn(entry);
        const roles = entry.roles ?? [];

        // Wording that looks like an opt-out but puts obstacles in the way.
        const rejected = new Set<string>();
        for (const path of paths) {
          for (const match of matchAllWordings(entry.rejected, path.text, channel)) {
            const range = rangeOf(path, match.index, match.length);
            if (rejected.has(rangeKey(range))) continue;
            rejected.add(rangeKey(range));
            const data = { ...base, text: path.text.slice(match.index, match.index + match.length), why: describeWording(match.wording, locale) };
            reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "rejected", data }, entry);
          }
        }

        const found = presence.get(entry);
        if (found) checkPresence(entry, found, accepted, roles, base, known, hasOptOut);
        if (entry.placement === "end") checkPlacement(entry, accepted, paths, base);
        checkPreferred(entry, accepted, paths, base);

        for (const role of entry.alsoRequires ?? []) {
          const result = messageCoverage(sourceCode, disclosureOf(sourceCode, role));
          if (result.always || !known(result.limit)) continue;
          const data = { ...base, what: describeRole(role, locale), role };
          if (result.partial.length > 0) for (const node of result.partial) reportForEntry(context, { loc: node.loc, messageId: "alsoMissingInBranch", data }, entry);
          else reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "alsoMissing", data }, entry);
        }
      }
    });

    /** The entry's accepted wordings for the template's channel. */
    function acceptedOn(entry: OptOut): Wording[] {
      const channel = sourceCode.applicability.channel;
      return (entry.accepted ?? []).filter((wording) => !wording.channel || (channel !== undefined && wording.channel.includes(channel)));
    }

    /** Where the message carries one of the entry's accepted wordings or roles; undefined when the entry asks for none. */
    function presenceOf(entry: OptOut): Coverage | undefined {
      const accepted = acceptedOn(entry);
      const roles = entry.roles ?? [];
      return accepted.length > 0 || roles.length > 0 ? messageCoverage(sourceCode, [{ wordings: accepted }, ...roles.map((role) => ({ role }))]) : undefined;
    }

    function checkPresence(entry: OptOut, result: Coverage, accepted: readonly Wording[], roles: NonNullable<OptOut["roles"]>, base: Record<string, string>, known: (at: ContentNode | null) => boolean, hasOptOut: boolean): void {
      if (result.always || !known(result.limit)) return;
      const options = [
        ...(entry.insert ? [`\`${entry.insert}\``] : accepted.length > 0 ? [phrase("wordingLike", locale, { wordings: describeWordings(accepted, locale) })] : []),
        ...(roles.length > 0 ? [phrase("outputWithRole", locale, { roles: anyOf(roles.map((role) => `\`${role}\``), locale) })] : []),
      ];
      const data = { ...base, expected: options.join(phrase("orElse", locale)) };
      const edit = entry.insert ? appendToBody(sourceCode, entry.insert) : null;
      const fix = edit ? (fixer: RuleTextEditor) => fixer.insertTextAfterRange([edit.at, edit.at], edit.text) : null;
      if (hasOptOut) {
        reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "incomplete", data, fix }, entry);
        return;
      }
      if (result.partial.length > 0) {
        for (const node of result.partial) reportForEntry(context, { loc: node.loc, messageId: "missingInBranch", data }, entry);
        return;
      }
      reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missing", data, fix }, entry);
    }

    function checkPlacement(entry: OptOut, accepted: readonly Wording[], paths: readonly MessagePath[], base: Record<string, string>): void {
      const channel = sourceCode.applicability.channel;
      const reported = new Set<string>();
      for (const path of paths) {
        const matches = matchAllWordings(accepted, path.text, channel);
        const last = matches.at(-1);
        if (!last || matches.some((match) => TAIL.test(path.text.slice(match.index + match.length)))) continue;
        const range = rangeOf(path, last.index, last.length);
        if (reported.has(rangeKey(range))) continue;
        reported.add(rangeKey(range));
        reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "notAtEnd", data: { ...base, text: path.text.slice(last.index, last.index + last.length) } }, entry);
      }
    }

    function checkPreferred(entry: OptOut, accepted: readonly Wording[], paths: readonly MessagePath[], base: Record<string, string>): void {
      const preferred = accepted.filter((wording) => wording.preferred);
      if (preferred.length === 0 || preferred.length === accepted.length) return;
      const channel = sourceCode.applicability.channel;
      const replacement = entry.insert && preferred.some((wording) => compilePattern(wording.pattern, wording.ignoreCase).test(entry.insert!)) ? entry.insert : null;
      const reported = new Set<string>();
      for (const path of paths) {
        const matches = matchAllWordings(accepted, path.text, channel);
        if (matches.length === 0 || matches.some((match) => match.wording.preferred)) continue;
        const [first] = matches;
        const range = rangeOf(path, first!.index, first!.length);
        if (reported.has(rangeKey(range))) continue;
        reported.add(rangeKey(range));
        const suggest: Array<SuggestedEdit<MessageIds>> = replacement ? [{ messageId: "usePreferred", data: { text: replacement }, fix: (fixer) => fixer.replaceTextRange(range, replacement) }] : [];
        const data = { ...base, text: path.text.slice(first!.index, first!.index + first!.length), preferred: replacement ? `\`${replacement}\`` : describeWordings(preferred, locale) };
        // Advisory whatever the entry's level: the wording works, it is only not the canonical one.
        reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "notPreferred", data, suggest }, { severity: "info" });
      }
    }
  },
};

export default rule;
