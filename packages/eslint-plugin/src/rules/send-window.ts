import type { SuggestedEdit } from "@eslint/core";
import {
  clampWindow,
  commonWindow,
  entrySummary,
  formatMinute,
  formatSendWindow,
  overreach,
  parseSendWindow,
  translator,
  windowMinutes,
  windowWithin,
  type Catalog,
  type Locale,
  type SendWindow,
  type SourceLocation,
} from "@tactful/core";
import { citationText, effectiveSeverity, type PolicyPack, type SendLimit, type Severity } from "@tactful/policies";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { addToMapping, insertAfterEntry, unquotedRange, type FrontMatterEdit } from "../util/front-matter-edit.js";
import { applicable, messageLocation } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { describeCategory } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";

type MessageIds = "windowOutside" | "tooMany" | "noWindow" | "noMaxPerDay" | "useWindow" | "useMaxPerDay" | "addWindow" | "addMaxPerDay";

const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

const DETAIL = {
  pastMidnight: { en: "it runs past midnight", "zh-CN": "该时段跨越午夜", "zh-TW": "該時段跨越午夜" },
  startsEarly: { en: "it starts at {declared}, before {allowed}", "zh-CN": "开始时间 {declared} 早于 {allowed}", "zh-TW": "開始時間 {declared} 早於 {allowed}" },
  endsLate: { en: "it ends at {declared}, after {allowed}", "zh-CN": "结束时间 {declared} 晚于 {allowed}", "zh-TW": "結束時間 {declared} 晚於 {allowed}" },
  and: { en: ", and ", "zh-CN": "，且", "zh-TW": "，且" },
} satisfies Catalog;

/** What is wrong with a declared window against an allowed one, in words. */
function howOutside(declared: SendWindow, allowed: SendWindow, locale: Locale): string {
  const say = translator(DETAIL, locale);
  const { pastMidnight, startsEarly, endsLate } = overreach(declared, allowed);
  if (pastMidnight) return say("pastMidnight");
  const parts: string[] = [];
  if (startsEarly) parts.push(say("startsEarly", { declared: formatMinute(declared.start), allowed: formatMinute(allowed.start) }));
  if (endsLate) parts.push(say("endsLate", { declared: formatMinute(declared.end), allowed: formatMinute(allowed.end) }));
  return parts.join(say("and"));
}

/** An edit that adds `key: value` to `send`, making `send` after `category` when there is none. */
function addToSend(sourceCode: TemplateSourceCode, key: string, value: string): FrontMatterEdit | null {
  if (sourceCode.document.locate("/send")) return addToMapping(sourceCode, "/send", key, value);
  return insertAfterEntry(sourceCode, "/category", `send: { ${key}: ${value} }`);
}

/** The most severe entry of those broken; among equals, the tightest. */
function worstOf<T extends SendLimit>(broken: readonly T[], tightness: (entry: T) => number): T | undefined {
  return [...broken].sort((a, b) => RANK[effectiveSeverity(b)] - RANK[effectiveSeverity(a)] || tightness(a) - tightness(b))[0];
}

function entriesText(pack: PolicyPack, entries: readonly SendLimit[]): string {
  return entries.map((entry) => `${entry.id} (${citationText(pack, entry.sources)})`).join("; ");
}

