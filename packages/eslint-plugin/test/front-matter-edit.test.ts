import { Linter } from "eslint";
import { parseTemplate, type TemplateDocument } from "@tactful/core";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

/**
 * Every fix that inserts into the front matter, on files written with each line-ending style,
 * indentation and with or without comments: the fix is offered, the fixed file parses with the
 * fix in it, keeps the file's line endings, and no longer has the finding the fix answers. A fix
 * that cannot be made in one of these styles would otherwise just not be offered, which nobody
 * would notice.
 */

const LINE_ENDINGS = { LF: "\n", CRLF: "\r\n", CR: "\r" } as const;
const INDENTS = ["  ", "    "] as const;

interface Case {
  name: string;
  rule: string;
  /** The finding the fix answers, which the fixed file no longer has. */
  finding: string;
  messageId: string;
  /** Front-matter lines between `---` fences; `>` at the start of a line stands for one level of indentation. */
  frontMatter: string[];
  body: string;
  applied: (document: TemplateDocument) => unknown;
}

const HEAD = ["id: test.message", "version: 1", "channel: sms", "locale: zh-CN", "category: collection", "audience: borrower", "sender: { name: 示例金融, role: creditor }"];
const NAME_BLOCK = ["variables:", ">name:", ">>type: string", ">>role: recipient-name"];
const DUE = "【示例金融】{{ name | mask }}您好，借款{{ amount }}元已逾期。如非本人请忽略。";

const CASES: Case[] = [
  {
    name: "a variable declared under block `variables`",
    rule: "no-undeclared-variables",
    finding: "undeclared",
    messageId: "declare",
    frontMatter: [...HEAD, "variables:", ">name: { type: string, role: recipient-name, pii: true }"],
    body: DUE,
    applied: (document) => document.variables.has("amount"),
  },
  {
    name: "a variable declared under flow `variables`",
    rule: "no-undeclared-variables",
    finding: "undeclared",
    messageId: "declare",
    frontMatter: [...HEAD, "variables: { name: { type: string, role: recipient-name, pii: true } }"],
    body: DUE,
    applied: (document) => document.variables.has("amount"),
  },
  {
    name: "a variable declared in a new `variables`",
    rule: "no-undeclared-variables",
    finding: "undeclared",
    messageId: "declare",
    frontMatter: HEAD,
    body: "【示例金融】您的借款{{ amount }}元已逾期。如非本人请忽略。",
    applied: (document) => document.variables.has("amount"),
  },
  {
    name: "a jurisdiction after `locale`",
    rule: "valid-front-matter",
    finding: "noJurisdiction",
    messageId: "addJurisdiction",
    frontMatter: HEAD.map((line) => line.replace("zh-CN", "zh-TW")),
    body: "【示例金融】您好。",
    applied: (document) => document.meta.jurisdiction === "CN",
  },
  {
    name: "a new `send` after `category`",
    rule: "send-window",
    finding: "noWindow",
    messageId: "addWindow",
    frontMatter: HEAD,
    body: "【示例金融】您好。",
    applied: (document) => document.meta.send?.window,
  },
  {
    name: "a window in block `send`",
    rule: "send-window",
    finding: "noWindow",
    messageId: "addWindow",
    frontMatter: [...HEAD, "send:", ">maxPerDay: 1"],
    body: "【示例金融】您好。",
    applied: (document) => document.meta.send?.window && document.meta.send.maxPerDay === 1,
  },
  {
    name: "a daily cap in flow `send`",
    rule: "send-window",
    finding: "noMaxPerDay",
    messageId: "addMaxPerDay",
    frontMatter: [...HEAD, 'send: { window: "09:00-20:00" }'],
    body: "【示例金融】您好。",
    applied: (document) => document.meta.send?.maxPerDay && document.meta.send.window === "09:00-20:00",
  },
  {
    name: "`pii: true` in a block variable definition",
    rule: "recipient-identification",
    finding: "notPii",
    messageId: "declarePii",
    frontMatter: [...HEAD, ...NAME_BLOCK, ">amount: { type: number }"],
    body: DUE,
    applied: (document) => document.variables.get("name")?.pii && document.variables.get("name")?.role === "recipient-name",
  },
  {
    name: "`pii: true` in the last, block variable definition",
    rule: "recipient-identification",
    finding: "notPii",
    messageId: "declarePii",
    frontMatter: [...HEAD, "variables:", ">amount: { type: number }", ...NAME_BLOCK.slice(1)],
    body: DUE,
    applied: (document) => document.variables.get("name")?.pii && document.variables.get("name")?.role === "recipient-name",
  },
  {
    name: "`pii: true` in a flow variable definition",
    rule: "recipient-identification",
    finding: "notPii",
    messageId: "declarePii",
    frontMatter: [...HEAD, "variables:", ">name: { type: string, role: recipient-name }", ">amount: { type: number }"],
    body: DUE,
    applied: (document) => document.variables.get("name")?.pii,
  },
];

function write(test: Case, newline: string, indent: string, comments: boolean): string {
  const lines = test.frontMatter.map((line) => line.replace(/^>+/u, (levels) => indent.repeat(levels.length)) + (comments ? " # note" : ""));
  return ["---", ...lines, "---", test.body, ""].join(newline);
}

const linter = new Linter({ configType: "flat" });
const lint = (code: string): Linter.LintMessage[] => linter.verify(code, [plugin.configs.recommended!], { filename: "message.msg.njk" });

describe("fixes that insert into the front matter", () => {
  for (const test of CASES) {
    for (const [style, newline] of Object.entries(LINE_ENDINGS)) {
      it(`${test.name}: ${style}, any indentation, with and without comments`, () => {
        for (const indent of INDENTS) {
          for (const comments of [false, true]) {
            const code = write(test, newline, indent, comments);
            const where = `${style}, indent ${indent.length}, comments ${comments}`;
            const finding = lint(code).find((message) => message.ruleId === `tactful/${test.rule}` && message.messageId === test.finding);
            const suggestion = finding?.suggestions?.find((candidate) => candidate.messageId === test.messageId);
            expect(suggestion, `${where}: the fix is offered`).toBeDefined();
            const { range, text } = suggestion!.fix;
            const fixed = code.slice(0, range[0]) + text + code.slice(range[1]);
            const document = parseTemplate(fixed);
            expect(document.problems.filter((problem) => problem.code === "yaml" || problem.code === "schema").map((problem) => problem.message), `${where}: it parses\n${fixed}`).toEqual([]);
            expect(test.applied(document), `${where}: the fix is in it\n${fixed}`).toBeTruthy();
            expect(new Set(fixed.match(/\r\n|\r|\n/gu)), `${where}: line endings kept`).toEqual(new Set([newline]));
            expect(fixed.slice(fixed.lastIndexOf(`---${newline}`)), `${where}: the body is untouched`).toBe(`---${newline}${test.body}${newline}`);
            const left = lint(fixed).filter((message) => message.ruleId === `tactful/${test.rule}` && message.messageId === test.finding);
            expect(left.map((message) => message.message), `${where}: the finding is gone\n${fixed}`).toEqual([]);
          }
        }
      });
    }
  }
});
