import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { builtInPacks, citationText } from "@tactful/policies";
import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const body = "【示例金融】您好。";
const cn = (send: string | undefined, extra: Partial<TemplateSpec> = {}): string => template({ category: "collection", ...(send === undefined ? {} : { send }), body, ...extra });
const us = (send: string | undefined, extra: Partial<TemplateSpec> = {}): string =>
  template({ locale: "en-US", category: "collection", sender: "{ name: Example Lending, role: creditor }", ...(send === undefined ? {} : { send }), body: "Example Lending: hello.", ...extra });
const usMarketing = (send: string): string => us(send, { category: "marketing", audience: "customer" });

/** Where `send:` is written in these templates (no jurisdiction line). */
const SEND_LINE = 9;
/** The `category` value. */
const CATEGORY = { line: 6, column: 11 };

/** The citation a finding quotes for a `sendLimits` entry. */
function sourceOf(pack: string, id: string): string {
  const policy = builtInPacks.packFor(pack)!;
  return citationText(policy, policy.sendLimits.find((entry) => entry.id === id)!.sources);
}
const CN_WINDOW_SOURCE = sourceOf("CN", "CN-COL-TIME-011");
const CN_FREQ_SOURCE = sourceOf("CN", "CN-COL-FREQ-012");

ruleTester().run("send-window", plugin.rules["send-window"], {
  valid: [
    // Realistic limits inside the CN collection window and cap.
    { filename: FILENAME, code: cn('{ window: "09:00-20:00", maxPerDay: 1 }') },
    // Exactly the tightest window is fine.
    { filename: FILENAME, code: cn('{ window: "08:00-21:00", maxPerDay: 1 }') },
    // Written as a block mapping, unquoted.
    { filename: FILENAME, code: cn("\n  window: 09:00-20:00\n  maxPerDay: 1") },
    // CN collection email: no daily cap applies to email.
    { filename: FILENAME, code: cn('{ window: "09:00-20:00" }', { channel: "email", subject: "逾期提醒" }) },
    // US collection: 8 a.m.–9 p.m.; no daily cap for texts.
    { filename: FILENAME, code: us('{ window: "08:00-21:00" }') },
    // US marketing text: inside the strictest state window and cap.
    { filename: FILENAME, code: usMarketing('{ window: "10:00-20:00", maxPerDay: 3 }') },
    // The marketing windows are for texts (TCPA quiet hours, SMS platform windows): a marketing email needs none.
    { filename: FILENAME, code: us(undefined, { category: "marketing", audience: "customer", channel: "email", subject: "Rates" }) },
    { filename: FILENAME, code: cn(undefined, { category: "marketing", audience: "customer", channel: "push", title: "新品" }) },
    // Transactional messages have no send limits in either pack.
    { filename: FILENAME, code: cn(undefined, { category: "transactional" }) },
    { filename: FILENAME, code: us(undefined, { category: "transactional" }) },
    // No policy pack (zh-TW without a jurisdiction): nothing to check against.
    { filename: FILENAME, code: cn('{ window: "00:00-24:00", maxPerDay: 9 }', { locale: "zh-TW" }) },
    // A value the schema rejects is valid-front-matter's finding.
    { filename: FILENAME, code: cn('{ window: "9am-8pm", maxPerDay: 1 }') },
  ],
  invalid: [
    {
      // Outside both CN windows: reported once, for the blocking entry; the suggestion fits every entry.
      filename: FILENAME,
      code: cn("{ window: 07:00-23:00, maxPerDay: 1 }"),
      errors: [
        {
          message: "Send window 07:00-23:00 is not inside 08:00-22:00, the window the policy allows.\nit starts at 07:00, before 08:00, and it ends at 23:00, after 22:00. No collection or overdue reminder between 22:00 and 08:00 (recipient's local time) unless the debtor agreed. Source: GB/T 45251-2025 互联网金融 个人网络消费信贷 贷后催收风控指引; 互联网金融贷后催收业务指引; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-TIME-011).",
          line: SEND_LINE,
          column: 17,
          endColumn: 28,
          suggestions: [{ messageId: "useWindow", data: { value: "08:00-21:00" }, output: cn("{ window: 08:00-21:00, maxPerDay: 1 }") }],
        },
      ],
    },
    {
      // Inside the blocking 22:00 line but not the advisory 21:00 default: reported for the advisory entry; quotes kept.
      filename: FILENAME,
      code: cn('{ window: "09:00-21:30", maxPerDay: 1 }'),
      errors: [
        {
          message: "Send window 09:00-21:30 is not inside 08:00-21:00, the window the policy allows.\nit ends at 21:30, after 21:00. Collection messages default to 08:00–21:00, a margin inside the 22:00 line that covers the readings of older self-regulation. Source: 互联网金融贷后催收业务指引; 互联网金融逾期债务催收自律公约（试行） (CN-COL-TIME-011-DEFAULT).",
          line: SEND_LINE,
          column: 17,
          endColumn: 30,
          suggestions: [{ messageId: "useWindow", data: { value: "09:00-21:00" }, output: cn('{ window: "09:00-21:00", maxPerDay: 1 }') }],
        },
      ],
    },
    {
      // 24:00 is the end of the day.
      filename: FILENAME,
      code: cn('{ window: "09:00-24:00", maxPerDay: 1 }'),
      errors: [{ messageId: "windowOutside", data: { declared: "09:00-24:00", allowed: "08:00-22:00", entry: "CN-COL-TIME-011", detail: "it ends at 24:00, after 22:00", summary: "No collection or overdue reminder between 22:00 and 08:00 (recipient's local time) unless the debtor agreed.", source: CN_WINDOW_SOURCE }, suggestions: [{ messageId: "useWindow", output: cn('{ window: "09:00-21:00", maxPerDay: 1 }') }] }],
    },
    {
      // A window across midnight.
      filename: FILENAME,
      code: cn('{ window: "20:00-08:00", maxPerDay: 1 }'),
      errors: [{ messageId: "windowOutside", data: { declared: "20:00-08:00", allowed: "08:00-22:00", entry: "CN-COL-TIME-011", detail: "it runs past midnight", summary: "No collection or overdue reminder between 22:00 and 08:00 (recipient's local time) unless the debtor agreed.", source: CN_WINDOW_SOURCE }, suggestions: [{ messageId: "useWindow", output: cn('{ window: "20:00-21:00", maxPerDay: 1 }') }] }],
    },
    {
      // Too many a day, in a block mapping.
      filename: FILENAME,
      code: cn('\n  window: "09:00-20:00"\n  maxPerDay: 3'),
      errors: [
        {
          message: "`maxPerDay: 3` is more than the policy allows (1 a day).\nAt most one collection SMS a day per debt, and no bursts. Source: GB/T 45251-2025 互联网金融 个人网络消费信贷 贷后催收风控指引; 金融机构个人消费类贷款催收工作指引（试行）; 治安管理处罚法 (2012 text) Art. 42(5) (CN-COL-FREQ-012).",
          line: SEND_LINE + 2,
          column: 14,
          endColumn: 15,
          suggestions: [{ messageId: "useMaxPerDay", data: { value: "1" }, output: cn('\n  window: "09:00-20:00"\n  maxPerDay: 1') }],
        },
      ],
    },
    {
      // US collection texts after 9 p.m.
      filename: FILENAME,
      code: us('{ window: "09:00-22:00" }'),
      errors: [
        {
          message: "Send window 09:00-22:00 is not inside 08:00-21:00, the window the policy allows.\nit ends at 22:00, after 21:00. Collection messages only after 8:00 a.m. and before 9:00 p.m. in the consumer's local time. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692c(a)(1); Regulation F, 12 CFR §1006.6(b)(1)(i) (US-COL-TIME-001).",
          line: SEND_LINE,
          column: 17,
          suggestions: [{ messageId: "useWindow", output: us('{ window: "09:00-21:00" }') }],
        },
      ],
    },
    {
      // US marketing texts: the federal window is kept, the strictest states' window and cap are not.
      filename: FILENAME,
      code: usMarketing('{ window: "08:00-21:00", maxPerDay: 5 }'),
      errors: [
        { messageId: "windowOutside", line: SEND_LINE, column: 17, suggestions: [{ messageId: "useWindow", output: usMarketing('{ window: "08:00-20:00", maxPerDay: 5 }') }] },
        { messageId: "tooMany", line: SEND_LINE, column: 43, suggestions: [{ messageId: "useMaxPerDay", output: usMarketing('{ window: "08:00-21:00", maxPerDay: 3 }') }] },
      ],
    },
    {
      // No `send` at all: both limits missing, reported at the category that makes them apply.
      filename: FILENAME,
      code: cn(undefined),
      errors: [
        {
          message: "`send` declares no `window`: this collection message needs one within 08:00-21:00.\nWithout it the sending service may send at any hour. Limit: CN-COL-TIME-011 (GB/T 45251-2025 互联网金融 个人网络消费信贷 贷后催收风控指引; 互联网金融贷后催收业务指引; 金融机构个人消费类贷款催收工作指引（试行）); CN-COL-TIME-011-DEFAULT (互联网金融贷后催收业务指引; 互联网金融逾期债务催收自律公约（试行）).",
          ...CATEGORY,
          endColumn: 21,
          suggestions: [{ messageId: "addWindow", data: { value: "08:00-21:00" }, output: cn(undefined).replace("category: collection", 'category: collection\nsend: { window: "08:00-21:00" }') }],
        },
        {
          message: `\`send\` declares no \`maxPerDay\`: this collection message needs a daily cap of at most 1.\nLimit: CN-COL-FREQ-012 (${CN_FREQ_SOURCE}).`,
          ...CATEGORY,
          suggestions: [{ messageId: "addMaxPerDay", data: { value: "1" }, output: cn(undefined).replace("category: collection", "category: collection\nsend: { maxPerDay: 1 }") }],
        },
      ],
    },
    {
      // A missing cap added to a flow mapping.
      filename: FILENAME,
      code: cn('{ window: "09:00-20:00" }'),
      errors: [{ messageId: "noMaxPerDay", ...CATEGORY, suggestions: [{ messageId: "addMaxPerDay", output: cn('{ window: "09:00-20:00", maxPerDay: 1 }') }] }],
    },
    {
      // ...to an empty one.
      filename: FILENAME,
      code: cn("{}"),
      errors: [
        { messageId: "noWindow", ...CATEGORY, suggestions: [{ messageId: "addWindow", output: cn('{ window: "08:00-21:00" }') }] },
        { messageId: "noMaxPerDay", ...CATEGORY, suggestions: [{ messageId: "addMaxPerDay", output: cn("{ maxPerDay: 1 }") }] },
      ],
    },
    {
      // ...and to a block mapping.
      filename: FILENAME,
      code: cn("\n  maxPerDay: 1"),
      errors: [{ messageId: "noWindow", ...CATEGORY, suggestions: [{ messageId: "addWindow", output: cn('\n  maxPerDay: 1\n  window: "08:00-21:00"') }] }],
    },
    {
      // US collection without a window.
      filename: FILENAME,
      code: us(undefined),
      errors: [{ messageId: "noWindow", ...CATEGORY, suggestions: [{ messageId: "addWindow", output: us(undefined).replace("category: collection", 'category: collection\nsend: { window: "08:00-21:00" }') }] }],
    },
  ],
});

describe("send-window levels with the recommended config", () => {
  const linter = new Linter({ configType: "flat" });
  const levels = (code: string): Array<[string | undefined, number]> =>
    linter.verify(code, [plugin.configs.recommended!], { filename: `levels-${Math.random()}.msg.njk` }).filter((message) => message.ruleId === "tactful/send-window").map((message) => [message.messageId, message.severity]);

  it("blocks a window outside the blocking entry and warns for advisory ones", () => {
    expect(levels(cn("{ window: 07:00-23:00, maxPerDay: 1 }"))).toEqual([["windowOutside", 2]]);
    expect(levels(cn('{ window: "09:00-21:30", maxPerDay: 1 }'))).toEqual([["windowOutside", 1]]);
    expect(levels(cn('{ window: "09:00-20:00", maxPerDay: 3 }'))).toEqual([["tooMany", 1]]);
  });

  it("only warns when a limit is missing", () => {
    expect(levels(cn(undefined))).toEqual([
      ["noWindow", 1],
      ["noMaxPerDay", 1],
    ]);
  });
});
