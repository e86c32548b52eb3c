import type { SuggestedEdit } from "@eslint/core";
import type { Range, SourceLocation, Catalog } from "@tactful/core";
import { citationText, effectiveSeverity, type PolicyPack, type SendLimit, type Severity } from "@tactful/policies";
import { applicable, frontMatterUsable, messageLocation } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { describeCategory } from "../util/roles.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";

type MessageIds = "windowOutside" | "tooMany" | "noWindow" | "noMaxPerDay" | "useWindow" | "useMaxPerDay" | "addWindow" | "addMaxPerDay";

const DAY = 24 * 60;
const WINDOW = /^([01][0-9]|2[0-3]):([0-5][0-9])-(?:([01][0-9]|2[0-3]):([0-5][0-9])|(24):(00))$/u;
const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/** A time range in minutes after midnight; `end` may be 1440 (24:00). `start > end` wraps past midnight. */
interface Window {
  start: number;
  end: number;
}

function parseWindow(text: string | undefined): Window | null {
  const match = text === undefined ? null : WINDOW.exec(text);
  if (!match) return null;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = match[5] ? DAY : Number(match[3]) * 60 + Number(match[4]);
  return { start, end };
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function formatWindow(window: Window): string {
  return `${formatTime(window.start)}-${formatTime(window.end)}`;
}

/** The stretches of one day a window covers. */
function stretches(window: Window): Array<[number, number]> {
  if (window.start < window.end) return [[window.start, window.end]];
  if (window.start === window.end) return [[0, DAY]];
  const parts: Array<[number, number]> = [
    [window.start, DAY],
    [0, window.end],
  ];
  return parts.filter(([from, to]) => from < to);
}

/** Whether every minute of `inner` lies in `outer`. */
function within(inner: Window, outer: Window): boolean {
  const allowed = stretches(outer);
  return stretches(inner).every(([from, to]) => allowed.some(([start, end]) => from >= start && to <= end));
}

/** What is wrong with a declared window against an allowed one, in words. */
function howOutside(declared: Window, allowed: Window): string {
  if (declared.start > declared.end || declared.start === declared.end || allowed.start >= allowed.end) return "it runs past midnight";
  const parts: string[] = [];
  if (declared.start < allowed.start) parts.push(`it starts at ${formatTime(declared.start)}, before ${formatTime(allowed.start)}`);
  if (declared.end > allowed.end) parts.push(`it ends at ${formatTime(declared.end)}, after ${formatTime(allowed.end)}`);
  return parts.join(", and ");
}

/** The narrowest window every entry allows (entries that run past midnight are not combined), or null. */
function commonWindow(windows: readonly Window[]): Window | null {
  if (windows.length === 0 || windows.some((window) => window.start >= window.end)) return null;
  const start = Math.max(...windows.map((window) => window.start));
  const end = Math.min(...windows.map((window) => window.end));
  return start < end ? { start, end } : null;
}

/** The declared window cut down to the allowed one, keeping the author's narrower bounds. */
function clamp(declared: Window, allowed: Window): Window {
  let best: Window | null = null;
  for (const [from, to] of stretches(declared)) {
    const start = Math.max(from, allowed.start);
    const end = Math.min(to, allowed.end);
    if (start < end && (!best || end - start > best.end - best.start)) best = { start, end };
  }
  return best ?? allowed;
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
      url: docsUrl("send-window"),
      source: sourcesOf((pack) => pack.sendLimits),
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
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const pack = sourceCode.policy;
        if (!pack) return;
        const { document, text } = sourceCode;
        const entries = applicable(sourceCode, pack.sendLimits);
        if (entries.length === 0) return;
        const send = document.meta.send;
        // A `send` that is not a mapping is valid-front-matter's finding.
        if (document.locate("/send") && !send) return;
        const newline = /\r\n|\r|\n/u.exec(text)?.[0] ?? "\n";

        // ── The window ──────────────────────────────────────────────────────
        const windowed = entries.flatMap((entry) => {
          const window = parseWindow(entry.window);
          return window ? [{ entry, window }] : [];
        });
        const allowedWindow = commonWindow(windowed.map(({ window }) => window));
        const windowAt = document.locate("/send/window");
        if (windowed.length > 0 && windowAt) {
          const declared = parseWindow(send?.window);
          // An unreadable value is valid-front-matter's finding.
          if (declared) {
            const broken = windowed.filter(({ window }) => !within(declared, window));
            const worst = worstOf(
              broken.map(({ entry }) => entry),
              (entry) => {
                const window = parseWindow(entry.window)!;
                return stretches(window).reduce((sum, [from, to]) => sum + to - from, 0);
              },
            );
            if (worst) {
              const allowed = parseWindow(worst.window)!;
              const suggestion = allowedWindow ? formatWindow(clamp(declared, allowedWindow)) : null;
              reportForEntry(
                context,
                {
                  loc: document.lines.locOf(windowAt.value),
                  messageId: "windowOutside",
                  data: { declared: formatWindow(declared), allowed: formatWindow(allowed), entry: worst.id, detail: howOutside(declared, allowed), summary: worst.summary, source: citationText(pack, worst.sources) },
                  suggest: suggestion ? [{ messageId: "useWindow", data: { value: suggestion }, fix: (fixer) => fixer.replaceTextRange(scalarRange(windowAt.value), suggestion) }] : [],
                },
                worst,
              );
            }
          }
        } else if (windowed.length > 0 && !windowAt) {
          const value = allowedWindow ? formatWindow(allowedWindow) : null;
          const edit = value ? addToSend("window", `"${value}"`) : null;
          reportForEntry(
            context,
            {
              loc: missingLocation(),
              messageId: "noWindow",
              data: { category: describeCategory(document.meta.category ?? "", locale), allowed: value ?? windowed.map(({ entry }) => entry.window).join(" and "), entries: entriesText(pack, windowed.map(({ entry }) => entry)) },
              suggest: edit ? [{ messageId: "addWindow", data: { value }, fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.text) }] : [],
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
              const suggest: Array<SuggestedEdit<MessageIds>> = [{ messageId: "useMaxPerDay", data: { value }, fix: (fixer) => fixer.replaceTextRange(scalarRange(capAt.value), value) }];
              reportForEntry(
                context,
                {
                  loc: document.lines.locOf(capAt.value),
                  messageId: "tooMany",
                  data: { declared, allowed: worst.maxPerDay ?? 0, entry: worst.id, summary: worst.summary, source: citationText(pack, worst.sources) },
                  suggest,
                },
                worst,
              );
            }
          }
        } else if (allowedCap !== null && !capAt) {
          const value = String(allowedCap);
          const edit = addToSend("maxPerDay", value);
          reportForEntry(
            context,
            {
              loc: missingLocation(),
              messageId: "noMaxPerDay",
              data: { category: describeCategory(document.meta.category ?? "", locale), allowed: allowedCap, entries: entriesText(pack, capped) },
              suggest: edit ? [{ messageId: "addMaxPerDay", data: { value }, fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.text) }] : [],
            },
            { severity: "warn" },
          );
        }

        /** A scalar's text without its quotes, so a fix keeps the author's quoting. */
        function scalarRange(range: Range): Range {
          const first = text[range[0]];
          return (first === '"' || first === "'") && range[1] - range[0] >= 2 ? [range[0] + 1, range[1] - 1] : range;
        }

        /** Where a missing limit is reported: the `category` value that makes it apply. */
        function missingLocation(): SourceLocation {
          const category = document.locate("/category");
          if (category) return document.lines.locOf(category.value);
          const sendKey = document.locate("/send")?.key;
          return sendKey ? document.lines.locOf(sendKey) : messageLocation(sourceCode);
        }

        /** An edit that adds `key: value` to `send`, creating `send` after `category` when there is none. */
        function addToSend(key: string, value: string): { at: number; text: string } | null {
          const sendAt = document.locate("/send");
          if (!sendAt) {
            const category = document.locate("/category");
            if (!category?.key) return null;
            const lineStart = text.lastIndexOf("\n", category.key[0]) + 1;
            if (category.key[0] !== lineStart) return null;
            return { at: category.value[1], text: `${newline}send: { ${key}: ${value} }` };
          }
          const [start, end] = sendAt.value;
          if (text[start] === "{" && text[end - 1] === "}") {
            const inside = text.slice(start + 1, end - 1);
            if (inside.trim() === "") return { at: start + 1, text: ` ${key}: ${value} ` };
            let last = end - 1;
            while (last > start + 1 && /\s/u.test(text[last - 1]!)) last--;
            return { at: last, text: `, ${key}: ${value}` };
          }
          // A block mapping: a new line at the indentation of its other key.
          const sibling = document.locate(key === "window" ? "/send/maxPerDay" : "/send/window");
          if (!sibling?.key) return null;
          const lineStart = text.lastIndexOf("\n", sibling.key[0]) + 1;
          const indent = text.slice(lineStart, sibling.key[0]);
          if (!/^[ \t]*$/u.test(indent)) return null;
          return { at: sibling.value[1], text: `${newline}${indent}${key}: ${value}` };
        }
      },
    };
  },
};

export default rule;
