import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { parseTemplate } from "@tactful/core";
import plugin, { waiversIn } from "../src/index.js";
import { ACME_PACK, template } from "./rule-tester.js";

const linter = new Linter({ configType: "flat" });
const only = (rules: Linter.RulesRecord): Linter.Config[] => [{ files: ["**/*.msg.njk"], plugins: { tactful: plugin }, language: "tactful/template", rules }];
const undeclared = only({ "tactful/no-undeclared-variables": "error" });

function verify(code: string, config: Linter.Config[] = undeclared, options: Linter.LintOptions = {}): { messages: Linter.LintMessage[]; suppressed: Linter.SuppressedLintMessage[] } {
  const messages = linter.verify(code, config, { filename: "message.msg.njk", ...options });
  // Linter#getSuppressedMessages is public API but missing from ESLint's type declarations.
  return { messages, suppressed: (linter as Linter & { getSuppressedMessages(): Linter.SuppressedLintMessage[] }).getSuppressedMessages() };
}

describe("suppression directives", () => {
  it("suppress the next line with a reason, and keep the reason", () => {
    const code = template({ body: "{# tactful-disable-next-line no-undeclared-variables -- sent by every caller #}\n{{ extra }}" });
    const { messages, suppressed } = verify(code);
    expect(messages).toEqual([]);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: "directive", justification: "sent by every caller" }]);
  });

  it("accept the eslint-disable forms and full rule ids", () => {
    const code = template({ body: "{{ a }}{# eslint-disable-line tactful/no-undeclared-variables -- legacy #}\n{# eslint-disable-next-line no-undeclared-variables -- legacy #}\n{{ b }}" });
    expect(verify(code).messages).toEqual([]);
  });

  it("suppress a region between disable and enable", () => {
    const code = template({ body: "{# tactful-disable no-undeclared-variables -- migration #}\n{{ a }}\n{# tactful-enable no-undeclared-variables #}\n{{ b }}" });
    expect(verify(code).messages.map((message) => message.line)).toEqual([13]);
  });

  it("need no reason to re-enable a rule", () => {
    const code = template({ body: "{# tactful-disable no-undeclared-variables -- migration #}\n{{ a }}\n{# tactful-enable #}" });
    expect(verify(code).messages).toEqual([]);
  });

  it("report a directive without a reason and do not honour it", () => {
    const code = template({ body: "{# tactful-disable-next-line no-undeclared-variables #}\n{{ extra }}" });
    const { messages, suppressed } = verify(code);
    expect(suppressed).toEqual([]);
    expect(messages.map((message) => [message.ruleId, message.line, message.severity])).toEqual([
      [null, 10, 2],
      ["tactful/no-undeclared-variables", 11, 2],
    ]);
    expect(messages[0]!.message).toBe("tactful-disable-next-line needs a reason: {# tactful-disable-next-line tactful/no-undeclared-variables -- why this is acceptable #}");
  });

  it("read a ` --` that ends the comment as a blank reason, and say what to write without doubling it", () => {
    for (const comment of ["{# tactful-disable-next-line no-undeclared-variables -- #}", "{# tactful-disable-next-line no-undeclared-variables --  -#}"]) {
      const { messages, suppressed } = verify(template({ body: `${comment}\n{{ extra }}` }));
      expect(suppressed).toEqual([]);
      expect(messages.map((message) => [message.ruleId, message.line, message.column, message.message])).toEqual([
        [null, 10, 1, "tactful-disable-next-line needs a reason: {# tactful-disable-next-line tactful/no-undeclared-variables -- why this is acceptable #}"],
        ["tactful/no-undeclared-variables", 11, 4, expect.any(String)],
      ]);
    }
  });

  it.each([
    ["{# eslint-disable -- ok #}\n{{ extra }}", "eslint-disable"],
    ["{# tactful-disable -- ok #}\n{{ extra }}", "tactful-disable"],
    ["{{ extra }}{# tactful-disable-line -- ok #}", "tactful-disable-line"],
    ["{{ extra }}{# eslint-disable-line -- ok #}", "eslint-disable-line"],
    ["{# tactful-disable-next-line -- ok #}\n{{ extra }}", "tactful-disable-next-line"],
    ["{# eslint-disable-next-line -- ok #}\n{{ extra }}", "eslint-disable-next-line"],
  ])("that name no rule are refused, whatever their reason, and the finding stays (%s)", (body, label) => {
    const code = template({ body });
    const { messages, suppressed } = verify(code);
    expect(suppressed).toEqual([]);
    const refusal = messages.find((message) => message.ruleId === null)!;
    expect(refusal).toMatchObject({ severity: 2, line: 10, column: body.startsWith("{{") ? 12 : 1 });
    expect(refusal.message).toBe(`${label} must name the rules it turns off; without them it would turn off every rule, so it is not applied: {# ${label} rule-name -- ok #}`);
    expect(messages.map((message) => message.ruleId)).toContain("tactful/no-undeclared-variables");
  });

  it("that name no rule and give no reason say both are missing", () => {
    const { messages } = verify(template({ body: "{# tactful-disable-next-line -- #}\n{{ extra }}" }));
    expect(messages[0]!.message).toBe("tactful-disable-next-line must name the rules it turns off; without them it would turn off every rule, so it is not applied: {# tactful-disable-next-line rule-name -- why this is acceptable #}");
  });

  it.each([
    ["zh-CN", "tactful-disable-next-line 必须写明要停用的规则；不写则会停用所有规则，因此不生效：{# tactful-disable-next-line 规则名 -- ok #}"],
    ["zh-TW", "tactful-disable-next-line 必須寫明要停用的規則；不寫則會停用所有規則，因此不生效：{# tactful-disable-next-line 規則名稱 -- ok #}"],
  ])("are refused in the language option's locale (%s)", (locale, text) => {
    const config = undeclared.map((block) => ({ ...block, languageOptions: { locale } }));
    expect(verify(template({ body: "{# tactful-disable-next-line -- ok #}\n{{ extra }}" }), config).messages[0]!.message).toBe(text);
  });

  it("are listed in the waiver register as refused, suppressing nothing, even beside an honoured one with the same reason", () => {
    const code = template({ body: "{# tactful-disable-next-line -- ok #}\n{{ extra }}\n{# tactful-disable-next-line no-undeclared-variables -- ok #}\n{{ other }}" });
    const { suppressed } = verify(code);
    const comments = parseTemplate(code).comments;
    expect(waiversIn(comments, suppressed)).toEqual([
      { line: 10, directive: "tactful-disable-next-line", rules: [], reason: "ok", refused: "needsRules", suppressed: 0 },
      { line: 12, directive: "tactful-disable-next-line", rules: ["tactful/no-undeclared-variables"], reason: "ok", refused: null, suppressed: 1 },
    ]);
  });

  it("name an unknown rule", () => {
    const code = template({ body: "{# tactful-disable-next-line no-such-rule -- because #}\nx" });
    expect(verify(code).messages.map((message) => message.message)).toEqual([expect.stringContaining("tactful/no-such-rule")]);
  });

  it("are reported when unused, if asked", () => {
    const code = template({ body: "{# tactful-disable-next-line no-undeclared-variables -- no longer needed #}\nplain text" });
    const { messages } = verify(code, undeclared, { reportUnusedDisableDirectives: true });
    expect(messages.map((message) => message.message)).toEqual([expect.stringContaining("Unused eslint-disable directive")]);
  });
});