const MESSAGES = {
  windowOutside: {
    en: "Send window {{ declared }} is not inside {{ allowed }}, the window the policy allows.\n{{ detail }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "发送时段 {{ declared }} 超出了政策允许的 {{ allowed }}。\n{{ detail }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "發送時段 {{ declared }} 超出了政策允許的 {{ allowed }}。\n{{ detail }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  tooMany: {
    en: "`maxPerDay: {{ declared }}` is more than the policy allows ({{ allowed }} a day).\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "`maxPerDay: {{ declared }}` 超过政策允许的上限（每天 {{ allowed }} 条）。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "`maxPerDay: {{ declared }}` 超過政策允許的上限（每天 {{ allowed }} 則）。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  noWindow: {
    en: "`send` declares no `window`: this {{ category }} message needs one within {{ allowed }}.\nWithout it the sending service may send at any hour. Limit: {{ entries }}.",
    "zh-CN": "`send` 未声明 `window`：此{{ category }}类消息需要限定在 {{ allowed }} 内发送。\n否则发送服务可能在任何时段发送。限制来源：{{ entries }}。",
    "zh-TW": "`send` 未宣告 `window`：此{{ category }}類訊息需限定在 {{ allowed }} 內發送。\n否則發送服務可能在任何時段發送。限制來源：{{ entries }}。",
  },
  noMaxPerDay: {
    en: "`send` declares no `maxPerDay`: this {{ category }} message needs a daily cap of at most {{ allowed }}.\nLimit: {{ entries }}.",
    "zh-CN": "`send` 未声明 `maxPerDay`：此{{ category }}类消息每天最多发送 {{ allowed }} 条。\n限制来源：{{ entries }}。",
    "zh-TW": "`send` 未宣告 `maxPerDay`：此{{ category }}類訊息每天最多發送 {{ allowed }} 則。\n限制來源：{{ entries }}。",
  },
  useWindow: { en: "Use `window: {{ value }}`, inside every applicable limit.", "zh-CN": "改为 `window: {{ value }}`（符合所有适用限制）。", "zh-TW": "改為 `window: {{ value }}`（符合所有適用限制）。" },
  useMaxPerDay: { en: "Use `maxPerDay: {{ value }}`, within every applicable limit.", "zh-CN": "改为 `maxPerDay: {{ value }}`（符合所有适用限制）。", "zh-TW": "改為 `maxPerDay: {{ value }}`（符合所有適用限制）。" },
  addWindow: { en: "Declare `window: {{ value }}` under `send`.", "zh-CN": "在 `send` 下声明 `window: {{ value }}`。", "zh-TW": "在 `send` 下宣告 `window: {{ value }}`。" },
  addMaxPerDay: { en: "Declare `maxPerDay: {{ value }}` under `send`.", "zh-CN": "在 `send` 下声明 `maxPerDay: {{ value }}`。", "zh-TW": "在 `send` 下宣告 `maxPerDay: {{ value }}`。" },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "`send.window` and `send.maxPerDay` stay within the policy's limits",
      descriptions: { "zh-CN": "`send.window` 和 `send.maxPerDay` 不得超出政策限制", "zh-TW": "`send.window` 和 `send.maxPerDay` 不得超出政策限制" },
      url: docsUrl("send-window"),
      get source() {
        return sourcesOf((pack) => pack.sendLimits);
      },
      recommended: "error",
      group: "channel",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const locale = localeOf(context);
    const { sourceCode } = context;
    return policyVisitor(sourceCode, (pack) => {
      const { document, text } = sourceCode;
      const entries = applicable(sourceCode, pack.sendLimits);
      if (entries.length === 0) return;
      const send = document.meta.send;
      // A `send` that is not a mapping is valid-front-matter's finding.
      if (document.locate("/send") && !send) return;

      // ── The window ──────────────────────────────────────────────────────
      const windowed = entries.flatMap((entry) => {
        const window = parseSendWindow(entry.window);
        return window ? [{ entry, window }] : [];
      });
      const allowedWindow = commonWindow(windowed.map(({ window }) => window));
      const windowAt = document.locate("/send/window");
      if (windowed.length > 0 && windowAt) {
        const declared = parseSendWindow(send?.window);
        // An unreadable value is valid-front-matter's finding.
        if (declared) {
          const broken = windowed.filter(({ window }) => !windowWithin(declared, window));
          const worst = worstOf(
            broken.map(({ entry }) => entry),
            (entry) => windowMinutes(parseSendWindow(entry.window)!),
          );
          if (worst) {
            const allowed = parseSendWindow(worst.window)!;
            const suggestion = allowedWindow ? formatSendWindow(clampWindow(declared, allowedWindow)) : null;
            reportForEntry(
              context,
              {
                loc: document.lines.locOf(windowAt.value),
                messageId: "windowOutside",
                data: { declared: formatSendWindow(declared), allowed: formatSendWindow(allowed), entry: worst.id, detail: howOutside(declared, allowed, locale), summary: entrySummary(worst, locale), source: citationText(pack, worst.sources) },
                suggest: suggestion ? [{ messageId: "useWindow", data: { value: suggestion }, fix: (fixer) => fixer.replaceTextRange(unquotedRange(text, windowAt.value), suggestion) }] : [],
              },
              worst,
            );
          }
        }
      } else if (windowed.length > 0 && !windowAt) {
        const value = allowedWindow ? formatSendWindow(allowedWindow) : null;
        const edit = value ? addToSend(sourceCode, "window", `"${value}"`) : null;
        reportForEntry(
          context,
          {
            loc: missingLocation(),
            messageId: "noWindow",
            data: { category: describeCategory(document.meta.category ?? "", locale), allowed: value ?? windowed.map(({ entry }) => entry.window).join(" and "), entries: entriesText(pack, windowed.map(({ entry }) => entry)) },
            suggest: edit ? [{ messageId: "addWindow", data: { value }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
          },
          { severity: "warn" },
        );
      }

      // ── The daily cap ───────────────────────────────────────────────────
      const capped = entries.filter((entry): entry is SendLimit & { maxPerDay: number } => typeof entry.maxPerDay === "number");
      const allowedCap = capped.length > 0 ? Math.min(...capped.map((entry) => entry.maxPerDay)) : null;
      const capAt = document.locate("/send/maxPerDay");
      if (allowedCap !== null && capAt) {
        const declared = send?.maxPerDay;
        if (declared !== undefined) {
          const worst = worstOf(
            capped.filter((entry) => declared > entry.maxPerDay),
            (entry) => entry.maxPerDay ?? 0,
          );
          if (worst) {
            const value = String(allowedCap);
            const suggest: Array<SuggestedEdit<MessageIds>> = [{ messageId: "useMaxPerDay", data: { value }, fix: (fixer) => fixer.replaceTextRange(unquotedRange(text, capAt.value), value) }];
            reportForEntry(
              context,
              {
                loc: document.lines.locOf(capAt.value),
                messageId: "tooMany",
                data: { declared, allowed: worst.maxPerDay ?? 0, entry: worst.id, summary: entrySummary(worst, locale), source: citationText(pack, worst.sources) },
                suggest,
              },
              worst,
            );
          }
        }
      } else if (allowedCap !== null && !capAt) {
        const value = String(allowedCap);
        const edit = addToSend(sourceCode, "maxPerDay", value);
        reportForEntry(
          context,
          {
            loc: missingLocation(),
            messageId: "noMaxPerDay",
            data: { category: describeCategory(document.meta.category ?? "", locale), allowed: allowedCap, entries: entriesText(pack, capped) },
            suggest: edit ? [{ messageId: "addMaxPerDay", data: { value }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
          },
          { severity: "warn" },
        );
      }

      /** Where a missing limit is reported: the `category` value that makes it apply. */
      function missingLocation(): SourceLocation {
        const category = document.locate("/category");
        if (category) return document.lines.locOf(category.value);
        const sendKey = document.locate("/send")?.key;
        return sendKey ? document.lines.locOf(sendKey) : messageLocation(sourceCode);
      }
    });
  },
};

export default rule;
