import { parseTemplate, type Problem } from "@tactful/core";
import { describe, expect, it } from "vitest";

const VALID = `---
id: reminder.due-soon
version: 1
channel: sms
locale: zh-CN
category: reminder
audience: borrower
sender: { name: 示例金融, role: creditor }
variables:
  amount: { type: number, maximum: 99999, role: amount-due, example: 100 }
---
【示例金融】您本期应还{{ amount | money }}元。
`;

/** The one problem of a template, with the source text it points at. */
function onlyProblem(text: string): Problem & { source: string } {
  const document = parseTemplate(text);
  expect(document.problems, JSON.stringify(document.problems, null, 1)).toHaveLength(1);
  const problem = document.problems[0]!;
  return { ...problem, source: text.slice(problem.range[0], problem.range[1]) };
}

describe("front matter", () => {
  it("accepts a valid template and exposes typed values", () => {
    const document = parseTemplate(VALID, { filePath: "t.msg.njk" });
    expect(document.problems).toEqual([]);
    expect(document.meta).toMatchObject({ id: "reminder.due-soon", channel: "sms", category: "reminder", sender: { name: "示例金融", role: "creditor" } });
    expect(document.jurisdiction).toBe("CN");
    const amount = document.variables.get("amount")!;
    expect(amount).toMatchObject({ role: "amount-due", pii: false, examples: [100] });
    expect(VALID.slice(...amount.key)).toBe("amount");
    expect(document.locate("/sender/name")).toEqual({ key: expect.any(Array), value: expect.any(Array) });
    expect(VALID.slice(...document.locate("/sender/name")!.value)).toBe("示例金融");
  });

  it("reports an unknown key at the key, with the nearest known key", () => {
    const problem = onlyProblem(VALID.replace("channel: sms", "chanel: sms").replace("id:", "channel: sms\nid:"));
    expect(problem).toMatchObject({ code: "schema", source: "chanel", loc: { start: { line: 5, column: 1 } } });
    expect(problem.message).toBe("Unknown key `chanel`. Did you mean `channel`?");
  });

  it("reports a wrong enum value at the value, listing what is allowed", () => {
    const problem = onlyProblem(VALID.replace("category: reminder", "category: reminders"));
    expect(problem).toMatchObject({ source: "reminders", loc: { start: { line: 6, column: 11 } } });
    expect(problem.message).toBe("`category` must be one of collection, reminder, marketing, transactional (got `reminders`).");
  });

  it("reports an email without a subject at the channel that requires it", () => {
    const problem = onlyProblem(VALID.replace("channel: sms", "channel: email"));
    expect(problem).toMatchObject({ source: "email", loc: { start: { line: 4, column: 10 } } });
    expect(problem.message).toBe("`subject` is required when `channel` is `email`.");
  });

  it("reports a subject on an SMS at the subject key", () => {
    const problem = onlyProblem(VALID.replace("variables:", 'subject: "Hi"\nvariables:'));
    expect(problem).toMatchObject({ source: "subject" });
    expect(problem.message).toBe("`subject` is not allowed when `channel` is not `email`.");
  });

  it("requires onBehalfOf from a collection agency, at its role", () => {
    const problem = onlyProblem(VALID.replace("role: creditor", "role: collection-agency"));
    expect(problem).toMatchObject({ source: "collection-agency" });
    expect(problem.message).toBe("`sender.onBehalfOf` is required when `sender.role` is `collection-agency`.");
  });

  it("reports a missing top-level key at the opening fence", () => {
    const problem = onlyProblem(VALID.replace("version: 1\n", ""));
    expect(problem).toMatchObject({ source: "---", loc: { start: { line: 1, column: 1 } }, message: "Missing required key `version`." });
  });

  it("reports a misspelt variable keyword at the keyword", () => {
    const problem = onlyProblem(VALID.replace("maximum: 99999", "maxmum: 99999"));
    expect(problem).toMatchObject({ source: "maxmum" });
    expect(problem.message).toBe("Unknown key `maxmum` in `variables.amount`. Did you mean `maximum`?");
  });

  it("reports a wrong type at the value", () => {
    const problem = onlyProblem(VALID.replace("version: 1", "version: one"));
    expect(problem).toMatchObject({ source: "one", message: "`version` must be an integer (got `one`)." });
  });

  it("reports an invalid variable name at the name", () => {
    const problem = onlyProblem(VALID.replace("amount: {", "due-amount: {").replace("{{ amount", "{{ due_amount"));
    expect(problem).toMatchObject({ source: "due-amount" });
    expect(problem.message).toContain("Variable name `due-amount` is not valid");
  });

  it("reports a YAML syntax error where it is", () => {
    const problem = onlyProblem(VALID.replace("sender: { name: 示例金融, role: creditor }", "sender: { name: 示例金融, role: creditor"));
    expect(problem.code).toBe("yaml");
    expect(problem.loc.start.line).toBeGreaterThanOrEqual(8);
  });

  it("reports a duplicate key at the second occurrence", () => {
    const problem = onlyProblem(VALID.replace("version: 1", "version: 1\nversion: 2"));
    expect(problem).toMatchObject({ code: "yaml", source: "version", loc: { start: { line: 4, column: 1 } } });
    expect(problem.message).toMatch(/unique/);
  });

  it("asks for a jurisdiction when no pack covers the locale, at the locale", () => {
    const problem = onlyProblem(VALID.replace("locale: zh-CN", "locale: zh-TW"));
    expect(problem).toMatchObject({ code: "jurisdiction", source: "zh-TW" });
    expect(problem.message).toContain("set `jurisdiction`");
    const declared = parseTemplate(VALID.replace("locale: zh-CN", "locale: zh-TW\njurisdiction: CN"));
    expect(declared.problems).toEqual([]);
    expect(declared.jurisdiction).toBe("CN");
  });

  it("reports a jurisdiction without a pack at its value", () => {
    const problem = onlyProblem(VALID.replace("locale: zh-CN", "locale: zh-CN\njurisdiction: FR"));
    expect(problem).toMatchObject({ code: "jurisdiction", source: "FR" });
  });

  it("treats a file without front matter, or with an unclosed one, as not parseable", () => {
    const missing = parseTemplate("您好{{ name }}\n");
    expect(missing.problems).toMatchObject([{ code: "front-matter-missing", fatal: true, loc: { start: { line: 1, column: 1 } } }]);
    expect(missing.fatal).toBe(true);
    const unclosed = parseTemplate("---\nid: a\n");
    expect(unclosed.problems).toMatchObject([{ code: "front-matter-unclosed", fatal: true, loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } }]);
  });

  it("gives empty and binary text a problem with a position", () => {
    expect(parseTemplate("").problems).toMatchObject([{ code: "front-matter-missing", range: [0, 0] }]);
    const binary = parseTemplate("---\nid: a\u0000b\n---\n");
    expect(binary.problems).toMatchObject([{ code: "binary", range: [9, 10], loc: { start: { line: 2, column: 6 } } }]);
  });

  it("refuses a file over the size limit with one problem", () => {
    const huge = parseTemplate(VALID + "x".repeat(1 << 20));
    expect(huge.problems).toMatchObject([{ code: "too-large", fatal: true }]);
  });
});

describe("keys that are collections", () => {
  it("are a YAML problem at the key, and nothing is printed on the process's stderr", async () => {
    const warnings: unknown[] = [];
    const listen = (warning: unknown): number => warnings.push(warning);
    process.on("warning", listen);
    try {
      const document = parseTemplate("---\nid: a\n? [x, y]\n: 1\n{ k: v }: 2\n---\nbody\n");
      expect(document.problems.filter((problem) => problem.message.startsWith("a key must be"))).toMatchObject([
        { code: "yaml", loc: { start: { line: 3, column: 3 } } },
        { code: "yaml", loc: { start: { line: 5, column: 1 } } },
      ]);
      // Node emits warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });
});