describe("inline configuration", () => {
  const threatening = template({ category: "collection", body: "【示例金融】{# eslint tactful/no-threats: \"off\" #}再不还款我们就上门找你家人。" });
  const threats = only({ "tactful/no-threats": "error" });

  it.each([
    ["eslint tactful/no-threats: \"off\"", "eslint"],
    ["tactful no-threats: off", "tactful"],
    ["tactful no-threats: warn", "a lower level"],
    ["tactful no-threats: 0", "a numeric level"],
  ])("is refused for a compliance rule (%s): the finding stays, and the refusal says to write a waiver", (setting) => {
    const code = threatening.replace('eslint tactful/no-threats: "off"', setting);
    const { messages, suppressed } = verify(code, threats);
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual(expect.arrayContaining([[null, 2], ["tactful/no-threats", 2]]));
    expect(messages.find((message) => message.ruleId === null)?.message).toContain("{# tactful-disable-next-line no-threats -- why this is acceptable #}");
    expect(suppressed).toEqual([]);
  });

  it("refuses new options for a compliance rule, which could relax it", () => {
    const code = template({ body: '{# tactful no-undeclared-variables: ["error", {}] #}\n{{ extra }}' });
    expect(verify(code).messages.map((message) => message.ruleId)).toEqual([null, "tactful/no-undeclared-variables"]);
  });

  it("may make a rule an error for the file", () => {
    const code = template({ body: "{# tactful no-undeclared-variables: error #}\n{{ extra }}" });
    expect(verify(code, only({ "tactful/no-undeclared-variables": "warn" })).messages.map((message) => [message.ruleId, message.severity])).toEqual([["tactful/no-undeclared-variables", 2]]);
  });

  it("says why it is refused in the writer's language", () => {
    const inLocale = (locale: string): Linter.LintMessage[] => verify(threatening, [{ ...threats[0]!, languageOptions: { locale } }]).messages.filter((message) => message.ruleId === null);
    expect(inLocale("zh-CN").map((message) => message.message)).toEqual([
      "行内配置不能停用、降低或重新配置 tactful/no-threats：请用 {# tactful-disable-next-line no-threats -- 为何可以接受 #} 豁免该问题，或修改 eslint.config.*。",
    ]);
    expect(inLocale("zh-TW").map((message) => message.message)).toEqual([
      "行內設定不能停用、降低或重新設定 tactful/no-threats：請用 {# tactful-disable-next-line no-threats -- 為何可以接受 #} 豁免該問題，或修改 eslint.config.*。",
    ]);
    const unreadable = template({ body: "{# tactful no-undeclared-variables: [ #}\nx" });
    const said = (locale: string): string | undefined => verify(unreadable, [{ ...undeclared[0]!, languageOptions: { locale } }]).messages[0]?.message;
    expect(said("zh-CN")).toMatch(/^无法读取此行内配置，因此不生效：/u);
    expect(said("zh-TW")).toMatch(/^無法讀取此行內設定，因此不生效：/u);
  });

  it("reports configuration it cannot parse", () => {
    const code = template({ body: "{# tactful no-undeclared-variables: [ #}\nx" });
    expect(verify(code).messages.map((message) => message.ruleId)).toEqual([null]);
  });
});

describe("parsing", () => {
  it("reports a broken body as a parsing error at its position, and runs no rule", () => {
    const code = template({ body: "【示例金融】{% if a %}没有结束" });
    const { messages } = verify(code);
    expect(messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: expected elif, else, or endif, got end of file (the {% if %} here is never closed)", line: 10, column: 7 }]);
  });

  it("says why a file does not parse in the locale of its language options, at the same position", () => {
    const code = template({ body: "【示例金融】{% if a %}没有结束" });
    const inLocale = (locale: string): Linter.LintMessage[] => verify(code, [{ ...undeclared[0]!, languageOptions: { locale } }]).messages;
    expect(inLocale("zh-CN")).toEqual([expect.objectContaining({ fatal: true, message: "Parsing error: 此处的 {% if %} 没有结束（expected elif, else, or endif, got end of file）", line: 10, column: 7 })]);
    expect(inLocale("zh-HK")[0]!.message).toBe("Parsing error: 此處的 {% if %} 沒有結束（expected elif, else, or endif, got end of file）");
    expect(verify("您好{{ name }}\n", [{ ...undeclared[0]!, languageOptions: { locale: "zh-TW" } }]).messages[0]!.message).toBe("Parsing error: 檔案開頭沒有開頭資訊：第一行必須是 `---`");
  });

  it("reports a file without front matter as a parsing error", () => {
    expect(verify("您好{{ name }}\n").messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 1 })]);
  });
});

describe("the policy decides a finding's level", () => {
  // A zh-CN reminder without a due date: CN-REM-DUE-021 only warns.
  const reminder = template({ variables: ["amount: { type: number, maximum: 999, role: amount-due, example: 1 }"], body: "【示例金融】您本期应还{{ amount }}元，请通过示例金融APP还款，详询400-000-0000。" });

  it("as a warning under recommended", () => {
    const messages = linter.verify(reminder, [plugin.configs.recommended], { filename: "message.msg.njk" });
    expect(messages.filter((message) => message.ruleId === "tactful/required-disclosures").map((message) => message.severity)).toEqual([1]);
  });

  it("as an error under strict", () => {
    const messages = linter.verify(reminder, [plugin.configs.strict], { filename: "message.msg.njk" });
    expect(messages.filter((message) => message.ruleId === "tactful/required-disclosures").map((message) => message.severity)).toEqual([2]);
  });
});

describe("language options", () => {
  it("ignores the options of ESLint's other languages, which a config block without files brings to templates, and refuses any other", () => {
    const code = template({ body: "{{ extra }}" });
    const withGlobals: Linter.Config[] = [{ languageOptions: { globals: { window: "readonly" }, ecmaVersion: 2022, sourceType: "module" } }, ...undeclared];
    expect(verify(code, withGlobals).messages.map((message) => message.ruleId)).toEqual(["tactful/no-undeclared-variables"]);
    const typo: Linter.Config[] = [{ ...undeclared[0]!, languageOptions: { nunjuks: {} } }];
    expect(() => verify(code, typo)).toThrow('Key "languageOptions": tactful/template takes the language options `packs` and `locale` (got nunjuks).');
  });

  describe("packs", () => {
    const falseLegal = (packs: unknown): Linter.Config[] => [{ ...only({ "tactful/no-false-legal-claims": "error" })[0]!, languageOptions: { packs } }];
    const bailiffs = template({ locale: "en-IE", category: "collection", sender: "{ name: Acme Loans, role: creditor }", body: "Acme Loans: our bailiff squad will be in touch." });

    it("checks a template against the packs the configuration names", () => {
      const ruleIds = (packs: unknown): Array<string | null> => verify(bailiffs, falseLegal(packs)).messages.map((message) => message.ruleId);
      expect(ruleIds([ACME_PACK])).toEqual(["tactful/no-false-legal-claims"]);
      // Without the pack the template has no jurisdiction, and nothing reports the phrase.
      expect(ruleIds(["cn", "us"])).toEqual([]);
    });

    it("refuses, as the configuration is read, what cannot name a pack", () => {
      const code = template({ body: "{{ extra }}" });
      expect(() => verify(code, falseLegal("us"))).toThrow('Key "languageOptions": `packs` is a list of policy packs: built-in ids, paths to pack files or npm package names (got us).');
      expect(() => verify(code, falseLegal([]))).toThrow("`packs` is a list of policy packs");
      expect(() => verify(code, falseLegal(["fr"]))).toThrow("There is no built-in policy pack fr (built in: cn, gb, hk, in, ke, ph, us). A pack file is named by its path (./fr.yaml).");
      expect(() => verify(code, falseLegal([42]))).toThrow("A policy pack is named by a built-in id (cn, gb, hk, in, ke, ph, us), a path to a pack file or an npm package name; got 42.");
    });

    it("voids a way to pay only on the channels the voiding recognizer names", () => {
      const dir = mkdtempSync(join(tmpdir(), "tactful-packs-"));
      const pack = readFileSync(ACME_PACK, "utf8")
        .replace(
          "disclosures: []",
          "disclosures:\n  - { id: IE-COL-PAY, summary: A collection message says how to pay., when: { category: [collection], audience: [borrower] }, roles: [repayment-channel], severity: block, sources: [{ ref: IE-S1 }], confidence: high }",
        )
        .replace("recognizers: {}", "recognizers:\n  repayment-channel:\n    - { pattern: 'pay\\.example' }\n    - { pattern: 'for viewing only', voids: true, channel: [email] }");
      writeFileSync(join(dir, "pack.yaml"), pack);
      const required: Linter.Config[] = [{ ...only({ "tactful/required-disclosures": "error" })[0]!, languageOptions: { packs: [join(dir, "pack.yaml")] } }];
      const body = "Acme Loans: your balance is overdue. Statements at pay.example, for viewing only.";
      const findings = (channel: "sms" | "email"): Array<string | null> =>
        verify(template({ channel, locale: "en-IE", category: "collection", sender: "{ name: Acme Loans, role: creditor }", ...(channel === "email" ? { subject: "Your balance" } : {}), body }), required).messages.map((message) => message.ruleId);
      expect(findings("email")).toEqual(["tactful/required-disclosures"]);
      expect(findings("sms")).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    });

    it("stops every template on a pack that does not load, and never checks it against another", () => {
      const dir = mkdtempSync(join(tmpdir(), "tactful-packs-"));
      writeFileSync(join(dir, "broken.yaml"), readFileSync(ACME_PACK, "utf8").replace("terms: [bailiff squad]", 'patterns: ["(a+)+b"]'));
      writeFileSync(join(dir, "twice.yaml"), readFileSync(ACME_PACK, "utf8"));
      const parsingErrors = (packs: unknown): string[] => verify(bailiffs, falseLegal(packs)).messages.map((message) => `${message.fatal === true} ${message.line}:${message.column} ${message.message}`);
      expect(parsingErrors([join(dir, "missing.yaml")])).toEqual([`true 1:1 Parsing error: The policy pack file ${join(dir, "missing.yaml")} cannot be read: no such file.`]);
      expect(parsingErrors([join(dir, "broken.yaml")])[0]).toMatch(/^true 1:1 Parsing error: .*broken\.yaml:\d+:\d+: the policy pack is not valid: The pattern can take exponential time/u);
      expect(parsingErrors([ACME_PACK, join(dir, "twice.yaml")])[0]).toMatch(/^true 1:1 Parsing error: Two policy packs are for jurisdiction IE: .*pack\.yaml and .*twice\.yaml\. Name one pack per jurisdiction/u);
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
